/**
 * The export worker's entry: makes a document off the window's thread, so a large
 * plan's Word document (about ten seconds for 2,000 results) never freezes the app. It
 * receives the plan view (a plain object, copied), the choices and the dates, and
 * answers the bytes (transferred, not copied) or the error as the dialog shows it.
 * Loaded only as a worker (run.ts).
 */
import { describeFailure, makeExport, type ExportReply, type ExportRequest } from './make';

const scope = self as unknown as { onmessage: ((event: MessageEvent<ExportRequest>) => void) | null; postMessage(message: ExportReply, options?: { transfer: Transferable[] }): void };

scope.onmessage = (event) => {
  const { view, choices, ctx } = event.data;
  makeExport(view, choices, ctx).then(
    (made) => scope.postMessage({ ok: true, made }, made.kind === 'file' ? { transfer: [made.bytes.buffer] } : undefined),
    (e: unknown) => scope.postMessage({ ok: false, error: describeFailure(e) }),
  );
};
