/**
 * The quality check's findings on a plan's translations (issue 8): per further language and
 * per element, how many of its texts are not yet translated (`translationMissing`, a
 * suggestion) and how many translations are out of date because the main text changed since
 * (`translationStale`, a warning: a reader of that language reads something the plan no
 * longer says). One finding per element and language, whose target opens the Translation
 * view at the element's first such text.
 *
 * They do not count in the plan's score: the score measures the logframe's quality, which
 * does not change with the number of languages it is translated into. They are counted in
 * the report's checks table (passed of total) like every rule.
 *
 * Read from the plan as the engine holds it (main texts and translation keys): on a view
 * shown in a further language the main texts are replaced by translations.
 */
import { planLanguages, translationStatuses, type CollectionName, type TranslationTarget } from '../model';
import type { MessageRef } from '../plan-doc/commands/types';
import type { PlanView } from '../plan-doc/view-types';
import { excerpt, indicatorRef, milestoneRef, resultRef, riskRef, type QualityContext } from './quality-context';
import type { Finding, FindingTarget, RuleId, Severity } from './quality-types';

export const TRANSLATION_RULE_IDS = ['translationMissing', 'translationStale'] as const;
export type TranslationRuleId = (typeof TRANSLATION_RULE_IDS)[number];

export const TRANSLATION_SEVERITY: Readonly<Record<TranslationRuleId, Severity>> = { translationMissing: 'suggestion', translationStale: 'warning' };

/** The catalogue key of a rule's label: the translation rules' labels are in the planLanguages namespace. */
export function ruleLabelKey(ruleId: RuleId): string {
  return (TRANSLATION_RULE_IDS as readonly string[]).includes(ruleId) ? `planLanguages.rule.${ruleId}` : `quality.rule.${ruleId}`;
}

/** The field naming an element of each collection in a finding (elements with no number). */
const NAME_FIELD: Readonly<Partial<Record<CollectionName, string>>> = {
  periods: 'label',
  components: 'name',
  mitigations: 'action',
  units: 'name',
  partners: 'name',
  objectives: 'title',
  resources: 'note',
  sections: 'title',
};

/** The collections in the order a reader meets them after the results chain. */
const OTHER_COLLECTIONS: readonly CollectionName[] = ['sections', 'components', 'objectives', 'mitigations', 'partners', 'units', 'periods', 'resources'];

export interface TranslationCheck {
  readonly findings: readonly Finding[];
  readonly tallies: Readonly<Record<TranslationRuleId, { passed: number; total: number }>>;
}

/** The translation findings of a plan, in results-chain order then the other elements'. */
export function checkTranslations(view: PlanView, ctx: QualityContext): TranslationCheck {
  const { further } = planLanguages(view.plan);
  const findings: Finding[] = [];
  const tallies = { translationMissing: { passed: 0, total: 0 }, translationStale: { passed: 0, total: 0 } };
  if (further.length === 0) return { findings, tallies };

  const check = (target: TranslationTarget, entity: object, id: string | null, element: string, ref: Record<string, string | number>) => {
    for (const language of further) {
      const statuses = translationStatuses(target, entity, language).filter((s) => s.state !== 'empty');
      if (statuses.length === 0) continue;
      for (const [ruleId, state] of [
        ['translationMissing', 'missing'],
        ['translationStale', 'stale'],
      ] as const) {
        const hit = statuses.filter((s) => s.state === state);
        const tally = tallies[ruleId];
        tally.total++;
        if (hit.length === 0) {
          tally.passed++;
          continue;
        }
        const message: MessageRef = { key: `planLanguages.finding.${state}`, params: { ...ref, element, language, count: hit.length } };
        const goTo: FindingTarget = { kind: 'translation', target, id, language, path: hit[0]!.path };
        findings.push({ ruleId, severity: TRANSLATION_SEVERITY[ruleId], message, target: goTo });
      }
    }
  };

  check('plan', view.plan, null, 'plan', {});
  const milestonesByResult = new Map<string, string[]>();
  for (const m of Object.values(view.milestones)) milestonesByResult.set(m.resultId, [...(milestonesByResult.get(m.resultId) ?? []), m.id]);
  const seenRisks = new Set<string>();
  for (const node of view.tree) {
    const result = view.results[node.id]!;
    const ref = resultRef(result, node, ctx);
    check('results', result, result.id, 'result', ref);
    (view.indicatorsByResult[node.id] ?? []).forEach((id, position) => check('indicators', view.indicators[id]!, id, 'indicator', indicatorRef(ref, position)));
    for (const id of (milestonesByResult.get(node.id) ?? []).sort()) check('milestones', view.milestones[id]!, id, 'milestone', milestoneRef(view.milestones[id]!, ref));
    for (const risk of Object.values(view.risks)) {
      if (seenRisks.has(risk.id) || !risk.resultIds.includes(node.id)) continue;
      seenRisks.add(risk.id);
      check('risks', risk, risk.id, 'risk', riskRef(risk));
    }
  }
  for (const risk of Object.values(view.risks)) if (!seenRisks.has(risk.id)) check('risks', risk, risk.id, 'risk', riskRef(risk));
  // Indicators and milestones of results that are gone are not shown anywhere: not checked (as in quality.ts).
  for (const collection of OTHER_COLLECTIONS) {
    const field = NAME_FIELD[collection]!;
    for (const entity of Object.values(view[collection]) as Record<string, unknown>[]) {
      const name = typeof entity[field] === 'string' ? excerpt(entity[field]) : '';
      check(collection, entity, entity.id as string, 'named', { collection, name });
    }
  }
  return { findings, tallies };
}
