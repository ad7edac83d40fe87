/**
 * Translations merge like every other edit (issue 8, part 4): two offices translating
 * different texts and different sections' bodies both keep their work; the same text
 * translated in both makes one conflict, listed and resolvable; different further languages
 * added in two offices are both kept; random translation edits in two offices converge.
 * Also: the names the Conflicts, History and import screens give these keys.
 */
import * as A from '@automerge/automerge';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldLabel, labelText, valueText } from '../../../shared/changes/describe';
import type { Translate } from '../../../shared/i18n';
import { initI18n } from '../../../renderer/i18n';
import { planLanguages, translationOf, type ResultId } from '../../../shared/model';
import { PlanSession, resolveConflict, setPlanLanguages, setSectionBody, setTranslation, updateResult } from '../../../shared/plan-doc';
import { describeEntry } from '../../../renderer/features/history/sentences';
import { sampleOffices } from '../../fixtures/plans';

/** `to` merges `from`'s whole copy, as when it opens a full plan file and applies it. */
function exchange(from: PlanSession, to: PlanSession): void {
  const preview = to.previewImport(A.save(from.document));
  expect(to.adopt(preview)).toBe(true);
}

/** Headquarters and two offices sharing the sample plan with French added. */
function frenchOffices() {
  const o = sampleOffices();
  o.hq.run(setPlanLanguages, { add: ['fr'] });
  exchange(o.hq, o.nairobi);
  exchange(o.hq, o.dakar);
  return o;
}

const FR = { shownLanguage: 'fr' } as const;

/** The screens' `t` (i18next: nested keys resolved) in `language`. */
async function uiTranslate(language: string): Promise<Translate> {
  const i18n = await initI18n(language);
  const t = i18n.getFixedT(language);
  return (key, params) => t(key, params);
}

