/**
 * Fuzzing of every IPC handler's argument validation (electron/main/ipc-handlers.ts handleIpc),
 * with stubbed services. The channels are enumerated from shared/ipc.ts IPC_CHANNELS, so a
 * channel added later is fuzzed too: its arguments are generated from its own zod schema (valid,
 * at the limits, just past them, mutated) and mixed with hostile values (prototype keys at any
 * depth, deep nesting, huge strings, lone surrogates, typed arrays, maps, sparse arrays, ...).
 *
 * For each of at least 10,000 calls per channel: the call either resolves with the service's
 * result (the service called once, with arguments that are valid and are fresh plain data) or
 * is refused with an IpcRequestError naming the channel (the service never called); nothing
 * else is thrown, no call takes long, and no built-in prototype changes. For the channels of
 * the shell itself, validity is also judged by an oracle written independently of zod.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { handleIpc, IpcRequestError, registerIpcHandlers, senderUrlOf, type IpcServices } from '../../electron/main/ipc-handlers';
import { IPC_CHANNELS, MAX_PDF_HTML_CHARS, MAX_SAVE_BYTES, OPEN_KINDS, SAVE_KINDS, type IpcChannel } from '../../shared/ipc';
import { CORE_PROTOTYPES, expectPrototypesUnchanged, snapshotPrototypes, withTimeLimit, type PrototypeSnapshot } from '../shared/fuzz/harness';

const APP = 'app://rbm/index.html';
const CHANNELS = Object.keys(IPC_CHANNELS) as IpcChannel[];
const RUNS_PER_CHANNEL = Number(process.env.FUZZ_RUNS ?? 10_000);
/** A validation that takes this long is a hang as far as the user is concerned. */
const CASE_LIMIT_MS = 5_000;

let prototypes: PrototypeSnapshot;
const stats = { calls: 0, accepted: 0, refused: 0, slowest: 0 };
beforeAll(() => {
  prototypes = snapshotPrototypes();
});
afterAll(() => {
  console.info(`IPC fuzz: ${stats.calls} calls (${stats.accepted} accepted, ${stats.refused} refused); the slowest took ${stats.slowest.toFixed(1)} ms`);
});

// ---------------------------------------------------------------------------
// Arguments from a channel's zod schema

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
type Check = { check: string; minimum?: number; maximum?: number; format?: string; pattern?: RegExp };
const checksOf = (def: Def): Check[] => ((def.checks as { _zod: { def: Check } }[] | undefined) ?? []).map((c) => c._zod.def);

/** Strings of a given length, made once (some limits are tens of millions of characters). */
const longStrings = new Map<number, string>();
const stringOfLength = (n: number) => {
  let s = longStrings.get(n);
  if (s === undefined) longStrings.set(n, (s = 'x'.repeat(n)));
  return s;
};

/** Values a schema accepts, plus values exactly at and just past each limit it states. */
function fromSchema(schema: unknown, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const checks = checksOf(def);
  const min = checks.find((c) => c.check === 'min_length')?.minimum;
  const max = checks.find((c) => c.check === 'max_length')?.maximum;
  switch (def.type) {
    case 'tuple':
      return fc.tuple(...(def.items as unknown[]).map((item) => fromSchema(item, depth + 1)));
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      return fc.record(Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, fromSchema(value, depth + 1)])));
    }
    case 'string': {
      const regex = checks.find((c) => c.check === 'string_format' && c.pattern instanceof RegExp)?.pattern;
      const limits = [min, max].filter((n): n is number => n !== undefined).flatMap((n) => [n - 1, n, n + 1]).filter((n) => n >= 0);
      const base = regex ? fc.stringMatching(regex, { size: 'small' }) : fc.string({ minLength: min ?? 0, maxLength: Math.min(max ?? 40, 40), unit: 'binary' });
      return limits.length > 0 ? fc.oneof({ arbitrary: base, weight: 4 }, fc.constantFrom(...limits).map(stringOfLength)) : base;
    }
    case 'number':
      return fc.oneof(fc.integer({ min: -5, max: 1e6 }), fc.double());
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.oneof({ arbitrary: fc.constantFrom(...Object.values(def.entries as Record<string, string>)), weight: 5 }, fc.constantFrom('', 'toString', '__proto__', 'RBMPLAN'));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'optional':
      return fc.option(fromSchema(def.innerType, depth + 1), { nil: undefined });
    case 'nullable':
      return fc.option(fromSchema(def.innerType, depth + 1), { nil: null });
    case 'array': {
      const items = fc.array(fromSchema(def.element, depth + 1), { maxLength: Math.min(max ?? 8, 8) });
      // At and past the limit: one element repeated (generating thousands of distinct ones is slow).
      const atLimit = fc.tuple(fc.constantFrom(max ?? 0, (max ?? 0) + 1), fromSchema(def.element, depth + 1)).map(([n, element]) => Array.from({ length: n }, () => element));
      return max === undefined ? items : fc.oneof({ arbitrary: items, weight: 5 }, atLimit);
    }
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map((option) => fromSchema(option, depth + 1)));
    case 'custom':
      // The contract's custom types are bytes.
      return fc.oneof({ arbitrary: fc.uint8Array({ maxLength: 64 }), weight: 8 }, fc.constant(new Uint8Array(0)), fc.constant(new Uint8Array(new ArrayBuffer(0), 0)));
    default:
      return hostile;
  }
}

