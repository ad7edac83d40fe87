/**
 * Fuzzing of the plan-file reader: well over 10,000 generated and mutated files (random
 * JSON, real envelopes with hostile fields, byte-level mutations of real files, mutated
 * payloads with a matching checksum, invalid UTF-8 and UTF-16, over-size inputs, plan
 * documents with hostile contents, prototype keys at every depth up to and past the nesting
 * limit). Whatever the input, the reader returns a plan (or, for a changes file, changes) or
 * throws a PlanFileError: never anything else, never hangs (each file has a time bound), and no
 * built-in prototype is changed.
 */
import * as A from '@automerge/automerge';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../shared/dates';
import { PlanDataSchema } from '../../../shared/model';
import { InProcessEngine, planDataFromView } from '../../../shared/plan-doc';
import {
  MAX_PLAN_FILE_BYTES,
  PlanFileError,
  fromBase64,
  readAnyPlanFile,
  readPlanFile,
  sha256Hex,
  toBase64,
  writePlanFile,
} from '../../../shared/plan-file';
import { MAX_DEPTH } from '../../../shared/plan-file/json';
import { buildSamplePlan } from '../../../shared/sample';
import { ACTOR_A, blankData, counterHex } from '../../fixtures/plans';
import { withTimeLimit } from './harness';

/** A file the reader has not judged after this long is a hang. */
const CASE_LIMIT_MS = 20_000;

const clock = fixedClock('2012-02-01T10:00:00.000Z');
const readOptions = { actor: 'c'.repeat(32), office: 'Fuzz', clock };
const from = { office: 'Geneva', actorId: ACTOR_A };
const CREATED = '2012-02-01T10:00:00.000Z';
const encode = (s: string) => new TextEncoder().encode(s);
const decode = (b: Uint8Array) => new TextDecoder().decode(b);

/** Real files the mutations start from. */
interface Seeds {
  readonly blank: Uint8Array;
  readonly sample: Uint8Array;
  readonly changes: Uint8Array;
}
let seeds: Seeds;
let runs = 0;
let slowest = 0;

// ---------------------------------------------------------------------------
// The property

const PROTOTYPES = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype, Number: Number.prototype } as const;
type Snapshot = Record<string, Map<string | symbol, unknown>>;

function snapshotPrototypes(): Snapshot {
  const out: Snapshot = {};
  for (const [name, proto] of Object.entries(PROTOTYPES)) {
    const props = new Map<string | symbol, unknown>();
    for (const key of Reflect.ownKeys(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, key)!;
      props.set(key, d.value ?? d.get ?? d.set);
    }
    out[name] = props;
  }
  return out;
}
let before: Snapshot;

function expectPrototypesUnchanged(): void {
  const now = snapshotPrototypes();
  for (const name of Object.keys(PROTOTYPES)) {
    expect([name, [...now[name]!.keys()].map(String).sort()]).toEqual([name, [...before[name]!.keys()].map(String).sort()]);
    for (const [key, value] of before[name]!) if (!Object.is(now[name]!.get(key), value)) throw new Error(`${name}.prototype.${String(key)} was replaced`);
  }
  const fresh: Record<string, unknown> = {};
  const inherited: string[] = [];
  for (const key in fresh) inherited.push(key);
  expect(inherited).toEqual([]);
  expect(Object.keys(Object.getPrototypeOf(fresh) as object)).toEqual([]);
}

/**
 * Reads the bytes with both readers; anything but a result or a PlanFileError fails the
 * property. A full file read is a plan valid against the model's schema.
 */
