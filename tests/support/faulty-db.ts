/**
 * Fault injection for the storage layer, in the manner of SQLite's I/O-error tests: a
 * Dexie DBCore middleware that makes the Nth write fail (N counted from `arm`), with the
 * errors IndexedDB and Dexie really report, or makes the Nth read-write transaction's
 * commit fail after all its requests succeeded. A test runs an operation with N = 1, 2,
 * 3, ... until it completes without the fault firing, and checks after each failure that
 * the database holds exactly the state before or after the operation.
 *
 * Also: `failingOpens(factory)` wraps an IDBFactory so that opening can be made to fail
 * (a database closed under the app that cannot be reopened at once).
 */
import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreTable, type DBCoreTransaction } from 'dexie';

/**
 * - quota: the write's request fails with a QuotaExceededError DOMException;
 * - abortQuota: the transaction is aborted with a QuotaExceededError (the request gets an
 *   AbortError; Dexie reports an AbortError whose `inner` is the QuotaExceededError);
 * - unknown: the write's request fails with an UnknownError (an I/O error);
 * - closed: the app's database is closed (`db.close()`) during the write, which fails with
 *   Dexie's DatabaseClosedError;
 * - commit: every write succeeds, then the transaction's commit fails (aborted with a
 *   QuotaExceededError, as Chromium reports a full disk). Counted per read-write commit.
 */
export type FaultKind = 'quota' | 'abortQuota' | 'unknown' | 'closed' | 'commit';

export const FAULT_KINDS: readonly FaultKind[] = ['quota', 'abortQuota', 'unknown', 'closed', 'commit'];

/** The message the user must see for each kind (a closed database reopened silently shows none). */
export const FAULT_MESSAGE: Record<FaultKind, string> = {
  quota: 'storage.errors.quota',
  abortQuota: 'storage.errors.quota',
  unknown: 'storage.errors.unknown',
  closed: 'storage.errors.closed',
  commit: 'storage.errors.quota',
};

/** What happened to one armed fault. */
export interface FaultRecord {
  readonly kind: FaultKind;
  /** The table of the failed write; for a commit, the tables its transaction wrote (comma-separated). */
  readonly table: string;
}

/** A read-write transaction as IndexedDB gives it (fake-indexeddb's is a plain object). */
type IdbTransaction = IDBTransaction & { error: DOMException | null };

/**
 * fake-indexeddb's transaction internals: `_start` runs the queued requests and, when none
 * is left, commits. A commit fault aborts there instead (rolling back every write, with a
 * QuotaExceededError as the transaction's error), exactly where a real commit would fail.
 */
interface FakeTransaction {
  _state: string;
  _requests: { request: { readyState: string } }[];
  _start(): void;
  _abort(errorName: string | null): void;
}

function failCommitWhenTold(trans: FakeTransaction, faults: Faults): void {
  if (typeof trans._start !== 'function' || typeof trans._abort !== 'function') {
    throw new Error('commit faults need fake-indexeddb');
  }
  const start = trans._start.bind(trans);
  let counted = false;
  trans._start = () => {
    const committing = trans._state !== 'finished' && trans._requests.every((r) => r.request.readyState === 'done');
    if (committing && !counted) {
      counted = true;
      if (faults.onCommit(trans)) {
        trans._abort('QuotaExceededError');
        return;
      }
    }
    start();
  };
}

export class Faults {
  /** Writes (mutate calls) seen since the last `arm`. */
  writes = 0;
  /** Read-write commits seen since the last `arm`. */
  commits = 0;
  private target: { kind: FaultKind; at: number; table?: string } | null = null;
  private tableWrites = 0;
  /** The faults that fired, in order. */
  readonly fired: FaultRecord[] = [];

  constructor(private readonly db: Dexie) {}

  /**
   * Makes the `at`th write (or commit, for kind `commit`) from now fail once with `kind`;
   * with `table`, the `at`th write to that table.
   */
  arm(kind: FaultKind, at: number, table?: string): void {
    this.target = table === undefined ? { kind, at } : { kind, at, table };
    this.writes = 0;
    this.commits = 0;
    this.tableWrites = 0;
  }

  disarm(): void {
    this.target = null;
  }

  /** Whether the armed fault fired (and was disarmed by firing). */
  get lastFired(): FaultRecord | undefined {
    return this.fired.at(-1);
  }

  /** The tables each transaction wrote to (for a failed commit's record). */
  readonly written = new WeakMap<object, Set<string>>();