// ---------------------------------------------------------------------------
// Hostile values

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
const LONE_SURROGATES = ['\ud800', '\udfff', 'a\ud83d', '\ude00b', '\udc00\ud800', '\ufffe\uffff', '\u0000'];

/** Objects with prototype keys as own properties, at any depth (JSON.parse makes __proto__ an own key, as IPC's structured clone keeps it). */
const protoKeyObject = fc
  .tuple(fc.constantFrom(...PROTO_KEYS), fc.integer({ min: 0, max: 12 }), fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('kind', 'html', 'title', 'a', '0'))
  .map(([key, depth, value, outer]) => JSON.parse(`${`{"${outer}":`.repeat(depth)}{"${key}":${JSON.stringify(value) ?? 'null'},"polluted":true}${'}'.repeat(depth)}`) as unknown);

const deep = fc.tuple(fc.integer({ min: 50, max: 5_000 }), fc.boolean()).map(([depth, arrays]) => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = arrays ? [value] : { kind: value };
  return value;
});

const hugeString = fc.constantFrom(200, 201, 300, 301, 70_000, 1_000_000, MAX_PDF_HTML_CHARS + 1).map(stringOfLength);

const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    maxDepth: 4,
    maxKeys: 6,
    key: fc.oneof(fc.string(), fc.constantFrom(...PROTO_KEYS, 'kind', 'bytes', 'html', 'suggestedName', 'planId', 'then', 'toJSON', 'valueOf', 'length')),
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    withUnicodeString: true,
  }),
  protoKeyObject,
  deep,
  hugeString,
  fc.constantFrom(...LONE_SURROGATES),
  fc.string({ unit: 'binary', maxLength: 64 }),
  fc.constantFrom(NaN, Infinity, -0, 2 ** 53, -1, new ArrayBuffer(8), new Uint16Array([0xd800]), new DataView(new ArrayBuffer(4)), new Error('x'), /x/g, new Date(Number.NaN)),
);

/** Replaces, removes or adds one part of a value (arrays and objects are copied, never changed). */
function mutate(value: unknown, path: readonly number[], action: 'replace' | 'remove' | 'addKey', replacement: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return action === 'replace' ? replacement : value;
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  if (path.length === 0 || entries.length === 0) {
    if (action === 'replace') return replacement;
    if (Array.isArray(value)) return action === 'remove' ? value.slice(0, -1) : [...value, replacement];
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    if (action === 'remove') delete copy[entries[0]![0]];
    else Object.defineProperty(copy, key, { value: replacement, enumerable: true, configurable: true, writable: true });
    return copy;
  }
  const [i, ...rest] = path;
  const at = i! % entries.length;
  const [name, child] = entries[at]!;
  const next = mutate(child, rest, action, replacement, key);
  if (Array.isArray(value)) return value.map((v, j) => (j === at ? next : v));
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  Object.defineProperty(copy, name, { value: next, enumerable: true, configurable: true, writable: true });
  return copy;
}

function argumentsFor(channel: IpcChannel): fc.Arbitrary<unknown> {
  const valid = fromSchema(IPC_CHANNELS[channel].args);
  const mutated = fc
    .tuple(valid, fc.array(fc.nat(), { maxLength: 4 }), fc.constantFrom('replace', 'remove', 'addKey'), hostile, fc.constantFrom(...PROTO_KEYS, 'extra', 'path', '0'))
    .map(([value, path, action, replacement, key]) => mutate(value, path, action as 'replace' | 'remove' | 'addKey', replacement, key));
  return fc.oneof(
    { arbitrary: valid, weight: 4 },
    { arbitrary: mutated, weight: 4 },
    { arbitrary: fc.array(hostile, { maxLength: 3 }), weight: 2 },
    { arbitrary: hostile, weight: 1 },
  );
}

