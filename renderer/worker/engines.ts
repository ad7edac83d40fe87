/**
 * The app's plan engines: each open plan's document in a Web Worker of its own
 * (engine-worker.ts), talked to through a WorkerEngine. A worker is started ahead of need
 * (at start, and a while after each one is taken) so that opening a plan does not wait for
 * the engine's code and Automerge's wasm to load. Undefined where there are no workers.
 */
import type { EngineFactory } from '../../shared/plan-doc/engine';
import { portEngines } from '../../shared/plan-doc/engine-client';
import type { EnginePort } from '../../shared/plan-doc/engine-protocol';

/** How long after a worker is taken the next one is started (after the plan's load, mostly). */
const SPARE_AFTER_MS = 5000;

export function workerEngines(): EngineFactory | undefined {
  if (typeof Worker === 'undefined') return undefined;
  const start = () => new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module', name: 'plan-engine' });
  let spare: Worker | null = start();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const connect = (): EnginePort => {
    const worker = spare ?? start();
    spare = null;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      spare ??= start();
    }, SPARE_AFTER_MS);
    return portOf(worker);
  };
  return portEngines(connect);
}

function portOf(worker: Worker): EnginePort {
  return {
    post: (message, transfer = []) => worker.postMessage(message, transfer),
    onMessage: (listener) => worker.addEventListener('message', (event) => listener(event.data)),
    onFailure: (listener) => {
      worker.addEventListener('error', (event) => listener(new Error(event.message || 'the plan engine stopped')));
      worker.addEventListener('messageerror', () => listener(new Error('a message from the plan engine could not be read')));
    },
    close: () => worker.terminate(),
  };
}