async function readsOrRefuses(bytes: Uint8Array, maxBytes?: number): Promise<string> {
  runs++;
  const start = performance.now();
  let outcome: string;
  try {
    const read = await withTimeLimit(readAnyPlanFile(bytes, { ...readOptions, maxBytes }), CASE_LIMIT_MS);
    if (read.kind === 'full') {
      // Only limits and rules across fields may be broken (merges can break them); never types or shapes.
      const parsed = PlanDataSchema.safeParse(planDataFromView(read.engine.state.view));
      const wrong = parsed.success ? [] : parsed.error.issues.filter((i) => !['too_big', 'too_small', 'custom', 'not_multiple_of'].includes(i.code));
      if (wrong.length > 0) throw new Error(`a plan that is not valid was returned: ${wrong[0]!.path.join('.')} (${wrong[0]!.code})`);
    } else {
      await expect(readPlanFile(bytes, { ...readOptions, maxBytes })).rejects.toMatchObject({ code: 'changesOnly' });
    }
    outcome = read.kind;
  } catch (e) {
    if (!(e instanceof PlanFileError)) throw e;
    outcome = e.code;
  }
  slowest = Math.max(slowest, performance.now() - start);
  expectPrototypesUnchanged();
  return outcome;
}

// ---------------------------------------------------------------------------
// Generators

/** Raw JSON text for a value (so hostile texts JSON.stringify cannot make are possible). */
const nested = (depth: number, open: string, close: string, inner: string) => open.repeat(depth) + inner + close.repeat(depth);
const FORBIDDEN = ['__proto__', 'constructor', 'prototype', '__pro\\u0074o__', 'c\\u006fnstructor'];

const forbiddenKeyText = fc
  .tuple(fc.constantFrom(...FORBIDDEN), fc.integer({ min: 0, max: 6 }), fc.jsonValue({ maxDepth: 2 }))
  .map(([key, depth, value]) => nested(depth, '{"a":', '}', `{"${key}":${JSON.stringify(value) ?? 'null'}}`));

const hostileText: fc.Arbitrary<string> = fc.oneof(
  // Wrong types.
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null'),
  // Huge strings (up to 3 MB) of characters valid in every field.
  fc.tuple(fc.constantFrom('a', '0', 'A', ' ', '\\n', '\\u0000'), fc.integer({ min: 1_000, max: 3_000_000 })).map(([c, n]) => `"${c.repeat(Math.ceil(n / c.length))}"`),
  // Deep nesting, up to far beyond the limit.
  fc.tuple(fc.integer({ min: 2, max: 20_000 }), fc.boolean()).map(([d, arrays]) => (arrays ? nested(d, '[', ']', '1') : nested(d, '{"a":', '}', '1'))),
  // Prototype keys at any depth.
  forbiddenKeyText,
  // Numbers: negative, huge, fractional, beyond double precision or range.
  fc.constantFrom('-1', '-0', '0', '1.5', '1e308', '1e400', '-1e400', '9007199254740993', '2', '7', '1e-400', '123456789012345678901234567890'),
  fc.double().filter(Number.isFinite).map((n) => JSON.stringify(n)),
  // Strings with lone UTF-16 surrogates, control characters, other scripts.
  fc.constantFrom('"\\ud800"', '"a\\udfffb"', '"\\udc00\\ud800"', '"\\u0000\\u001f"', '"مرحبا ‮"', '"💥"', '""'),
);

const FIELD_PATHS: readonly (readonly (string | number)[])[] = [
  ['format'], ['formatVersion'], ['planId'], ['title'], ['kind'], ['from'], ['from', 'office'], ['from', 'actorId'], ['createdAt'],
  ['heads'], ['heads', 0], ['baseHeads'], ['baseHeads', 0], ['counts'], ['counts', 'risks'], ['sha256'], ['payload'], ['extra'],
  ['__proto__'], ['from', 'constructor'], ['counts', 'prototype'],
];

const PLACEHOLDER = '\u0001FUZZ\u0001';