  /** Called for every mutate: decides whether this one fails. */
  onWrite(table: string, trans: DBCoreTransaction): Error | null {
    this.writes++;
    const tables = this.written.get(trans) ?? new Set<string>();
    tables.add(table);
    this.written.set(trans, tables);
    const target = this.target;
    if (!target || target.kind === 'commit') return null;
    if (target.table !== undefined) {
      if (table !== target.table || ++this.tableWrites !== target.at) return null;
    } else if (this.writes !== target.at) return null;
    this.target = null;
    this.fired.push({ kind: target.kind, table });
    const idb = trans as unknown as IdbTransaction;
    switch (target.kind) {
      case 'quota':
        return new DOMException('The quota has been exceeded (injected).', 'QuotaExceededError');
      case 'unknown':
        return new DOMException('An unknown error occurred within Indexed Database (injected).', 'UnknownError');
      case 'abortQuota':
        idb.error = new DOMException('The quota has been exceeded (injected).', 'QuotaExceededError');
        idb.abort();
        return new DOMException('The transaction was aborted (injected).', 'AbortError');
      case 'closed':
        try {
          idb.abort();
        } catch {
          // Already finishing: the close below still fails the write.
        }
        this.db.close();
        return new Dexie.DatabaseClosedError('Database has been closed (injected)');
    }
  }

  /** Called when a read-write transaction commits: true when this commit must fail. */
  onCommit(trans: object): boolean {
    this.commits++;
    const target = this.target;
    if (!target || target.kind !== 'commit' || this.commits !== target.at) return false;
    this.target = null;
    this.fired.push({ kind: 'commit', table: [...(this.written.get(trans) ?? [])].sort().join(',') });
    return true;
  }
}

/** Installs the fault middleware on a database not opened yet; returns its controller. */
export function installFaults(db: Dexie): Faults {
  const faults = new Faults(db);
  db.use({
    stack: 'dbcore',
    name: 'fault-injection',
    create(down: DBCore): DBCore {
      return {
        ...down,
        transaction(stores, mode, options) {
          const trans = down.transaction(stores, mode, options) as unknown as IdbTransaction;
          if (mode === 'readwrite') failCommitWhenTold(trans as unknown as FakeTransaction, faults);
          return trans as unknown as DBCoreTransaction;
        },
        table(name: string): DBCoreTable {
          const table = down.table(name);
          return {
            ...table,
            mutate(req: DBCoreMutateRequest) {
              const error = faults.onWrite(name, req.trans);
              return error ? Promise.reject(error) : table.mutate(req);
            },
          };
        },
      };
    },
  });
  return faults;
}

/**
 * Wraps an IDBFactory so that `open` fails with an UnknownError while `failing` is true
 * (the database cannot be reopened for now). Everything else goes to the real factory.
 */
export function failingOpens(factory: IDBFactory): { factory: IDBFactory; failing: boolean; attempts: number } {
  const control = { failing: false, attempts: 0, factory: factory };
  control.factory = new Proxy(factory, {
    get(target, prop, receiver) {
      if (prop === 'open') {
        return (name: string, version?: number) => {
          if (!control.failing) return version === undefined ? target.open(name) : target.open(name, version);
          control.attempts++;
          return failedRequest(new DOMException('The database could not be opened (injected).', 'UnknownError'));
        };
      }
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return control;
}

/** An IDBOpenDBRequest that fails with `error` on the next task. */
function failedRequest(error: DOMException): IDBOpenDBRequest {
  const request = {
    error: null as DOMException | null,
    result: undefined,
    readyState: 'pending',
    onerror: null as ((event: unknown) => void) | null,
    onsuccess: null,
    onupgradeneeded: null,
    onblocked: null,
    transaction: null,
  };
  setTimeout(() => {
    request.error = error;
    request.readyState = 'done';
    request.onerror?.({ target: request, type: 'error', preventDefault() {}, stopPropagation() {} });
  }, 0);
  return request as unknown as IDBOpenDBRequest;
}

/**
 * Every table of the database as one string, byte for byte (Uint8Array as hex), through a
 * connection of its own so that reading it neither reopens nor disturbs the app's.
 */
export async function dumpDatabase(db: Dexie): Promise<string> {
  const tables = [...db.tables].sort((a, b) => a.name.localeCompare(b.name));
  const out: Record<string, unknown[]> = {};
  await db.transaction('r', tables, async () => {
    for (const table of tables) out[table.name] = await table.toArray();
  });
  return JSON.stringify(out, (_key, value: unknown) => (value instanceof Uint8Array ? `bytes:${Buffer.from(value).toString('hex')}` : value));
}