describe('translations merge', () => {
  it('keeps both offices\' translations of different texts and different sections\' bodies', () => {
    const { hq, nairobi, dakar } = frenchOffices();
    const [a, b] = [hq.view.tree[0]!.id, hq.view.tree[1]!.id];
    const [s1, s2] = [hq.view.sectionOrder[0]!, hq.view.sectionOrder[1]!];
    // Nairobi edits while shown in French (the transaction writes translations), Dakar through the Translation view's command.
    nairobi.run(updateResult, { id: a as ResultId, fields: { statement: 'Énoncé de Nairobi' } }, FR);
    nairobi.run(setSectionBody, { id: s1, body: 'Corps rédigé à Nairobi' }, FR);
    dakar.run(setTranslation, { target: 'results', id: b, language: 'fr', path: 'statement', text: 'Énoncé de Dakar' });
    dakar.run(setTranslation, { target: 'sections', id: s2, language: 'fr', path: 'body', text: 'Corps rédigé à Dakar' });
    exchange(nairobi, hq);
    exchange(dakar, hq);
    for (const s of [hq]) {
      expect(translationOf(s.view.results[a]!, 'fr', 'statement')?.text).toBe('Énoncé de Nairobi');
      expect(translationOf(s.view.results[b]!, 'fr', 'statement')?.text).toBe('Énoncé de Dakar');
      expect(translationOf(s.view.sections[s1]!, 'fr', 'body')?.text).toBe('Corps rédigé à Nairobi');
      expect(translationOf(s.view.sections[s2]!, 'fr', 'body')?.text).toBe('Corps rédigé à Dakar');
    }
    expect(hq.conflicts()).toEqual([]);
    // The main texts are untouched.
    expect(hq.view.results[a]!.statement).toBe(nairobi.view.results[a]!.statement);
  });

  it('makes one conflict of the same text translated in two offices, listed and resolved with resolveConflict', async () => {
    const { hq, nairobi, dakar } = frenchOffices();
    const id = hq.view.tree[0]!.id;
    nairobi.run(setTranslation, { target: 'results', id, language: 'fr', path: 'statement', text: 'Version de Nairobi' });
    dakar.run(setTranslation, { target: 'results', id, language: 'fr', path: 'statement', text: 'Version de Dakar' });
    exchange(nairobi, hq);
    exchange(dakar, hq);
    const conflicts = hq.conflicts().filter((c) => c.path[0] === 'tr:fr:statement');
    expect(conflicts).toHaveLength(1);
    const conflict = conflicts[0]!;
    expect(conflict).toMatchObject({ target: 'results', id });
    expect(conflict.values.map((v) => v.value).sort()).toEqual(['Version de Dakar', 'Version de Nairobi']);
    // The fingerprint both wrote is the same main text's: it is no conflict a person settles.
    expect(hq.conflicts().every((c) => c.path[0] === 'tr:fr:statement' || c.path[0] === 'trs:fr:statement')).toBe(true);
    hq.run(resolveConflict, { target: conflict.target, id: conflict.id, path: conflict.path, value: 'Version de Dakar' });
    expect(hq.conflicts().filter((c) => c.path[0] === 'tr:fr:statement')).toEqual([]);
    expect(translationOf(hq.view.results[id]!, 'fr', 'statement')?.text).toBe('Version de Dakar');
    // The Conflicts screen names the field.
    const t = await uiTranslate('en');
    expect(labelText(fieldLabel('results', conflict.path, hq.view), t)).toBe('French translation of the statement');
  });

  it('keeps different further languages added in two offices', () => {
    const { hq, nairobi, dakar } = sampleOffices();
    nairobi.run(setPlanLanguages, { add: ['fr'] });
    dakar.run(setPlanLanguages, { add: ['es', 'pt'] });
    exchange(nairobi, hq);
    exchange(dakar, hq);
    expect(planLanguages(hq.view.plan)).toEqual({ main: 'en', further: ['es', 'fr', 'pt'] });
    // One office removes a language while the other translates into it: the translation is kept and returns with the language.
    exchange(hq, nairobi);
    exchange(hq, dakar);
    const id = hq.view.tree[0]!.id;
    nairobi.run(setPlanLanguages, { remove: ['pt'] });
    dakar.run(setTranslation, { target: 'results', id, language: 'pt', path: 'statement', text: 'Declaração' });
    exchange(nairobi, hq);
    exchange(dakar, hq);
    expect(planLanguages(hq.view.plan).further).toEqual(['es', 'fr']);
    hq.run(setPlanLanguages, { add: ['pt'] });
    expect(translationOf(hq.view.results[id]!, 'pt', 'statement')?.text).toBe('Declaração');
  });

  it('converges on random translation edits in two offices: a key only one office wrote keeps its value', () => {
    const base = frenchOffices();
    const ids = base.hq.view.tree.slice(0, 4).map((n) => n.id);
    const baseBytes = A.save(base.hq.document);
    const edit = fc.record({ office: fc.constantFrom(0, 1), result: fc.nat(ids.length - 1), path: fc.constantFrom('statement', 'description', 'assumptions'), text: fc.constantFrom('', 'un', 'deux', 'trois') });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 8 }), (edits) => {
        const offices = [0, 1].map((i) => PlanSession.load([baseBytes], { actor: (i === 0 ? 'd' : 'e').repeat(32), office: `O${i}`, clock: { now: () => new Date('2026-06-01T00:00:00Z') } }));
        const written: Map<string, { office: number; text: string }>[] = [new Map(), new Map()];
        for (const e of edits) {
          const s = offices[e.office]!;
          const id = ids[e.result]!;
          if (s.view.results[id]![e.path] === '') continue;
          s.run(setTranslation, { target: 'results', id, language: 'fr', path: e.path, text: e.text });
          written[e.office]!.set(`${id}/${e.path}`, { office: e.office, text: e.text });
        }
        exchange(offices[0]!, offices[1]!);
        exchange(offices[1]!, offices[0]!);
        for (const id of ids) {
          for (const path of ['statement', 'description', 'assumptions']) {
            const [x, y] = offices.map((s) => translationOf(s.view.results[id]!, 'fr', path)?.text);
            expect(x).toBe(y);
            const mine = written[0]!.get(`${id}/${path}`);
            const theirs = written[1]!.get(`${id}/${path}`);
            const only = mine && !theirs ? mine : theirs && !mine ? theirs : null;
            if (only) expect(x ?? '').toBe(only.text.trim() === '' ? '' : only.text);
          }
        }
      }),
      { numRuns: 15 },
    );
  });

  it('names translation and language keys in the import preview, conflicts and history', async () => {
    const { hq, nairobi } = frenchOffices();
    const id = hq.view.tree[0]!.id;
    const t = await uiTranslate('en');
    const fr = await uiTranslate('fr');
    expect(labelText(fieldLabel('results', ['tr:fr:statement'], hq.view), t)).toBe('French translation of the statement');
    expect(labelText(fieldLabel('results', ['tr:fr:statement'], hq.view), fr)).toBe('traduction en français de « énoncé »');
    expect(labelText(fieldLabel('plan', ['lang:es'], hq.view), t)).toBe('further language Spanish');
    expect(labelText(fieldLabel('plan', ['language'], hq.view), t)).toBe('main language');
    expect(valueText('fr', { target: 'plan', id: 'p', path: ['language'] }, { t, views: hq.view })).toBe('French');
    // The import preview of an office's translation names it.
    nairobi.run(setTranslation, { target: 'results', id, language: 'fr', path: 'statement', text: 'Énoncé' });
    const preview = hq.previewImport(A.save(nairobi.document));
    const fields = preview.entities.find((e) => e.id === id)!.fields!.map((f) => labelText(fieldLabel('results', f.path, hq.view), t));
    expect(fields).toContain('French translation of the statement');
    // History: one sentence for the translation (its fingerprint is not told apart), and the language added.
    hq.adopt(preview);
    const page = hq.history({ limit: 5 });
    const translated = page.entries.find((e) => e.command === 'setTranslation')!;
    const text = describeEntry(translated, hq.view, t, 'p').headline;
    expect(text).toContain('French translation of the statement');
    expect(text).not.toContain('version of the main text');
    const added = page.entries.find((e) => e.command === 'setPlanLanguages')!;
    expect(describeEntry(added, hq.view, t, 'p').headline).toContain('added French as a further language of the plan');
  });
});