/** A real envelope with one field replaced by raw JSON text (or removed); null when the field's parent is not in this file. */
function mutateField(file: Uint8Array, path: readonly (string | number)[], raw: string | null): Uint8Array | null {
  const envelope = JSON.parse(decode(file)) as Record<string, unknown>;
  let target: Record<string | number, unknown> = envelope;
  for (const step of path.slice(0, -1)) {
    const next = target[step];
    if (next === null || typeof next !== 'object') return null;
    target = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1]!;
  if (raw === null) {
    if (Array.isArray(target)) target.splice(Number(last), 1);
    else delete target[last];
    return encode(JSON.stringify(envelope));
  }
  Object.defineProperty(target, last, { value: PLACEHOLDER, enumerable: true, configurable: true, writable: true });
  return encode(JSON.stringify(envelope).replace(JSON.stringify(PLACEHOLDER), () => raw));
}

type Mutation =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; bytes: number[] }
  | { op: 'duplicate'; at: number; length: number; to: number }
  | { op: 'delete'; at: number; length: number }
  | { op: 'set'; at: number; byte: number };

/** Byte sequences that are not UTF-8: stray continuations, overlongs, encoded surrogates, beyond U+10FFFF, cut sequences. */
const BAD_UTF8 = [[0xff], [0xfe], [0x80], [0xbf], [0xc0, 0x80], [0xc1, 0xbf], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82], [0xf0, 0x9f, 0x92]];

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: position, bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: position }),
  fc.record({ op: fc.constant('insert' as const), at: position, bytes: fc.oneof(fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 16 }), fc.constantFrom(...BAD_UTF8), fc.constantFrom(...['{', '[', '"', '\\', ',', '}', ']', ':', '"__proto__":{}'].map((s) => [...encode(s)]))) }),
  fc.record({ op: fc.constant('duplicate' as const), at: position, length: fc.integer({ min: 1, max: 4096 }), to: position }),
  fc.record({ op: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 512 }) }),
  fc.record({ op: fc.constant('set' as const), at: position, byte: fc.integer({ min: 0, max: 255 }) }),
);

function applyMutations(file: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let bytes = Array.from(file);
  for (const m of mutations) {
    const at = Math.floor(m.at * bytes.length);
    if (m.op === 'flip' && bytes.length > 0) bytes[at] = bytes[at]! ^ (1 << m.bit);
    else if (m.op === 'set' && bytes.length > 0) bytes[at] = m.byte;
    else if (m.op === 'truncate') bytes = bytes.slice(0, at);
    else if (m.op === 'insert') bytes.splice(at, 0, ...m.bytes);
    else if (m.op === 'duplicate') bytes.splice(Math.floor(m.to * bytes.length), 0, ...bytes.slice(at, at + m.length));
    else if (m.op === 'delete') bytes.splice(at, m.length);
  }
  return new Uint8Array(bytes);
}

const seedName = fc.constantFrom<keyof Seeds>('blank', 'blank', 'sample', 'changes');

/** A file with its payload replaced and the checksum made to match (so the document loader is reached). */
async function withPayload(file: Uint8Array, payload: Uint8Array): Promise<Uint8Array> {
  const envelope = JSON.parse(decode(file)) as Record<string, unknown>;
  envelope.payload = payload.length === 0 ? 'AA==' : toBase64(payload);
  envelope.sha256 = await sha256Hex(payload.length === 0 ? new Uint8Array(1) : payload);
  return encode(JSON.stringify(envelope));
}

// ---------------------------------------------------------------------------

beforeAll(async () => {
  const blank = InProcessEngine.create(blankData('Fuzzed plan'), { actor: ACTOR_A, office: 'Geneva', clock });
  const sample = InProcessEngine.create(buildSamplePlan({ randomHex: counterHex(), clock, officeName: 'Geneva' }), { actor: ACTOR_A, office: 'Geneva', clock });
  const file = async (engine: InProcessEngine, baseHeads?: readonly string[]) =>
    writePlanFile({ snapshot: await engine.snapshot(), view: engine.state.view }, { from, createdAt: CREATED, ...(baseHeads ? { baseHeads } : {}) });
  const base = blank.state.view.heads;
  const blankFile = await file(blank);
  await blank.run('updatePlan', { versionLabel: 'Draft 2' });
  seeds = { blank: blankFile, sample: await file(sample), changes: await file(blank, base) };
  before = snapshotPrototypes();
});

