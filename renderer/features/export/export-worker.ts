/**
 * The worker's entry: makes exports and reads tracking sheets off the window's thread,
 * so a large plan's Word document (about ten seconds for 2,000 results) or a 24,000-row
 * sheet never freezes the app. It receives the plan view (a plain object, copied) and
 * answers the result (file bytes transferred, not copied) or the error as the dialog
 * shows it. Loaded only as a worker (make.ts, offThread).
 */
import { describeFailure, makeExport, type WorkerReply, type WorkerTask } from './make';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerTask>) => void) | null;
  postMessage(message: WorkerReply<unknown>, options?: { transfer: Transferable[] }): void;
};

async function run(task: WorkerTask): Promise<{ value: unknown; transfer: Transferable[] }> {
  if (task.task === 'export') {
    const made = await makeExport(task.view, task.choices, task.ctx);
    return { value: made, transfer: made.kind === 'file' ? [made.bytes.buffer] : [] };
  }
  const { readTrackingSheet } = await import('../../../shared/export/xlsx-import');
  return { value: await readTrackingSheet(task.bytes, task.view), transfer: [] };
}

scope.onmessage = (event) => {
  run(event.data).then(
    ({ value, transfer }) => scope.postMessage({ ok: true, value }, { transfer }),
    (e: unknown) => scope.postMessage({ ok: false, error: describeFailure(e) }),
  );
};
