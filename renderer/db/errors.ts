/**
 * One error type for everything the storage layer can fail with, so the UI handles a
 * failed write in one place: it shows `messageKey` (translated there) and keeps the
 * unsaved edit in memory. IndexedDB and Dexie report the same failure under several
 * shapes (a DOMException, a Dexie error, an AbortError whose `inner` is the real
 * cause), so classification walks the whole chain of causes.
 */

export type StorageErrorKind = 'quota' | 'closed' | 'not_found' | 'conflict' | 'newer_version' | 'upgrade_failed' | 'unknown';

const MESSAGE_KEYS: Record<StorageErrorKind, string> = {
  quota: 'storage.errors.quota',
  closed: 'storage.errors.closed',
  not_found: 'storage.errors.notFound',
  conflict: 'storage.errors.conflict',
  newer_version: 'storage.errors.newerVersion',
  upgrade_failed: 'storage.errors.upgradeFailed',
  unknown: 'storage.errors.unknown',
};

/** A storage failure, classified. `cause` keeps the original error for logs. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  /** i18n key of the message the UI shows (the UI translates it). */
  readonly messageKey: string;

  constructor(
    readonly kind: StorageErrorKind,
    message: string,
    options: { cause?: unknown; messageKey?: string } = {},
  ) {
    super(message, { cause: options.cause });
    this.messageKey = options.messageKey ?? MESSAGE_KEYS[kind];
  }
}

/** Error names that mean "the disk or the origin's quota is full" (Firefox's legacy name too). */
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const MAX_DEPTH = 8;

function nameOf(e: unknown): string | undefined {
  if (e === null || typeof e !== 'object') return undefined;
  const name = (e as { name?: unknown }).name;
  return typeof name === 'string' ? name : undefined;
}

/** The error and its causes: Dexie's `inner`, the standard `cause`, a BulkError's `failures`. */
function causeChain(e: unknown): unknown[] {
  const chain: unknown[] = [];
  const queue: unknown[] = [e];
  while (queue.length > 0 && chain.length < MAX_DEPTH) {
    const current = queue.shift();
    if (current === null || current === undefined || chain.includes(current)) continue;
    chain.push(current);
    if (typeof current !== 'object') continue;
    const { inner, cause, failures } = current as { inner?: unknown; cause?: unknown; failures?: unknown };
    queue.push(inner, cause);
    if (Array.isArray(failures)) queue.push(...failures);
  }
  return chain;
}

function classify(chain: unknown[]): StorageErrorKind {
  const names = chain.map(nameOf);
  // Quota first: a full disk surfaces as an AbortError, and the user must be told why.
  if (names.some((n) => n !== undefined && QUOTA_NAMES.has(n))) return 'quota';
  if (names.includes('DatabaseClosedError')) return 'closed';
  if (names.includes('NotFoundError')) return 'not_found';
  if (names.includes('ConstraintError')) return 'conflict';
  // The database on disk was made by a newer version of the app (Dexie's VersionError), or an
  // upgrade of it failed (its transaction aborted: the old data is intact either way).
  if (names.includes('VersionError')) return 'newer_version';
  if (names.includes('UpgradeError')) return 'upgrade_failed';
  return 'unknown';
}

/**
 * Classifies any thrown value as a StorageError (a StorageError is returned as is).
 * `related` are other errors of the same failure, such as the aborted transaction's own
 * error when what was thrown is only a request's AbortError: a quota among them wins.
 */
export function toStorageError(e: unknown, related: readonly unknown[] = []): StorageError {
  if (e instanceof StorageError) return e;
  const kind = classify([...causeChain(e), ...related.flatMap(causeChain)]);
  const message = e instanceof Error ? e.message : String(e);
  return new StorageError(kind, message || kind, { cause: e });
}

/** The parts of a Dexie database a transaction needs (kept structural so this file imports no Dexie). */
export interface TransactionHost<Table> {
  transaction<T>(mode: 'r' | 'rw', tables: Table[], scope: () => Promise<T>): PromiseLike<T>;
  open(): PromiseLike<unknown>;
}

/** The Dexie transaction running the current scope, to read its IndexedDB error after an abort. */
export type CurrentTransaction = () => { idbtrans?: { error?: unknown } | null } | null | undefined;

/**
 * Runs `scope` in one transaction so that it rejects only with a StorageError, classified
 * with the transaction's own error too (an abort caused by a full disk reaches the scope as
 * a bare AbortError). A database closed under the app (by `close()`, or after another tab's
 * upgrade when it could not be reopened) is reopened once and the transaction run again:
 * a transaction that failed that way stored nothing. If it cannot be reopened, the error
 * is `closed`, and the next call tries again.
 */
export async function transact<Table, T>(db: TransactionHost<Table>, mode: 'r' | 'rw', tables: Table[], scope: () => Promise<T>, current: CurrentTransaction): Promise<T> {
  const attempt = async (): Promise<T> => {
    let tx: ReturnType<CurrentTransaction>;
    try {
      return await db.transaction(mode, tables, () => {
        tx = current();
        return scope();
      });
    } catch (e) {
      throw toStorageError(e, [tx?.idbtrans?.error]);
    }
  };
  try {
    return await attempt();
  } catch (e) {
    if (!(e instanceof StorageError) || e.kind !== 'closed') throw e;
    try {
      await db.open();
    } catch (openError) {
      const why = toStorageError(openError);
      // A newer version of the app upgraded it meanwhile, or an upgrade failed: say that, not only "closed".
      if (why.kind === 'newer_version' || why.kind === 'upgrade_failed') throw why;
      throw new StorageError('closed', `the database could not be reopened: ${why.message}`, { cause: openError });
    }
    return attempt();
  }
}

/** Runs a storage operation so that it rejects only with a StorageError. */
export async function guard<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (e) {
    throw toStorageError(e);
  }
}
