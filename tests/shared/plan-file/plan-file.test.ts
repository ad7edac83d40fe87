/**
 * The plan file: writing then reading gives the same plan, and every kind of bad file is
 * refused with its own code before anything is loaded.
 */
import * as A from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../shared/dates';
import { InProcessEngine } from '../../../shared/plan-doc';
import {
  MAX_PLAN_FILE_BYTES,
  PlanFileError,
  fromBase64,
  parseJsonSafely,
  readPlanFile,
  readPlanFileEnvelope,
  sha256Hex,
  toBase64,
  writePlanFile,
  type PlanFileErrorCode,
} from '../../../shared/plan-file';
import { buildSamplePlan } from '../../../shared/sample';
import { translator } from '../../../shared/i18n';
import { ACTOR_A, ACTOR_B, counterHex } from '../../fixtures/plans';

const clock = fixedClock('2012-02-01T10:00:00.000Z');
const options = { actor: ACTOR_B, office: 'Nairobi', clock };

async function sampleFile() {
  const engine = InProcessEngine.create(buildSamplePlan({ randomHex: counterHex(), clock, officeName: 'Geneva' }), { actor: ACTOR_A, office: 'Geneva', clock });
  await engine.run('updatePlan', { versionLabel: 'Draft 0.2' });
  const bytes = await writePlanFile({ snapshot: await engine.snapshot(), view: engine.state.view }, { from: { office: 'Geneva', actorId: ACTOR_A }, createdAt: '2012-02-01T10:00:00.000Z' });
  return { engine, bytes };
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const encode = (s: string) => new TextEncoder().encode(s);
const envelopeOf = (bytes: Uint8Array) => JSON.parse(text(bytes)) as Record<string, unknown>;
const withEnvelope = (bytes: Uint8Array, change: (e: Record<string, unknown>) => void) => {
  const e = envelopeOf(bytes);
  change(e);
  return encode(JSON.stringify(e));
};

async function codeOf(bytes: Uint8Array, maxBytes?: number): Promise<PlanFileErrorCode | 'ok'> {
  try {
    await readPlanFile(bytes, { ...options, maxBytes });
    return 'ok';
  } catch (e) {
    if (e instanceof PlanFileError) return e.code;
    throw e;
  }
}

describe('writePlanFile', () => {
  it('writes the envelope ARCHITECTURE.md describes', async () => {
    const { engine, bytes } = await sampleFile();
    const e = envelopeOf(bytes);
    const view = engine.state.view;
    expect(Object.keys(e)).toEqual(['format', 'formatVersion', 'planId', 'title', 'kind', 'from', 'createdAt', 'heads', 'counts', 'sha256', 'payload']);
    expect(e).toMatchObject({ format: 'rbm-plan', formatVersion: 1, planId: view.plan.id, title: 'Office-wide strategy on labour migration, 2010-15', kind: 'full', from: { office: 'Geneva', actorId: ACTOR_A }, createdAt: '2012-02-01T10:00:00.000Z' });
    expect(e.heads).toEqual([...view.heads].sort());
    expect(e.counts).toMatchObject({ outcomes: view.counts.outcome, indicators: Object.keys(view.indicators).length, risks: Object.keys(view.risks).length });
    const snapshot = await engine.snapshot();
    expect(e.sha256).toBe(await sha256Hex(snapshot.bytes));
    expect(fromBase64(e.payload as string)).toEqual(snapshot.bytes);
  });

  it('refuses a view that is not at the snapshot heads', async () => {
    const { engine } = await sampleFile();
    const snapshot = await engine.snapshot();
    await engine.run('updatePlan', { versionLabel: 'Draft 0.3' });
    await expect(writePlanFile({ snapshot, view: engine.state.view }, { from: { office: 'Geneva', actorId: ACTOR_A }, createdAt: '2012-02-01T10:00:00.000Z' })).rejects.toMatchObject({ code: 'viewOutOfDate' });
  });
});

describe('readPlanFile', () => {
  it('reads back the same plan (save then read is the identity)', async () => {
    const { engine, bytes } = await sampleFile();
    const read = await readPlanFile(bytes, options);
    const { heads: h1, ...before } = engine.state.view;
    const { heads: h2, ...after } = read.engine.state.view;
    expect(h2).toEqual(h1);
    expect(JSON.parse(JSON.stringify(after))).toEqual(JSON.parse(JSON.stringify(before)));
    expect(read.envelope.planId).toBe(engine.state.view.plan.id);
    expect(read.engine.state.view.plan.versionLabel).toBe('Draft 0.2');
  });

  it('accepts a byte-order mark and unknown extra fields', async () => {
    const { bytes } = await sampleFile();
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(await codeOf(withBom)).toBe('ok');
    expect(await codeOf(withEnvelope(bytes, (e) => (e.comment = 'from a script')))).toBe('ok');
  });

  it('gives each bad file its own code', async () => {
    const { bytes } = await sampleFile();
    const payload = fromBase64(envelopeOf(bytes).payload as string)!;
    const cases: [string, Uint8Array, PlanFileErrorCode, number?][] = [
      ['empty', new Uint8Array(), 'empty'],
      ['over the size limit', bytes, 'tooLarge', 1000],
      ['not UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'notText'],
      ['not JSON', encode('PK\u0003\u0004 this is a zip'), 'notJson'],
      ['truncated', bytes.subarray(0, Math.floor(bytes.length / 2)), 'notJson'],
      ['deeply nested', encode(`${'['.repeat(100_000)}${']'.repeat(100_000)}`), 'tooDeep'],
      ['__proto__ key', encode('{"format":"rbm-plan","__proto__":{"polluted":true}}'), 'forbiddenKey'],
      ['constructor key', withEnvelope(bytes, (e) => (e.from = { office: 'x', actorId: ACTOR_A, constructor: { prototype: 1 } })), 'forbiddenKey'],
      ['a JSON array', encode('[1,2,3]'), 'notAPlanFile'],
      ['another format', withEnvelope(bytes, (e) => (e.format = 'something-else')), 'notAPlanFile'],
      ['a newer format version', withEnvelope(bytes, (e) => (e.formatVersion = 2)), 'newerVersion'],
      ['an unknown kind', withEnvelope(bytes, (e) => (e.kind = 'delta')), 'unsupportedKind'],
      ['a changes file without base heads', withEnvelope(bytes, (e) => (e.kind = 'changes')), 'invalidEnvelope'],
      ['a full file with base heads', withEnvelope(bytes, (e) => (e.baseHeads = e.heads)), 'invalidEnvelope'],
      ['a missing field', withEnvelope(bytes, (e) => delete e.heads), 'invalidEnvelope'],
      ['a wrong type', withEnvelope(bytes, (e) => (e.formatVersion = '1')), 'invalidEnvelope'],
      ['a bad plan id', withEnvelope(bytes, (e) => (e.planId = '../../etc')), 'invalidEnvelope'],
      ['payload not base64', withEnvelope(bytes, (e) => (e.payload = 'not base64!!')), 'badPayload'],
      ['payload changed', withEnvelope(bytes, (e) => {
        const p = new Uint8Array(payload);
        p[p.length - 10] ^= 0xff;
        e.payload = toBase64(p);
      }), 'checksumMismatch'],
      ['payload not a document', withEnvelope(bytes, (e) => {
        const junk = encode('not an automerge document at all');
        e.payload = toBase64(junk);
      }), 'checksumMismatch'],
    ];
    for (const [name, file, code, max] of cases) expect([name, await codeOf(file, max)]).toEqual([name, code]);
  });

  it('refuses a consistent file whose payload is not a plan document, or lacks the heads it names, or is another plan', async () => {
    const { bytes } = await sampleFile();
    const junk = encode('not an automerge document at all');
    const rehash = async (change: (e: Record<string, unknown>) => void, payload?: Uint8Array) => {
      const e = envelopeOf(bytes);
      if (payload) {
        e.payload = toBase64(payload);
        e.sha256 = await sha256Hex(payload);
      }
      change(e);
      return encode(JSON.stringify(e));
    };
    expect(await codeOf(await rehash(() => {}, junk))).toBe('unreadableDocument');
    expect(await codeOf(await rehash((e) => (e.heads = ['0'.repeat(64)])))).toBe('headsMismatch');
    expect(await codeOf(await rehash((e) => (e.planId = 'p_00000000000000000000')))).toBe('planIdMismatch');
  });

  it('refuses a consistent file whose plan holds a value of the wrong type (found by fuzzing)', async () => {
    const { bytes } = await sampleFile();
    const e = envelopeOf(bytes);
    const doc = A.load<{ plan: Record<string, unknown> }>(fromBase64(e.payload as string)!, { actor: ACTOR_B });
    const forged = A.change(doc, (d) => {
      d.plan.title = [];
    });
    const payload = A.save(forged);
    e.payload = toBase64(payload);
    e.sha256 = await sha256Hex(payload);
    e.heads = A.getHeads(forged);
    const error = await readPlanFile(encode(JSON.stringify(e)), options).catch((x: unknown) => x);
    expect(error).toMatchObject({ code: 'invalidPlan', params: { field: 'plan.title' } });
  });

  it('still reads a plan that breaks only a rule across fields, as concurrent edits of two offices can', async () => {
    const { bytes } = await sampleFile();
    const e = envelopeOf(bytes);
    const doc = A.load<{ plan: Record<string, unknown> }>(fromBase64(e.payload as string)!, { actor: ACTOR_B });
    // One office lowered on-track to 0.5 while another raised at-risk to 0.9.
    const merged = A.change(doc, (d) => {
      d.plan.monitoring = { onTrack: 0.5, atRisk: 0.9 };
    });
    const payload = A.save(merged);
    e.payload = toBase64(payload);
    e.sha256 = await sha256Hex(payload);
    e.heads = A.getHeads(merged);
    const read = await readPlanFile(encode(JSON.stringify(e)), options);
    expect(read.engine.state.view.plan.monitoring).toEqual({ onTrack: 0.5, atRisk: 0.9 });
  });

  it('leaves no prototype changed by a hostile file', async () => {
    await codeOf(encode('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(() => parseJsonSafely('{"a":{"b":{"__proto__":1}}}')).toThrow(PlanFileError);
  });

  it('checks the envelope alone without loading the plan', async () => {
    const { bytes } = await sampleFile();
    const { envelope, payload } = await readPlanFileEnvelope(bytes);
    expect(envelope.kind).toBe('full');
    expect(payload.length).toBeGreaterThan(1000);
  });

  it('has a message for every error code', async () => {
    const t = translator('en');
    const { PLAN_FILE_ERROR_CODES } = await import('../../../shared/plan-file/errors');
    for (const code of PLAN_FILE_ERROR_CODES) expect(t(new PlanFileError(code).key)).not.toBe(`planFile.errors.${code}`);
    expect(t('planFile.errors.newerVersion', { version: 2, supported: 1 })).toContain('newer version');
    expect(MAX_PLAN_FILE_BYTES).toBe(50 * 1024 * 1024);
  });
});

describe('base64', () => {
  it('round-trips every byte value and long buffers', () => {
    const bytes = new Uint8Array(200_003).map((_, i) => (i * 7919) % 256);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    expect(fromBase64(toBase64(new Uint8Array()))).toEqual(new Uint8Array());
    expect(fromBase64('abc')).toBeNull();
    expect(fromBase64('ab=c')).toBeNull();
  });
});
