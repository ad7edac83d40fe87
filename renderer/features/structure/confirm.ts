/**
 * What a delete will change, in words, for the confirmation: the same references the
 * delete commands take along (shared/plan-doc/commands/structure.ts counts them), so
 * what the user is told is what happens.
 */
import type { ComponentId, StrategicObjectiveId } from '../../../shared/model';
import { componentReferences, objectiveReferences, unitReferences, type PlanView } from '../../../shared/plan-doc';
import { shortName } from './derive';

type T = (key: string, params?: Record<string, unknown>) => string;

/** "a, b and c" in the interface's language. */
export function listOf(language: string, items: readonly string[]): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
}

export function unitDeleteMessage(t: T, language: string, view: PlanView, unitId: string): string {
  const unit = view.units[unitId]!;
  const name = shortName(unit);
  const refs = unitReferences(view, unitId);
  const owned = [
    ...(refs.risks > 0 ? [t('structure.confirm.risks', { count: refs.risks })] : []),
    ...(refs.mitigations > 0 ? [t('structure.confirm.mitigations', { count: refs.mitigations })] : []),
    ...(refs.ownsPlan ? [t('structure.confirm.thePlan')] : []),
  ];
  const parts = [
    ...(refs.responsibilities > 0 ? [t('structure.confirm.namedIn', { count: refs.responsibilities })] : []),
    ...(owned.length > 0 ? [t('structure.confirm.owns', { things: listOf(language, owned) })] : []),
  ];
  const sentences = [parts.length > 0 ? t('structure.confirm.unitRefs', { unit: name, refs: listOf(language, parts) }) : t('structure.confirm.unitFree', { unit: name })];
  if (refs.children.length > 0) {
    const units = listOf(language, refs.children.map((id) => shortName(view.units[id]!)));
    const count = refs.children.length;
    sentences.push(
      refs.childrenGoTo === null
        ? t('structure.confirm.childrenTop', { count, units })
        : t('structure.confirm.childrenUp', { count, units, parent: shortName(view.units[refs.childrenGoTo]!) }),
    );
  }
  sentences.push(t('structure.confirm.undoable'));
  return sentences.join(' ');
}

export function objectiveDeleteMessage(t: T, view: PlanView, objectiveId: StrategicObjectiveId, name: string): string {
  const { principal, significant } = objectiveReferences(view, objectiveId);
  const count = principal + significant;
  const first = count > 0 ? t('structure.confirm.objectiveRefs', { count, objective: name, principal, significant }) : t('structure.confirm.objectiveFree', { objective: name });
  return `${first} ${t('structure.confirm.undoable')}`;
}

export function componentDeleteMessage(t: T, view: PlanView, componentId: ComponentId, name: string): string {
  const count = componentReferences(view, componentId);
  const first = count > 0 ? t('structure.confirm.componentRefs', { count, component: name }) : t('structure.confirm.componentFree', { component: name });
  return `${first} ${t('structure.confirm.undoable')}`;
}
