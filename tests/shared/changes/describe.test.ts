/** Readable names for what a change touches, on the sample plan. */
import { describe, expect, it } from 'vitest';
import { entityLabel, fieldLabel, labelText, shorten, valueText, type FieldRef } from '../../../shared/changes/describe';
import { translator } from '../../../shared/i18n';
import { COLLECTIONS, type CollectionName } from '../../../shared/model';
import type { MergeTarget } from '../../../shared/plan-doc/merge';
import type { PlanView } from '../../../shared/plan-doc';
import { sampleView } from '../../fixtures/sample-view';

const t = translator('en');
const view = sampleView();
const label = (target: MergeTarget, id: string, views: PlanView | PlanView[] = view) => labelText(entityLabel(views, target, id), t);
const field = (target: MergeTarget, path: string[]) => labelText(fieldLabel(target, path, view), t);
const value = (v: unknown, target: MergeTarget, path: string[], id = '') => valueText(v, { target, id, path }, { t, views: view });

const period = (label: string) => Object.values(view.periods).find((p) => p.label === label)!.id;
const node = (number: string) => view.tree.find((n) => n.number === number)!;
const result = (number: string) => view.results[node(number).id]!;

/** The view without one entity (as after a merge that deleted it). */
function without(target: CollectionName, id: string): PlanView {
  const rest = { ...(view[target] as Readonly<Record<string, unknown>>) };
  delete rest[id];
  return { ...view, [target]: rest } as PlanView;
}

describe('entityLabel', () => {
  it('names results by level, number and statement, cut to a readable length', () => {
    const outcome = result('1.1');
    expect(label('results', outcome.id)).toBe(`outcome 1.1 “${shorten(outcome.statement, 60)}”`);
    expect(label('results', outcome.id).length).toBeLessThan(80);
    expect(label('results', result('1').id)).toMatch(/^goal 1 “Women and men migrant workers/);
    expect(label('results', result('1.1.1.1').id)).toMatch(/^activity 1\.1\.1\.1 “/);
  });

  it('numbers indicators under their result as the app does (result number, then place)', () => {
    const ind = Object.values(view.indicators)[0]!;
    const n = view.tree[view.treeIndex[ind.resultId]!]!.number;
    const at = view.indicatorsByResult[ind.resultId]!.indexOf(ind.id) + 1;
    expect(label('indicators', ind.id)).toBe(`indicator ${n}.${at} “${shorten(ind.definition, 60)}”`);
  });

  it('names the plan, risks, partners, units, objectives, periods, sections, roles and allocations', () => {
    expect(label('plan', view.plan.id)).toBe('the plan’s details');
    const risk = Object.values(view.risks)[0]!;
    expect(label('risks', risk.id)).toBe(`risk “${shorten(risk.description, 60)}”`);
    const iom = Object.values(view.partners).find((p) => p.acronym === 'IOM')!;
    expect(label('partners', iom.id)).toBe('partner “IOM International Organization for Migration”');
    expect(label('periods', period('2010-11'))).toBe('reporting period “2010-11”');
    const section = view.sections[view.sectionOrder[0]!]!;
    expect(label('sections', section.id)).toBe(`narrative section “${shorten(section.title, 60)}”`);
    const role = Object.values(view.responsibilities)[0]!;
    expect(label('responsibilities', role.id)).toMatch(new RegExp(`^role of .+ for result ${view.tree[view.treeIndex[role.resultId]!]!.number.replace(/\./g, '\\.')}$`));
    const alloc = Object.values(view.resources)[0]!;
    expect(label('resources', alloc.id)).toBe(`allocation to result ${view.tree[view.treeIndex[alloc.resultId]!]!.number} for ${view.periods[alloc.periodId]!.label}`);
    const unit = Object.values(view.units)[0]!;
    expect(label('units', unit.id)).toContain(unit.name);
    const objective = Object.values(view.objectives)[0]!;
    expect(label('objectives', objective.id)).toMatch(/^strategic objective “/);
  });

  it('names an entity deleted in the first view from the next one, and a generic one when no view has it', () => {
    const ind = Object.values(view.indicators)[0]!;
    const after = without('indicators', ind.id);
    expect(label('indicators', ind.id, [after, view])).toBe(label('indicators', ind.id));
    expect(label('indicators', ind.id, [after])).toBe('a deleted indicator');
    expect(label('results', 'r_gone')).toBe('a deleted result');
    expect(label('partners', 'n_gone')).toBe('a deleted partner');
  });

  it('has a label for every collection in the catalogue', () => {
    for (const c of COLLECTIONS) {
      expect(label(c, 'missing')).not.toContain('changes.');
      const any = Object.keys(view[c])[0];
      if (any) expect(label(c, any)).not.toContain('changes.');
    }
  });
});

