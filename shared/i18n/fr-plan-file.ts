import type { Catalogue } from './en';

/** Messages about plan files (.rbmplan): why a file cannot be read or written. */
export const planFile: Catalogue['planFile'] = {
  errors: {
    empty: 'The file is empty.',
    tooLarge: 'The file is too large to be a plan file ({{size}} bytes; the limit is {{max}} bytes).',
    notText: 'The file is not a plan file: it is not UTF-8 text.',
    notJson: 'The file is not a plan file, or it is damaged or cut short: it is not valid JSON.',
    tooDeep: 'The file is not a plan file: its data is nested more than {{max}} levels deep.',
    forbiddenKey: 'The file was refused: it holds the key "{{key}}", which a plan file never has and which could be used to attack the program.',
    notAPlanFile: 'The file is not an RBM Planner plan file (its format is not "rbm-plan").',
    newerVersion: 'The file was made by a newer version of RBM Planner (plan file format {{version}}; this version reads format {{supported}}). Update RBM Planner to open it.',
    invalidEnvelope: 'The plan file is damaged: its field "{{field}}" is missing or not valid.',
    unsupportedKind: 'The plan file holds "{{kind}}", which this version of RBM Planner cannot open. Ask the sender for a full plan file.',
    badPayload: 'The plan file is damaged: its plan data is not valid base64.',
    checksumMismatch: 'The plan file is damaged: its plan data does not match its checksum (it was changed or cut short after it was written).',
    unreadableDocument: 'The plan file is damaged: its plan data cannot be read.',
    newerDocument: 'The plan in this file was saved by a newer version of RBM Planner (plan document version {{version}}; this version reads up to {{supported}}). Update RBM Planner to open it.',
    headsMismatch: 'The plan file is damaged: changes it names are missing from its plan data.',
    planIdMismatch: 'The plan file is damaged: it names plan {{file}} but holds plan {{document}}.',
    viewOutOfDate: 'The plan changed while the file was being written. Save the file again.',
    changesOnly: 'The file holds only the changes to "{{title}}" since an earlier file, not a whole plan: it can be applied to a copy of that plan, not opened on its own.',
    badChanges: 'The plan file is damaged: the changes it holds cannot be read.',
    missingBase: 'This file continues changes you have not received ({{count}} missing: {{missing}}); ask the sender for a full file.',
    otherPlan: 'The file holds changes to another plan ({{file}}), not to this one ({{local}}).',
    noChanges: 'There are no changes since the heads given: there is nothing to put in a changes file.',
    invalidPlan: 'The plan file is damaged: the plan it holds has a value that is not valid ({{field}}).',
    baseNotInPlan: 'The plan does not have the changes the file would build on ({{missing}}); write a full file instead.',
  },
};
