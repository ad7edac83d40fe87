/** shared/changes/describe in React: entity, field and value texts in the user's language. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { entityLabel, fieldLabel, valueText, type FieldRef } from '../../../shared/changes/describe';
import type { Translate } from '../../../shared/i18n';
import type { MergeTarget } from '../../../shared/plan-doc/merge';
import type { PlanView } from '../../../shared/plan-doc';
import { tMessage } from '../../i18n';

export interface Describer {
  /** "outcome 1.2 “Policies improved”" (lower case, for inside a sentence). */
  entity(target: MergeTarget, id: string): string;
  /** "target for 2010-11". */
  field(target: MergeTarget, path: readonly string[]): string;
  /** A value for display ("(none)", "“Policies improved”", "8", "5 Jan 2011"). */
  value(value: unknown, field: FieldRef): string;
}

/** Names from `views`, tried in order (e.g. the plan after a merge, then before it). */
export function useDescriber(views: readonly PlanView[]): Describer {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const translate: Translate = (key, params) => t(key, params);
    return {
      entity: (target, id) => tMessage(t, entityLabel(views, target, id)),
      field: (target, path) => tMessage(t, fieldLabel(target, path, views)),
      value: (value, field) => valueText(value, field, { t: translate, views, language }),
    };
  }, [t, views, language]);
}

/** The first letter in upper case: a label starting a line. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
