/** Names for the Conflicts screen (shared/changes/describe in the user's language), and where an entity is shown in the plan. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { entityLabel, fieldLabel, valueText } from '../../../shared/changes/describe';
import type { Translate } from '../../../shared/i18n';
import type { MergeConflict, MergeTarget, PlanView } from '../../../shared/plan-doc';
import { tMessage } from '../../i18n';
import type { PlanTarget } from '../../store';

export interface ConflictNames {
  /** "indicator 2.1.1 “…”" (lower case, for inside a sentence). */
  entity(target: MergeTarget, id: string): string;
  /** "target for 2010-11". */
  field(conflict: MergeConflict): string;
  /** A value as the plan shows it ("8", "“Policies improved”", "5 Jan 2011"). */
  value(conflict: MergeConflict, value: unknown): string;
}

export function useConflictNames(view: PlanView): ConflictNames {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const translate: Translate = (key, params) => t(key, params);
    return {
      entity: (target, id) => tMessage(t, entityLabel(view, target, id)),
      field: (c) => tMessage(t, fieldLabel(c.target, c.path, view)),
      value: (c, value) => valueText(value, c, { t: translate, views: view, language }),
    };
  }, [t, view, language]);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Where the plan shows an entity (for "Show in the plan"), or null when no screen focuses it. */
export function planTargetOf(view: PlanView, target: MergeTarget, id: string): PlanTarget | null {
  switch (target) {
    case 'plan':
      return { kind: 'plan' };
    case 'results':
      return view.results[id] ? { kind: 'result', id } : null;
    case 'indicators':
      return view.indicators[id] ? { kind: 'indicator', id } : null;
    case 'risks':
      return view.risks[id] ? { kind: 'risk', id } : null;
    case 'mitigations': {
      const riskId = view.mitigations[id]?.riskId;
      return riskId && view.risks[riskId] ? { kind: 'risk', id: riskId } : null;
    }
    case 'milestones':
      return view.milestones[id] ? { kind: 'milestone', id } : null;
    case 'sections':
      return view.sections[id] ? { kind: 'section', id } : null;
    default:
      return null;
  }
}

/** What a new value for a field can be written as: by the kind of the values it holds. */
export type NewValueKind = 'number' | 'text' | 'longText' | 'date' | null;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function newValueKind(conflict: MergeConflict): NewValueKind {
  const values = conflict.values.map((v) => v.value).filter((v) => v !== null);
  if (values.length === 0) return null;
  if (values.every((v) => typeof v === 'number')) return 'number';
  if (values.every((v) => typeof v === 'string')) {
    const strings = values as string[];
    if (strings.every((s) => ISO_DATE.test(s))) return 'date';
    return strings.some((s) => s.length > 80 || s.includes('\n')) ? 'longText' : 'text';
  }
  // Lists, yes/no and grouped values: keep one of those held.
  return null;
}

/** Sort position of a conflict's entity: the plan, then results and what hangs on them in tree order, then the rest. */
export function entityOrder(view: PlanView, target: MergeTarget, id: string): number {
  if (target === 'plan') return -1;
  const tree = (resultId: string | undefined) => (resultId !== undefined ? (view.treeIndex[resultId] ?? 1e6) : 1e6);
  switch (target) {
    case 'results':
      return tree(id) * 10;
    case 'indicators':
      return tree(view.indicators[id]?.resultId) * 10 + 1;
    case 'milestones':
      return tree(view.milestones[id]?.resultId) * 10 + 2;
    default:
      return 1e8;
  }
}
