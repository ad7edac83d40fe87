import type { Catalogue } from './en';

/** The Conflicts screen: fields two offices changed at once, and their resolution. */
export const conflicts: Catalogue['conflicts'] = {
  title: 'Conflicts',
  navCount: 'Conflicts ({{count}})',
  intro:
    'Two offices changed these fields in their own copies before either saw the other\'s change. Every value is kept until you choose one; meanwhile the plan shows the one marked "shown now". Your choice travels in the next plan file you send, so every office ends with the same value.',
  summary_one: '{{count}} field holds more than one value.',
  summary_other: '{{count}} fields hold more than one value.',
  loading: 'Looking for conflicts…',
  loadFailed: 'The conflicts could not be read: {{reason}}',
  empty: 'No conflicts: every field has one value.',
  emptyExplain:
    'A conflict appears when two offices change the same field (a target, a statement, a date) in their copies of the plan and the copies are then merged by opening a plan file. Both values are kept and listed here for you to choose. Narrative text is merged word by word and never conflicts.',
  entity: 'Where',
  goTo: 'Show in the plan',
  goToLabel: 'Show {{entity}} in the plan',
  valuesOf: 'Values of {{field}}',
  unnamedOffice: 'unnamed office',
  unknownTime: 'time not recorded',
  byUndo: 'put back by undo',
  shownNow: 'shown now',
  emptyValue: '(empty)',
  keep: 'Keep this value',
  keepLabel: 'Keep {{value}} from {{office}} for {{field}} of {{entity}}',
  writeOther: 'Write another value…',
  writeOtherLabel: 'Write another value for {{field}} of {{entity}}',
  newValue: 'New value for {{field}}',
  newValueHint: 'Replaces every value kept for this field.',
  saveValue: 'Save value',
  cancel: 'Cancel',
  noNewValue: 'This kind of field takes one of the values kept: choose one above.',
  notices: {
    resolved: 'Conflict settled: {{field}} of {{entity}} is now {{value}}. Other offices get this with your next plan file.',
  },
  errors: {
    entityGone: 'That item is no longer in the plan, so its conflict cannot be settled.',
    textField: 'Narrative text is merged word by word and has no conflicts to settle.',
    noConflict: 'That field ({{field}}) holds one value now: there is nothing to settle.',
    invalidValue: 'That value is not valid for this field ({{field}}).',
    numberRequired: 'Enter a number, such as 12 or 4.5.',
    textRequired: 'Enter a value.',
    textTooLong: 'This is too long: at most {{max}} characters.',
  },
  history: {
    resolve: 'resolve conflict',
  },
};