describe('fieldLabel', () => {
  it('names fields, nested leaves and per-period values', () => {
    expect(field('results', ['statement'])).toBe('statement');
    expect(field('results', ['parentId'])).toBe('place in the results chain');
    expect(field('indicators', ['targets', period('2010-11')])).toBe('target for 2010-11');
    expect(field('indicators', ['targetsNotApplicable', period('2012-13')])).toBe('target not applicable for 2012-13');
    expect(field('indicators', ['baseline', 'value'])).toBe('baseline value');
    expect(field('indicators', ['meansOfVerification', 'collectedBy'])).toBe('collected by');
    expect(field('indicators', ['actuals', period('2010-11')])).toBe('actual value for 2010-11');
    expect(field('indicators', ['actuals', period('2010-11'), 'evidence'])).toBe('evidence for 2010-11');
    expect(field('indicators', ['actuals', period('2010-11'), 'byCategory', 'Women'])).toBe('actual value for Women in 2010-11');
    expect(field('indicators', ['categoryTargets', period('2014-15'), 'Africa'])).toBe('target for Africa in 2014-15');
    expect(field('plan', ['monitoring', 'onTrack'])).toBe('on-track threshold');
    expect(field('plan', ['iati', 'activityId'])).toBe('IATI activity identifier');
    expect(field('risks', ['deletedAt'])).toBe('deletion');
    expect(field('sections', ['body'])).toBe('text');
  });

  it('names the objective of a tag and the result of a partner link', () => {
    const objective = Object.values(view.objectives)[0]!;
    expect(field('results', ['objectiveTags', objective.id])).toMatch(/^contribution to strategic objective “/);
    const iom = Object.values(view.partners).find((p) => p.acronym === 'IOM')!;
    const linked = Object.keys(iom.links)[0]!;
    const n = view.tree[view.treeIndex[linked]!]!.number;
    expect(field('partners', ['links', linked, 'expectedOutcome'])).toBe(`expected outcome of the work on result ${n}`);
  });

  it('spells out a path it has no name for, period ids as their labels', () => {
    expect(field('indicators', ['someNewField'])).toBe('some new field');
    expect(field('results', ['notes', period('2010-11')])).toBe('notes › 2010-11');
  });

  it('names every field of every entity of the sample plan (none falls back to the spelt-out path)', () => {
    const generic: string[] = [];
    const check = (target: MergeTarget, row: Readonly<Record<string, unknown>>) => {
      for (const [key, v] of Object.entries(row)) {
        if (fieldLabel(target, [key], view).key === 'changes.fields.generic') generic.push(`${target}.${key}`);
        if (v && typeof v === 'object' && !Array.isArray(v)) {
          for (const [inner, w] of Object.entries(v)) {
            if (fieldLabel(target, [key, inner], view).key === 'changes.fields.generic') generic.push(`${target}.${key}.${inner}`);
            if (w && typeof w === 'object' && !Array.isArray(w))
              for (const deep of Object.keys(w)) if (fieldLabel(target, [key, inner, deep], view).key === 'changes.fields.generic') generic.push(`${target}.${key}.${inner}.${deep}`);
          }
        }
      }
    };
    check('plan', { ...view.plan, qualityLimits: { maxOutputsPerOutcome: 1, maxOutcomes: 1 }, monitoring: { onTrack: 1, atRisk: 1 }, iati: { reportingOrgRef: 'x', reportingOrgType: '10', reportingOrgName: 'x', activityId: 'x' } });
    for (const c of COLLECTIONS) for (const row of Object.values(view[c])) check(c, row as unknown as Record<string, unknown>);
    expect(generic).toEqual([]);
    // And every key it returns is in the catalogue.
    const keys = new Set<string>();
    for (const c of COLLECTIONS) for (const row of Object.values(view[c]).slice(0, 3)) for (const key of Object.keys(row)) keys.add(fieldLabel(c, [key], view).key);
    for (const key of keys) expect(t(key)).not.toBe(key);
  });
});