// ---------------------------------------------------------------------------
// Independent oracles for the shell's own channels

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isName = (v: unknown, max: number) => typeof v === 'string' && v.length >= 1 && v.length <= max;
const ownKeyIn = (v: unknown, table: object) => typeof v === 'string' && Object.hasOwn(table, v);
const isArgs = (args: unknown, n: number): args is unknown[] => Array.isArray(args) && args.length === n && Object.keys(args).length === n;

const ORACLES: Partial<Record<IpcChannel, (args: unknown) => boolean>> = {
  'app:info': (args) => isArgs(args, 0),
  'window:setTitle': (args) => isArgs(args, 1) && typeof args[0] === 'string' && args[0].length <= 300,
  'file:save': (args) => {
    if (!isArgs(args, 1) || !isPlainObject(args[0])) return false;
    const { kind, suggestedName, bytes } = args[0];
    return ownKeyIn(kind, SAVE_KINDS) && isName(suggestedName, 200) && bytes instanceof Uint8Array && bytes.byteLength <= MAX_SAVE_BYTES;
  },
  'export:pdf': (args) => isArgs(args, 1) && isPlainObject(args[0]) && isName(args[0].html, MAX_PDF_HTML_CHARS) && isName(args[0].suggestedName, 200),
  'file:open': (args) => isArgs(args, 1) && isPlainObject(args[0]) && ownKeyIn(args[0].kind, OPEN_KINDS),
};

// ---------------------------------------------------------------------------
// The property

const RESULT = Symbol('service result');

function fakeServices() {
  return Object.fromEntries(CHANNELS.map((channel) => [channel, vi.fn(() => RESULT)])) as unknown as IpcServices & Record<IpcChannel, ReturnType<typeof vi.fn>>;
}

/** Services that record their calls (plain functions: vi.fn per case is slow over 80,000 cases). */
function recordingServices() {
  const calls: { channel: IpcChannel; args: unknown[] }[] = [];
  const services = Object.fromEntries(CHANNELS.map((channel) => [channel, (...args: unknown[]) => (calls.push({ channel, args }), RESULT)])) as unknown as IpcServices;
  return { services, calls };
}

/** Whether every object in a value is plain data: no prototype other than Object's, Array's or a byte array's, no prototype keys. */
function isFreshData(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (value instanceof Uint8Array) return Object.getPrototypeOf(value) === Uint8Array.prototype;
  if (depth > 20) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== Array.prototype) return false;
  return Reflect.ownKeys(value).every((key) => key === 'length' || (typeof key === 'string' && !(PROTO_KEYS as readonly string[]).includes(key) && isFreshData((value as Record<string, unknown>)[key], depth + 1)));
}

async function callOnce(channel: IpcChannel, args: unknown): Promise<void> {
  const { services, calls } = recordingServices();
  const started = performance.now();
  let outcome: { ok: true; value: unknown } | { ok: false; error: unknown };
  try {
    outcome = { ok: true, value: await withTimeLimit(handleIpc(channel, APP, args, services), CASE_LIMIT_MS) };
  } catch (error) {
    outcome = { ok: false, error };
  }
  const elapsed = performance.now() - started;
  stats.calls++;
  stats.slowest = Math.max(stats.slowest, elapsed);
  if (elapsed >= CASE_LIMIT_MS) throw new Error(`${channel} took ${Math.round(elapsed)} ms`);
  const oracle = ORACLES[channel];
  if (outcome.ok) {
    stats.accepted++;
    if (outcome.value !== RESULT) throw new Error('the service result was not returned');
    // The channel's own service, once, with arguments valid by the contract that are fresh plain data.
    if (calls.length !== 1 || calls[0]!.channel !== channel) throw new Error(`services called: ${calls.map((c) => c.channel).join(', ')}`);
    const passed = calls[0]!.args;
    if (!IPC_CHANNELS[channel].args.safeParse(passed).success) throw new Error('the service got arguments the contract refuses');
    if (!isFreshData(passed)) throw new Error('the service got arguments that are not fresh plain data');
    if (oracle && !oracle(args)) throw new Error('accepted arguments the independent oracle refuses');
  } else {
    stats.refused++;
    if (!(outcome.error instanceof IpcRequestError)) throw outcome.error;
    if (!outcome.error.message.startsWith(`Invalid arguments for IPC call "${channel}": `)) throw new Error(`unclear refusal: ${outcome.error.message.slice(0, 200)}`);
    if (outcome.error.message.length > 5_000) throw new Error(`a refusal of ${outcome.error.message.length} characters`);
    if (calls.length > 0) throw new Error('a refused call reached a service');
    if (oracle && oracle(args)) throw new Error(`refused arguments the independent oracle accepts: ${outcome.error.message.slice(0, 200)}`);
  }
  expectPrototypesUnchanged(prototypes, CORE_PROTOTYPES);
}

