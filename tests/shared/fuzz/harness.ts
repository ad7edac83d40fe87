/**
 * What every fuzz test checks besides its own property: no built-in prototype changed (names
 * and values of every own property, symbols included, and nothing inherited by a fresh object)
 * and no case runs past a time bound.
 */
const PROTOTYPES = {
  Object: Object.prototype,
  Array: Array.prototype,
  Function: Function.prototype,
  String: String.prototype,
  Number: Number.prototype,
  Boolean: Boolean.prototype,
  RegExp: RegExp.prototype,
  Date: Date.prototype,
  Promise: Promise.prototype,
  Error: Error.prototype,
  Map: Map.prototype,
  Set: Set.prototype,
  Uint8Array: Uint8Array.prototype,
} as const;

export type PrototypeSnapshot = Readonly<Record<string, ReadonlyMap<string | symbol, unknown>>>;

/** The own properties (value, getter or setter) of each built-in prototype. */
export function snapshotPrototypes(): PrototypeSnapshot {
  const out: Record<string, Map<string | symbol, unknown>> = {};
  for (const [name, proto] of Object.entries(PROTOTYPES)) {
    const props = new Map<string | symbol, unknown>();
    for (const key of Reflect.ownKeys(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, key)!;
      props.set(key, 'value' in d ? d.value : [d.get, d.set]);
    }
    out[name] = props;
  }
  return out;
}

/** The prototypes every case checks; the rest (and these) are checked after each property too. */
export const CORE_PROTOTYPES = ['Object', 'Array', 'Function'] as const;

/**
 * Fails when a prototype gained, lost or replaced a property, or a fresh object inherits an
 * enumerable key. `names` limits the check to some prototypes (the cheap per-case check).
 */
export function expectPrototypesUnchanged(before: PrototypeSnapshot, names: readonly string[] = Object.keys(PROTOTYPES)): void {
  for (const name of names) {
    const was = before[name]!;
    const proto = PROTOTYPES[name as keyof typeof PROTOTYPES];
    const keys = Reflect.ownKeys(proto);
    if (keys.length !== was.size) throw new Error(`${name}.prototype now has ${keys.map(String).filter((k) => !was.has(k)).join(', ') || 'fewer properties'}`);
    for (const key of keys) {
      if (!was.has(key)) throw new Error(`${name}.prototype.${String(key)} was added`);
      const d = Object.getOwnPropertyDescriptor(proto, key)!;
      const value = was.get(key);
      const same = 'value' in d ? Object.is(d.value, value) : Array.isArray(value) && Object.is(d.get, value[0]) && Object.is(d.set, value[1]);
      if (!same) throw new Error(`${name}.prototype.${String(key)} was changed`);
    }
  }
  const fresh: Record<string, unknown> = {};
  for (const key in fresh) throw new Error(`every object now inherits ${key}`);
  if (Object.getPrototypeOf(Array.prototype) !== Object.prototype || Object.getPrototypeOf(Object.prototype) !== null) throw new Error('the prototype chain was changed');
}

/** A clear failure instead of a hang: rejects when the promise has not settled within `ms`. */
export async function withTimeLimit<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no result after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, limit]);
  } finally {
    clearTimeout(timer);
  }
}
