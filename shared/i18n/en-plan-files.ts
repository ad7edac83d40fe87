/**
 * Plan files in the app: saving one for an office, opening one (preview of a merge,
 * adding a new plan), undoing an import, naming this office on first start.
 */
export const planFiles = {
  office: {
    title: 'Name this office',
    intro: 'RBM Planner records which office made each change to a plan, so that headquarters and field offices can see who changed what when they exchange plan files.',
    label: 'Office name',
    hint: 'For example "Nairobi office" or "Headquarters, Geneva". You can change it later under Settings.',
    required: 'Enter the name of this office.',
    tooLong: 'The name is too long (at most 200 characters).',
    continue: 'Continue',
  },
  errors: {
    cannotOpen: 'Could not open "{{name}}"',
    tooLarge: 'The file is too large to be a plan file.',
    unreadable: 'The file could not be read (it may have been moved, or access to it was refused).',
    notAFile: 'That is a folder, not a file.',
    changesForMissingPlan: 'The file holds only the changes to "{{title}}" since an earlier file, and that plan is not on this computer. Ask the sender for a whole plan file.',
    planInBin: 'The plan in this file, "{{title}}", is in the bin on this computer. Restore it from the library, then open the file again.',
    planOpenElsewhere: 'The plan in this file is open in another window. Close it there, then open the file again.',
    otherPlanOpen: 'Another plan is open and its changes cannot be saved, so the file was not opened.',
    staleImport: 'The plan changed while the preview was open. Open the file again to see what it changes now.',
    alreadyUndone: 'That import was already undone.',
    changedSince: 'The plan has changed since that import, so it can no longer be undone on its own. Use History to go back to an earlier version.',
    noPlanOpen: 'Open a plan first.',
  },
  notices: {
    imported: 'Merged "{{name}}" from {{office}}: {{summary}}.',
    importedNothing: '"{{name}}" from {{office}} holds nothing new: the plan already has all of it.',
    added: 'Added the plan "{{title}}" from {{office}}.',
    saved: 'Saved the plan file {{name}}.',
    undone: 'Undid the import of "{{name}}".',
    conflictsFound_one: 'The merge left {{count}} conflict: two offices changed the same field. Review it under Conflicts.',
    conflictsFound_other: 'The merge left {{count}} conflicts: two offices changed the same field. Review them under Conflicts.',
    summary: '{{added}} added, {{changed}} changed, {{deleted}} deleted',
  },
  unknownOffice: 'an unnamed office',
} as const;