describe('IPC argument validation under fuzzing', () => {
  it('covers every channel of the contract', () => {
    expect(CHANNELS.length).toBeGreaterThanOrEqual(5);
    for (const channel of CHANNELS) expect(IPC_CHANNELS[channel].args satisfies z.ZodType).toBeDefined();
  });

  it.each(CHANNELS)('%s: a result or a clear refusal for 10,000 generated argument lists', async (channel) => {
    const before = stats.calls;
    const seen = { accepted: stats.accepted, refused: stats.refused };
    await fc.assert(
      fc.asyncProperty(argumentsFor(channel), (args) => callOnce(channel, args)),
      { numRuns: RUNS_PER_CHANNEL },
    );
    expect(stats.calls - before).toBe(RUNS_PER_CHANNEL);
    expectPrototypesUnchanged(prototypes);
    // Both outcomes were reached, so neither side of the property went untested.
    expect(stats.accepted - seen.accepted).toBeGreaterThan(RUNS_PER_CHANNEL / 20);
    expect(stats.refused - seen.refused).toBeGreaterThan(RUNS_PER_CHANNEL / 20);
  }, 120_000);
});

describe('IPC senders', () => {
  const DEV = 'http://127.0.0.1:5173';
  const UNTRUSTED: readonly (readonly [string, unknown])[] = [
    ['another origin', 'https://evil.example/index.html'],
    ['a local file', 'file:///home/planner/print.html'],
    ['the print preview (srcdoc)', 'about:srcdoc'],
    ['a blank frame', 'about:blank'],
    ['a data URL', 'data:text/html,<script>1</script>'],
    ['a look-alike host', 'app://rbm.evil/index.html'],
    ['credentials on the app origin', 'app://x:y@rbm/index.html'],
    ['the dev server outside development', `${DEV}/index.html`],
    ['devtools', 'devtools://devtools/bundled/inspector.html'],
    ['a frame already gone', undefined],
    ['not a string', { url: APP }],
  ];

  it.each(CHANNELS)('%s refuses every untrusted sender before looking at the arguments', async (channel) => {
    for (const [what, sender] of UNTRUSTED) {
      const services = fakeServices();
      const call = handleIpc(channel, sender, [], services);
      await expect(call, what).rejects.toThrow(IpcRequestError);
      await expect(call, what).rejects.toThrow(/refused: the sender .* is not the app/);
      expect(services[channel], what).not.toHaveBeenCalled();
    }
  });

  it.each(CHANNELS)('%s refuses a call from a subframe, even one showing the app', async (channel) => {
    const handle = vi.fn();
    const services = fakeServices();
    registerIpcHandlers({ handle }, () => services);
    const handler = handle.mock.calls.find(([c]) => c === channel)![1] as (event: unknown, ...args: unknown[]) => Promise<unknown>;
    const top = { url: APP, parent: null };
    for (const frame of [{ url: APP, parent: top }, { url: 'about:srcdoc', parent: top }, null]) {
      await expect(handler({ senderFrame: frame, sender: {} })).rejects.toThrow(/refused: the sender/);
    }
    expect(services[channel]).not.toHaveBeenCalled();
  });

  it('trusts the dev server only in development', async () => {
    const services = fakeServices();
    await expect(handleIpc('app:info', `${DEV}/`, [], services, DEV)).resolves.toBe(RESULT);
    await expect(handleIpc('app:info', `${DEV}/`, [], services)).rejects.toThrow(IpcRequestError);
    await expect(handleIpc('app:info', 'http://127.0.0.1:5174/', [], services, DEV)).rejects.toThrow(IpcRequestError);
  });

  it("names a subframe as such and passes a top frame's URL through", () => {
    expect(senderUrlOf({ url: APP, parent: null })).toBe(APP);
    expect(senderUrlOf({ url: APP })).toBe(APP);
    expect(senderUrlOf({ url: APP, parent: { url: APP } })).toBe(`a subframe showing ${APP}`);
    expect(senderUrlOf(null)).toBeUndefined();
  });
});