describe('valueText', () => {
  const outcome = result('1.1');

  it('writes numbers, shares and dates as the language writes them', () => {
    const fr = translator('fr');
    const inFrench = (v: unknown, target: MergeTarget, path: string[]) => valueText(v, { target, id: '', path }, { t: fr, views: view, language: 'fr' });
    const inSpanish = (v: unknown, target: MergeTarget, path: string[]) => valueText(v, { target, id: '', path }, { t: translator('es'), views: view, language: 'es' });
    expect(inFrench(1234567.5, 'resources', ['amount'])).toBe('1\u202f234\u202f567,5');
    expect(inFrench('2011-01-05', 'milestones', ['dueDate'])).toBe('5 janv. 2011');
    expect(inSpanish('2011-01-05', 'milestones', ['dueDate'])).toBe('5 ene 2011');
    expect(inFrench(true, 'indicators', ['cumulative'])).toBe(fr('changes.values.yes'));
    expect(value('2011-01-05', 'milestones', ['dueDate'])).toBe('5 Jan 2011');
  });

  it('shows absent and empty values as (none), booleans as yes or no, numbers grouped', () => {
    expect(value(undefined, 'results', ['description'])).toBe('(none)');
    expect(value(null, 'indicators', ['finalTarget'])).toBe('(none)');
    expect(value('', 'results', ['description'])).toBe('(none)');
    expect(value([], 'indicators', ['disaggregation'])).toBe('(none)');
    expect(value(true, 'indicators', ['cumulative'])).toBe('yes');
    expect(value(false, 'indicators', ['illustrative'])).toBe('no');
    expect(value(1234567.5, 'resources', ['amount'])).toBe('1,234,567.5');
    expect(value(0.4, 'plan', ['significantShare'])).toBe('40%');
    expect(value(0.9, 'plan', ['monitoring', 'onTrack'])).toBe('90%');
  });

  it('quotes text on one line and cuts long text at about 120 characters', () => {
    expect(value('Policies\n improved', 'results', ['statement'])).toBe('“Policies improved”');
    const long = value('word '.repeat(100), 'results', ['description']);
    expect(long.length).toBeLessThanOrEqual(122);
    expect(long.endsWith('…”')).toBe(true);
  });

  it('shows dates, codes by name and references by their labels', () => {
    expect(value('2011-01-05', 'milestones', ['dueDate'])).toBe('5 Jan 2011');
    expect(value('approved', 'plan', ['status'])).toBe('approved');
    expect(value('extra_budgetary', 'resources', ['source'])).toBe('extra-budgetary');
    expect(value('A', 'responsibilities', ['role'])).toBe('accountable (A)');
    expect(value(outcome.id, 'results', ['parentId'])).toBe(label('results', outcome.id));
    expect(value(period('2012-13'), 'resources', ['periodId'])).toBe('reporting period “2012-13”');
    expect(value('r_gone', 'indicators', ['resultId'])).toBe('a deleted result');
    const risk = Object.values(view.risks)[0]!;
    expect(value(risk.resultIds, 'risks', ['resultIds'])).toBe(risk.resultIds.map((id) => label('results', id)).join(', '));
  });

  it('shortens long lists', () => {
    const many = Array.from({ length: 12 }, (_, i) => `Region ${i + 1}`);
    expect(value(many, 'indicators', ['disaggregation'])).toBe('Region 1, Region 2, Region 3, Region 4, Region 5, Region 6, Region 7, Region 8 and 4 more');
  });

  it('shows an indicator’s figures as the indicator measures them', () => {
    const qualitative = Object.values(view.indicators).find((i) => i.measureType === 'qualitative')!;
    const percentage = Object.values(view.indicators).find((i) => i.measureType === 'percentage')!;
    const number = Object.values(view.indicators).find((i) => i.measureType === 'number')!;
    const p = period('2010-11');
    expect(value(1, 'indicators', ['targets', p], qualitative.id)).toBe(`“${qualitative.qualitativeStages[1]}”`);
    expect(value(65, 'indicators', ['targets', p], percentage.id)).toBe('65%');
    expect(value(8, 'indicators', ['targets', p], number.id)).toBe('8');
    expect(value({ value: 12, date: '2011-06-30', evidence: '', link: '' }, 'indicators', ['actuals', p], number.id)).toBe('12 on 30 Jun 2011');
    expect(value({ Women: 5, Men: 3 }, 'indicators', ['categoryTargets', p], number.id)).toBe('Women: 5, Men: 3');
    expect(value('Survey', 'indicators', ['baseline', 'source'], number.id)).toBe('“Survey”');
  });

  it('shows a conflict’s values with the conflict as the field', () => {
    const conflict: FieldRef = { target: 'results', id: outcome.id, path: ['statement'] };
    expect(valueText('HQ wording', conflict, { t, views: [view] })).toBe('“HQ wording”');
  });
});
