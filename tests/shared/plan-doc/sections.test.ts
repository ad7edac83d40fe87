import * as A from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import type { NarrativeSectionId } from '../../../shared/model';
import { DEFAULT_SECTION_KEYS } from '../../../shared/narrative/default-sections';
import {
  addDefaultSections,
  addSection,
  CommandError,
  deleteSection,
  moveSection,
  PlanSession,
  renameSection,
  SECTION_BODY_MAX,
  setSectionBody,
} from '../../../shared/plan-doc';
import { materialize } from '../../../shared/plan-doc/view';
import { ACTOR_A, ACTOR_B, newSession, tickingClock } from '../../fixtures/plans';

const sid = (s: string) => s as NarrativeSectionId;
const NINE = DEFAULT_SECTION_KEYS.map((k) => sid(`s_${k.replace(/-/g, '')}`));

/** The view without its heads: two views of the same plan compare equal. */
const content = (s: PlanSession) => {
  const { heads: _heads, ...rest } = s.view;
  return JSON.parse(JSON.stringify(rest));
};
const titles = (s: PlanSession) => s.view.sectionOrder.map((id) => s.view.sections[id]!.title);

/** A session with sections A, B, C in that order. */
function withThree() {
  const s = newSession();
  for (const name of ['A', 'B', 'C']) s.run(addSection, { id: sid(`s_${name}`), title: name });
  return s;
}

/** An office's copy of a plan, as loaded from a file another office saved. */
function copyOf(s: PlanSession, actor = ACTOR_B, office = 'Field') {
  return PlanSession.load([A.save(s.document)], { actor, office, clock: tickingClock() });
}

function expectRefused(run: () => unknown, code: string) {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(CommandError);
    expect((e as CommandError).code).toBe(code);
    return;
  }
  throw new Error(`expected ${code}`);
}

describe('addSection', () => {
  it('adds a custom section at the end, first, or after a given section, with an empty body', () => {
    const s = withThree();
    s.run(addSection, { id: sid('s_first'), title: '  Foreword  ', afterId: null });
    s.run(addSection, { id: sid('s_mid'), title: 'Between A and B', afterId: sid('s_A') });
    expect(titles(s)).toEqual(['Foreword', 'A', 'Between A and B', 'B', 'C']);
    expect(s.view.sections['s_mid']).toMatchObject({ key: 'custom', body: '', deletedAt: null });
  });

  it('refuses a blank or too long title, a bad or used id, and an unknown neighbour', () => {
    const s = withThree();
    expectRefused(() => s.run(addSection, { id: sid('s_x'), title: '   ' }), 'narrative.errors.titleRequired');
    expectRefused(() => s.run(addSection, { id: sid('s_x'), title: 'x'.repeat(301) }), 'narrative.errors.titleTooLong');
    expectRefused(() => s.run(addSection, { id: sid('not an id'), title: 'X' }), 'narrative.errors.invalidId');
    expectRefused(() => s.run(addSection, { id: sid('s_A'), title: 'X' }), 'narrative.errors.duplicateId');
    expectRefused(() => s.run(addSection, { id: sid('s_x'), title: 'X', afterId: sid('s_gone') }), 'narrative.errors.sectionNotFound');
    s.run(deleteSection, { id: sid('s_B') });
    // A deleted section's id stays taken: reusing it would bring back someone's deleted text.
    expectRefused(() => s.run(addSection, { id: sid('s_B'), title: 'X' }), 'narrative.errors.duplicateId');
  });

  it('is undone and redone exactly', () => {
    const s = withThree();
    const before = content(s);
    s.run(addSection, { id: sid('s_x'), title: 'X', afterId: sid('s_A') });
    const after = content(s);
    s.undo();
    expect(content(s)).toEqual(before);
    s.redo();
    expect(content(s)).toEqual(after);
  });
});