afterAll(() => {
  console.info(`plan-file fuzz: ${runs} files read; the slowest took ${Math.round(slowest)} ms`);
});

describe('the plan-file reader under fuzzing', () => {
  it('reads the unmutated seeds', async () => {
    expect(await readsOrRefuses(seeds.blank)).toBe('full');
    expect(await readsOrRefuses(seeds.sample)).toBe('full');
    expect(await readsOrRefuses(seeds.changes)).toBe('changes');
  });

  it('random JSON values, bare and dressed as a plan file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 8 }), fc.boolean(), async (value, dressed) => {
        const json = dressed && value !== null && typeof value === 'object' && !Array.isArray(value) ? { format: 'rbm-plan', formatVersion: 1, ...value } : value;
        const code = await readsOrRefuses(encode(JSON.stringify(json) ?? 'null'));
        expect(code).not.toBe('full');
      }),
      { numRuns: 3_000 },
    );
  }, 60_000);

  it('real envelopes with one field replaced by a hostile value or removed', async () => {
    await fc.assert(
      fc.asyncProperty(seedName, fc.constantFrom(...FIELD_PATHS), fc.option(hostileText, { freq: 12 }), async (seed, path, raw) => {
        const file = mutateField(seeds[seed], path, raw);
        if (file === null) return;
        const code = await readsOrRefuses(file);
        const forbidden = /^(__proto__|constructor|prototype)$/.test(String(path[path.length - 1])) || /"(__proto__|constructor|prototype|__pro\\u0074o__|c\\u006fnstructor)":/.test(raw ?? '');
        if (raw !== null && forbidden) expect(['forbiddenKey', 'tooDeep']).toContain(code);
      }),
      { numRuns: 3_000 },
    );
  }, 90_000);

  it('prototype keys at every depth, in objects and arrays, anywhere in a real envelope: refused by name, or as too deep past the limit', async () => {
    const wrapper = fc.constantFrom('{"a":', '[', '{"__proto__x":', '[1,');
    await fc.assert(
      fc.asyncProperty(
        seedName,
        fc.constantFrom<readonly (string | number)[]>(['extra'], ['from', 'extra'], ['counts', 'extra'], ['title'], ['heads', 0], ['__proto__']),
        fc.array(wrapper, { maxLength: MAX_DEPTH + 8 }),
        fc.constantFrom(...FORBIDDEN),
        fc.jsonValue({ maxDepth: 1 }),
        async (seed, path, wrappers, key, value) => {
          const inner = `{"ok":1,"${key}":${JSON.stringify(value) ?? 'null'}}`;
          const raw = wrappers.reduceRight((text, open) => `${open}${text}${open.startsWith('[') ? ']' : '}'}`, inner);
          const file = mutateField(seeds[seed], path, raw);
          if (file === null) return;
          const depth = path.length + wrappers.length + 1;
          const code = await readsOrRefuses(file);
          expect([depth, code]).toEqual([depth, depth > MAX_DEPTH ? 'tooDeep' : 'forbiddenKey']);
        },
      ),
      { numRuns: 1_000 },
    );
  }, 90_000);

  it('byte-level mutations of real files (flips, truncation, insertions, duplicated and deleted ranges, bytes that are not UTF-8)', async () => {
    await fc.assert(
      fc.asyncProperty(seedName, fc.array(mutation, { minLength: 1, maxLength: 4 }), async (seed, mutations) => {
        await readsOrRefuses(applyMutations(seeds[seed], mutations));
      }),
      { numRuns: 3_000 },
    );
  }, 90_000);

  it('mutated payloads with a matching checksum reach the document loader', async () => {
    await fc.assert(
      fc.asyncProperty(seedName, fc.array(mutation, { minLength: 1, maxLength: 3 }), async (seed, mutations) => {
        const payload = fromBase64((JSON.parse(decode(seeds[seed])) as { payload: string }).payload)!;
        await readsOrRefuses(await withPayload(seeds[seed], applyMutations(payload, mutations)));
      }),
      { numRuns: 600 },
    );
  }, 90_000);

  it('plan documents with hostile contents (wrong types, prototype keys, missing parts) in a consistent file', async () => {
    const keys = fc.oneof(fc.constantFrom('title', 'id', 'periodStart', 'periodEnd', 'versionLabel', 'schemaVersion', '__proto__', 'constructor', 'prototype', 'collections', 'plan'), fc.string({ maxLength: 8 }));
    await fc.assert(
      fc.asyncProperty(keys, fc.jsonValue({ maxDepth: 3 }), fc.constantFrom('plan', 'root', 'collections', 'results'), async (key, value, where) => {
        // Written through Automerge's backend, which (unlike its proxies) also takes keys such as __proto__,
        // as a document made by another Automerge implementation could.
        const doc = A.load<Record<string, unknown>>(fromBase64((JSON.parse(decode(seeds.blank)) as { payload: string }).payload)!, { actor: 'dd'.repeat(16) });
        const backend = A.getBackend(doc);
        const idOf = (parent: string, name: string) => (backend.getWithType(parent, name) as [string, string] | null)?.[1] ?? null;
        const collections = idOf('_root', 'collections');
        const target = where === 'root' ? '_root' : where === 'plan' ? idOf('_root', 'plan') : where === 'collections' ? collections : collections && idOf(collections, 'results');
        if (target === null) return;
        if (value !== null && typeof value === 'object') backend.putObject(target, key, structuredClone(value) as Parameters<typeof backend.putObject>[2]);
        else backend.put(target, key, value);
        backend.commit('fuzz');
        const changed = A.load<Record<string, unknown>>(backend.save());
        const bytes = A.save(changed);
        const envelope = JSON.parse(decode(seeds.blank)) as Record<string, unknown>;
        envelope.heads = A.getHeads(changed);
        const file = await withPayload(encode(JSON.stringify(envelope)), bytes);
        await readsOrRefuses(file);
      }),
      { numRuns: 300 },
    );
  }, 90_000);

  it('invalid UTF-8 and UTF-16 (with and without a byte-order mark) are refused as not text', async () => {
    await fc.assert(
      fc.asyncProperty(seedName, position, fc.constantFrom(...BAD_UTF8), fc.constantFrom('utf8', 'utf16le', 'utf16be'), async (seed, at, bad, encoding) => {
        const file = seeds[seed];
        let bytes: Uint8Array;
        if (encoding === 'utf8') {
          const i = Math.floor(at * file.length);
          bytes = new Uint8Array([...file.subarray(0, i), ...bad, ...file.subarray(i)]);
        } else {
          const text = decode(file).slice(0, 2000 + Math.floor(at * 2000));
          const units = new Uint8Array(2 + text.length * 2);
          units.set(encoding === 'utf16le' ? [0xff, 0xfe] : [0xfe, 0xff]);
          for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            units.set(encoding === 'utf16le' ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff], 2 + i * 2);
          }
          bytes = units;
        }
        const code = await readsOrRefuses(bytes);
        expect(code === 'notText' || code === 'notJson').toBe(true);
      }),
      { numRuns: 700 },
    );
  }, 60_000);

  it('over-size inputs are refused before they are parsed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 16, max: 4096 }), fc.integer({ min: 1, max: 64 }), fc.integer({ min: 0, max: 255 }), async (max, over, fill) => {
        expect(await readsOrRefuses(new Uint8Array(max + over).fill(fill), max)).toBe('tooLarge');
      }),
      { numRuns: 300 },
    );
    const huge = new Uint8Array(MAX_PLAN_FILE_BYTES + 1).fill(0x20);
    expect(await readsOrRefuses(huge)).toBe('tooLarge');
  }, 60_000);

  it('read well over 10,000 files, none of them slowly', () => {
    expect(runs).toBeGreaterThanOrEqual(10_000);
    expect(slowest).toBeLessThan(10_000);
  });
});
