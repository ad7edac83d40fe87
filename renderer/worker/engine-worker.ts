/**
 * The plan engine's worker: hosts an open plan's document (shared/plan-doc/engine-server.ts)
 * off the window's thread, so loading and merging a large plan never freezes the window.
 * Messages are taken from the first moment and handed over once the engine's code (and
 * Automerge's wasm) is loaded: a worker is started ahead of need (engines.ts), and a plan
 * may be sent to it before it is ready.
 */
import { systemClock } from '../../shared/dates';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown, options?: { transfer: ArrayBuffer[] }): void;
  close(): void;
};

const early: unknown[] = [];
let deliver: ((message: unknown) => void) | null = null;
scope.onmessage = (event) => (deliver ? deliver(event.data) : early.push(event.data));

void import('../../shared/plan-doc/engine-server').then(({ serveEngine }) => {
  serveEngine(
    {
      post: (message, transfer = []) => scope.postMessage(message, { transfer }),
      onMessage: (listener) => {
        deliver = listener;
        for (const message of early.splice(0)) listener(message);
      },
      onFailure: () => undefined,
      close: () => scope.close(),
    },
    { clock: systemClock },
  );
});