describe('addDefaultSections', () => {
  it('adds the nine template sections in order, as one undoable step', () => {
    const s = newSession();
    s.run(addDefaultSections, { ids: NINE });
    expect(s.view.sectionOrder).toEqual(NINE);
    expect(s.view.sectionOrder.map((id) => s.view.sections[id]!.key)).toEqual(DEFAULT_SECTION_KEYS);
    expect(titles(s)[0]).toBe('Vision');
    expect(s.undoLabel()).toEqual({ key: 'narrative.history.addDefaultSections' });
    s.undo();
    expect(s.view.sectionOrder).toEqual([]);
    s.redo();
    expect(s.view.sectionOrder).toEqual(NINE);
  });

  it('takes translated titles, and adds after the sections a plan has', () => {
    const s = withThree();
    s.run(addDefaultSections, { ids: NINE, titles: { vision: 'Visión' } });
    expect(titles(s).slice(0, 4)).toEqual(['A', 'B', 'C', 'Visión']);
  });

  it('adds only the template sections a plan lacks, and refuses when none is missing', () => {
    const s = newSession();
    s.run(addDefaultSections, { ids: NINE });
    expectRefused(() => s.run(addDefaultSections, { ids: NINE.map((id) => sid(`${id}2`)) }), 'narrative.errors.defaultsPresent');
    s.run(deleteSection, { id: NINE[0]! });
    s.run(addDefaultSections, { ids: NINE.map((id) => sid(`${id}2`)) });
    expect(s.view.sectionOrder.map((id) => s.view.sections[id]!.key)).toEqual([...DEFAULT_SECTION_KEYS.slice(1), 'vision']);
  });

  it('refuses a wrong number of ids or the same id twice, writing nothing', () => {
    const s = newSession();
    const heads = s.heads();
    expectRefused(() => s.run(addDefaultSections, { ids: NINE.slice(1) }), 'narrative.errors.invalidId');
    expectRefused(() => s.run(addDefaultSections, { ids: NINE.map(() => NINE[0]!) }), 'narrative.errors.duplicateId');
    expect(s.heads()).toEqual(heads);
    expect(s.view.sectionOrder).toEqual([]);
  });
});

describe('renameSection', () => {
  it('renames, is undone and redone, and records nothing when the title is the same', () => {
    const s = withThree();
    s.run(renameSection, { id: sid('s_B'), title: ' Vision ' });
    expect(s.view.sections['s_B']!.title).toBe('Vision');
    s.undo();
    expect(s.view.sections['s_B']!.title).toBe('B');
    s.redo();
    expect(s.view.sections['s_B']!.title).toBe('Vision');
    expect(s.run(renameSection, { id: sid('s_B'), title: 'Vision' }).changed).toBe(false);
  });

  it('refuses a blank title and a section that is gone', () => {
    const s = withThree();
    expectRefused(() => s.run(renameSection, { id: sid('s_B'), title: '' }), 'narrative.errors.titleRequired');
    s.run(deleteSection, { id: sid('s_B') });
    expectRefused(() => s.run(renameSection, { id: sid('s_B'), title: 'X' }), 'narrative.errors.sectionNotFound');
  });
});

describe('moveSection', () => {
  it('moves a section up and down by changing only its sort key, undone and redone', () => {
    const s = withThree();
    s.run(moveSection, { id: sid('s_C'), direction: 'up' });
    expect(titles(s)).toEqual(['A', 'C', 'B']);
    s.run(moveSection, { id: sid('s_A'), direction: 'down' });
    expect(titles(s)).toEqual(['C', 'A', 'B']);
    s.undo();
    expect(titles(s)).toEqual(['A', 'C', 'B']);
    s.undo();
    expect(titles(s)).toEqual(['A', 'B', 'C']);
    s.redo();
    expect(titles(s)).toEqual(['A', 'C', 'B']);
  });

  it('refuses to move past either end', () => {
    const s = withThree();
    expectRefused(() => s.run(moveSection, { id: sid('s_A'), direction: 'up' }), 'narrative.errors.alreadyFirst');
    expectRefused(() => s.run(moveSection, { id: sid('s_C'), direction: 'down' }), 'narrative.errors.alreadyLast');
  });

  it('still moves sections two offices inserted at the same place (equal sort keys)', () => {
    const hq = newSession({ actor: ACTOR_A });
    hq.run(addSection, { id: sid('s_A'), title: 'A' });
    const field = copyOf(hq);
    hq.run(addSection, { id: sid('s_hq'), title: 'HQ' });
    field.run(addSection, { id: sid('s_field'), title: 'Field' });
    const merged = PlanSession.load([A.save(A.merge(A.clone(hq.document), field.document))], { actor: ACTOR_A, office: 'HQ', clock: tickingClock() });
    const keys = merged.view.sectionOrder.map((id) => merged.view.sections[id]!.sortKey);
    expect(keys[1]).toBe(keys[2]);
    expect(titles(merged)).toEqual(['A', 'Field', 'HQ']);
    merged.run(moveSection, { id: sid('s_hq'), direction: 'up' });
    expect(titles(merged)).toEqual(['A', 'HQ', 'Field']);
    merged.run(moveSection, { id: sid('s_hq'), direction: 'down' });
    expect(titles(merged)).toEqual(['A', 'Field', 'HQ']);
    merged.undo();
    merged.undo();
    expect(titles(merged)).toEqual(['A', 'Field', 'HQ']);
  });
});

describe('deleteSection', () => {
  it('hides the section but keeps it in the document, and undo brings it back with its text', () => {
    const s = withThree();
    s.run(setSectionBody, { id: sid('s_B'), body: 'Text of B' });
    s.run(deleteSection, { id: sid('s_B') });
    expect(s.view.sections['s_B']).toBeUndefined();
    expect(titles(s)).toEqual(['A', 'C']);
    expect(s.document.collections.sections['0']!['s_B']).toBeDefined();
    s.undo();
    expect(s.view.sections['s_B']).toMatchObject({ title: 'B', body: 'Text of B', deletedAt: null });
    expect(titles(s)).toEqual(['A', 'B', 'C']);
    s.redo();
    expect(titles(s)).toEqual(['A', 'C']);
    expectRefused(() => s.run(deleteSection, { id: sid('s_B') }), 'narrative.errors.sectionNotFound');
  });
});

describe('setSectionBody', () => {
  it('sets the body, undone and redone exactly, and records nothing for the same text', () => {
    const s = withThree();
    s.run(setSectionBody, { id: sid('s_A'), body: 'First draft.' });
    s.run(setSectionBody, { id: sid('s_A'), body: 'First draft, revised.\n\n- a point' });
    s.undo();
    expect(s.view.sections['s_A']!.body).toBe('First draft.');
    s.undo();
    expect(s.view.sections['s_A']!.body).toBe('');
    s.redo();
    s.redo();
    expect(s.view.sections['s_A']!.body).toBe('First draft, revised.\n\n- a point');
    expect(s.run(setSectionBody, { id: sid('s_A'), body: 'First draft, revised.\n\n- a point' }).changed).toBe(false);
  });

  it('refuses a body over the limit and a section that is gone', () => {
    const s = withThree();
    expectRefused(() => s.run(setSectionBody, { id: sid('s_A'), body: 'x'.repeat(SECTION_BODY_MAX + 1) }), 'narrative.errors.bodyTooLong');
    expectRefused(() => s.run(setSectionBody, { id: sid('s_gone'), body: 'x' }), 'narrative.errors.sectionNotFound');
  });

  it('stores the body as collaborative text and an edit as a small diff, not the whole text', () => {
    const s = withThree();
    const long = 'The Office works as one on labour migration. '.repeat(400);
    s.run(setSectionBody, { id: sid('s_A'), body: long });
    const raw = s.document.collections.sections['0']!['s_A']!;
    expect(typeof raw['body']).toBe('string');
    expect(raw['title']).toBeInstanceOf(A.ImmutableString);
    s.run(setSectionBody, { id: sid('s_A'), body: long.replace('works as one', 'works together') });
    expect(A.getLastLocalChange(s.document)!.length).toBeLessThan(400);
    expect(long.length).toBeGreaterThan(10_000);
  });
});

describe('two offices editing the strategy paper', () => {
  const BODY = 'Vision paragraph one.\n\nVision paragraph two.\n\n- first point\n- second point';

  it("keeps both offices' edits to different parts of the same section body after a merge", () => {
    const hq = newSession({ actor: ACTOR_A, office: 'HQ' });
    hq.run(addSection, { id: sid('s_vision'), title: 'Vision' });
    hq.run(setSectionBody, { id: sid('s_vision'), body: BODY });
    const field = copyOf(hq);
    hq.run(setSectionBody, { id: sid('s_vision'), body: BODY.replace('paragraph one.', 'paragraph one, as headquarters sees it.') });
    field.run(setSectionBody, { id: sid('s_vision'), body: BODY.replace('- second point', '- second point\n- a point from the field') });

    const merged = materialize(A.merge(A.clone(hq.document), field.document));
    expect(merged.sections['s_vision']!.body).toBe(
      'Vision paragraph one, as headquarters sees it.\n\nVision paragraph two.\n\n- first point\n- second point\n- a point from the field',
    );
    // The same in either order of merging.
    expect(materialize(A.merge(A.clone(field.document), hq.document)).sections['s_vision']!.body).toBe(merged.sections['s_vision']!.body);
  });

  it('keeps both when the two edits touch the same sentence', () => {
    const hq = newSession({ actor: ACTOR_A });
    hq.run(addSection, { id: sid('s_v'), title: 'Vision' });
    hq.run(setSectionBody, { id: sid('s_v'), body: 'The Office works on migration.' });
    const field = copyOf(hq);
    hq.run(setSectionBody, { id: sid('s_v'), body: 'The whole Office works on migration.' });
    field.run(setSectionBody, { id: sid('s_v'), body: 'The Office works on labour migration.' });
    const merged = materialize(A.merge(A.clone(hq.document), field.document));
    expect(merged.sections['s_v']!.body).toBe('The whole Office works on labour migration.');
  });

  it('shows concurrent renames of one section as a conflict, not a crash', () => {
    const hq = newSession({ actor: ACTOR_A });
    hq.run(addSection, { id: sid('s_v'), title: 'Vision' });
    const field = copyOf(hq);
    hq.run(renameSection, { id: sid('s_v'), title: 'Vision of HQ' });
    field.run(renameSection, { id: sid('s_v'), title: 'Vision of the field' });
    const doc = A.merge(A.clone(hq.document), field.document);
    const view = materialize(doc);
    expect(['Vision of HQ', 'Vision of the field']).toContain(view.sections['s_v']!.title);
    const conflicts = A.getConflicts(doc.collections.sections['0']!['s_v']!, 'title');
    expect(Object.values(conflicts ?? {}).map(String).sort()).toEqual(['Vision of HQ', 'Vision of the field']);
    // The merged plan goes on being edited.
    const after = PlanSession.load([A.save(doc)], { actor: ACTOR_A, office: 'HQ', clock: tickingClock() });
    after.run(renameSection, { id: sid('s_v'), title: 'Vision' });
    expect(after.view.sections['s_v']!.title).toBe('Vision');
  });

  it("keeps an office's text edit of a section another office deleted, for undo to bring back", () => {
    const hq = newSession({ actor: ACTOR_A });
    hq.run(addSection, { id: sid('s_v'), title: 'Vision' });
    const field = copyOf(hq);
    hq.run(deleteSection, { id: sid('s_v') });
    field.run(setSectionBody, { id: sid('s_v'), body: 'Written in the field.' });
    const merged = PlanSession.load([A.save(A.merge(A.clone(hq.document), field.document))], { actor: ACTOR_A, office: 'HQ', clock: tickingClock() });
    expect(merged.view.sections['s_v']).toBeUndefined();
    expect(String(merged.document.collections.sections['0']!['s_v']!['body'])).toBe('Written in the field.');
  });
});
