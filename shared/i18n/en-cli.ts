/** Messages of the command line (rbm). */
export const cli = {
  usage: `rbm: RBM Planner on the command line

Usage:
  rbm export <plan.rbmplan> --format <format> --out <file> [options]
  rbm new-sample --out <file.rbmplan> [--office <name>]
  rbm info <file.rbmplan> [--json]
  rbm validate <file.rbmplan>...
  rbm merge <master.rbmplan> <file.rbmplan>... --out <file.rbmplan>
  rbm help [<command>]
  rbm --help

Commands:
  export       Write a plan file as a Word document, an Excel tracking sheet,
               IATI 2.03 results XML, the print view (HTML) or a PDF
  new-sample   Write the sample plan as a plan file, to try the other commands
  info         Show what a plan file holds: plan, office, kind, heads, counts
  validate     Check plan files as the app does before it opens them
  merge        Merge offices' plan files into the master plan, listing what each
               changed and the conflicts
  help         Show how to use a command

Exit codes: 0 done, 1 the work failed (a file could not be read or written),
2 the command line is wrong.

Run "rbm help export" for the export options.`,
  help: {
    export: `Usage: rbm export <plan.rbmplan> --format <format> --out <file> [options]

Writes a plan file (.rbmplan) as a document.

  --format <format>     docx   Word: strategy paper and logframe
                        pdf    the same as PDF (needs Chromium; see below)
                        html   the print view as one HTML file (print it from a browser)
                        xlsx   Excel: the logframe and the indicator tracking sheet
                        iati   IATI 2.03 results XML (the plan needs its IATI identifiers)
  --out <file>          where to write it; an existing file is replaced in one step,
                        never left half-written
  --as-of <yyyy-mm-dd>  the date progress and statuses are reported as of
                        (default: the plan's status date, else today)
  --language <code>     language of the document: its texts where the plan is translated
                        into it and its labels (default: the plan's main language;
                        labels in {{languages}})

Only for docx, pdf and html:
  --layout <layout>     columns of the logframe matrix: plan (the plan's template, default),
                        eu (EU logframe), dfid (DFID/FCDO logframe), un (UN results matrix)
  --paper <size>        A4 (default) or Letter
  --parts <list>        the parts to include, comma-separated, in any order (default: all):
                        {{parts}}

PDF: the print view is turned into PDF by Chromium, run headless. It is looked for
in RBM_CHROMIUM (a path to the browser), then on the PATH as chromium,
chromium-browser, google-chrome or google-chrome-stable.

Example:
  rbm export plan.rbmplan --format docx --layout eu --paper Letter --out plan.docx`,
    'new-sample': `Usage: rbm new-sample --out <file.rbmplan> [--office <name>]

Writes the sample plan (Office-wide strategy on labour migration, 2010-15, built
from the ILO's evaluation of its strategy for migrant workers) as a plan file, with
fresh ids, so you can try the other commands on it.

  --out <file>          where to write it (.rbmplan); an existing file is replaced in one step
  --office <name>       the office the file says it comes from (default: Command line)

Example:
  rbm new-sample --out sample.rbmplan
  rbm export sample.rbmplan --format pdf --out sample.pdf`,
    info: `Usage: rbm info <file.rbmplan> [--json]

Shows what a plan file holds, as written in it: the plan's title and id, the kind of
file (full: the whole plan; changes: only the changes since an earlier state, with the
base heads the receiving copy must have), the office and actor it comes from, when it
was made, its format and version, its heads, the number of results, indicators, risks
and others, its size, and whether its checksum and plan are sound (the file is checked
as the app checks it before opening it).

  --json                print it as one JSON object, for scripts

Exit codes: 0 the file is sound, 1 it is damaged or cannot be read (what can still be
read of it is shown, with the problem).

Example:
  rbm info nairobi.rbmplan`,
    validate: `Usage: rbm validate <file.rbmplan>...

Checks each plan file as the app does before it opens it: size, JSON, format and
version, every field, the checksum and the plan itself. Prints "OK: <file> (<plan>,
<kind>)" for each sound file and the problem for each other one.

Exit codes: 0 every file is sound, 1 at least one is not.

Example:
  rbm validate inbox/*.rbmplan`,
    help: `Usage: rbm help [<command>]

Shows how to use rbm, or one of its commands (export, new-sample, info, validate, merge).`,
  },
  merge: {
    help: `Usage: rbm merge <master.rbmplan> <file.rbmplan>... --out <file.rbmplan> [--office <name>]

Merges offices' plan files into the master plan, in the order given, and writes the
merged plan as a full plan file. For each file it prints what the file changed (added,
changed with before and after, deleted; narrative text with [-deleted-] and {+inserted+}
words); at the end, the conflicts (fields two offices changed, each value with its office
and time; the plan keeps them all until someone picks one) and any results left unplaced.
A file of another plan is refused. A "changes" file is applied onto the plan as merged so
far, which must have the changes it builds on.

  --out <file>          where to write the merged plan; replaced in one step, never half-written
  --office <name>       the office the merged file says it comes from (default: Command line)

Example:
  rbm merge master.rbmplan nairobi.rbmplan dakar.rbmplan --out merged.rbmplan`,
    master: 'Master plan: "{{title}}" ({{path}})',
    file: 'From {{office}} ({{path}}, made {{date}}): {{summary}}',
    fileNothingNew: 'From {{office}} ({{path}}, made {{date}}): nothing new',
    count: {
      added: '{{count}} added',
      changed: '{{count}} changed',
      deleted: '{{count}} deleted',
      conflicts_one: '{{count}} conflict',
      conflicts_other: '{{count}} conflicts',
    },
    added: 'Added {{entity}}',
    deleted: 'Deleted {{entity}}',
    changed: '{{entity}} {{field}}: {{before}} → {{after}}',
    textChanged: '{{entity}} {{field}}: {{text}}',
    none: '(none)',
    unknownOffice: 'an unnamed office',
    unknownTime: 'unknown time',
    noConflicts: 'No conflicts.',
    conflicts_one: '{{count}} conflict (both values are kept; pick one in the app):',
    conflicts_other: '{{count}} conflicts (all values are kept; pick one in the app):',
    conflict: '{{entity}} {{field}}: {{values}}',
    conflictValue: '{{value}} ({{office}}, {{time}})',
    conflictValueShown: '{{value}} ({{office}}, {{time}}; shown)',
    unplaced_one: '{{count}} result is unplaced after the merge (shown under "Unplaced" to be re-attached):',
    unplaced_other: '{{count}} results are unplaced after the merge (shown under "Unplaced" to be re-attached):',
    unplacedReason: {
      cycle: "{{entity}} '{{statement}}': two offices moved results into each other",
      missingParent: "{{entity}} '{{statement}}': the result it was under is deleted",
    },
    done: 'Wrote the merged plan "{{title}}" to {{path}} ({{size}}).',
    entity: {
      plan: 'Plan',
      results: 'Result {{name}}',
      indicators: 'Indicator {{name}}',
      periods: 'Period {{name}}',
      components: 'Component {{name}}',
      milestones: 'Milestone {{name}}',
      risks: 'Risk {{name}}',
      mitigations: 'Mitigation {{name}}',
      units: 'Unit {{name}}',
      responsibilities: 'Responsibility {{name}}',
      partners: 'Partner {{name}}',
      objectives: 'Objective {{name}}',
      resources: 'Resource {{name}}',
      sections: 'Section {{name}}',
    },
    field: {
      targets: 'target',
      actuals: 'actual',
      targetsNotApplicable: 'target not applicable',
      categoryTargets: 'category target',
      parentId: 'place (under)',
      sortKey: 'order',
      finalTarget: 'final target',
      resultIds: 'linked results',
      ownerUnitId: 'owner',
    },
    errors: {
      missingMaster: 'Name the master plan file and the files to merge into it.',
      missingFiles: 'Name at least one plan file to merge into the master.',
      otherPlan: 'Cannot merge {{path}}: it is the plan "{{title}}" ({{planId}}), not "{{master}}" ({{masterId}}). Open it in the app as a separate plan instead.',
      unreadable: 'Cannot merge {{path}}: its plan data cannot be read.',
    },
  },
  info: {
    heading: 'Plan file {{path}}',
    labels: {
      title: 'Plan',
      planId: 'Plan id',
      kind: 'Kind',
      from: 'From',
      createdAt: 'Made',
      format: 'Format',
      heads: 'Heads',
      baseHeads: 'Base heads',
      counts: 'Counts',
      size: 'Size',
      checksum: 'Checksum',
      status: 'Status',
    },
    kinds: {
      full: 'full plan',
      changes: 'changes only',
    },
    from: '{{office}} (actor {{actor}})',
    noOffice: 'no office named',
    format: '{{format}}, version {{version}}',
    headCount_one: '{{count}} head',
    headCount_other: '{{count}} heads',
    size: '{{size}} (plan data {{payload}})',
    checksum: {
      ok: 'SHA-256 matches the plan data ({{sha256}})',
      mismatch: 'SHA-256 does NOT match the plan data (expected {{sha256}})',
      unreadable: 'the plan data is not valid base64 (expected SHA-256 {{sha256}})',
    },
    valid: {
      full: 'OK: a whole plan, ready to open or merge',
      changes: 'OK: changes that apply onto a copy of the plan that has the base heads',
    },
    invalid: 'NOT VALID: {{message}}',
  },
  validate: {
    ok: 'OK: {{path}} ({{title}}, {{kind}})',
    invalid: 'INVALID: {{path}}: {{message}}',
    unreadable: 'INVALID: {{message}}',
    summary_one: '{{valid}} of {{count}} file is valid.',
    summary_other: '{{valid}} of {{count}} files are valid.',
  },
  defaultOffice: 'Command line',
  size: {
    bytes_one: '{{count}} byte',
    bytes_other: '{{count}} bytes',
    kb: '{{size}} KB',
    mb: '{{size}} MB',
  },
  done: {
    written: 'Wrote {{path}} ({{size}}).',
    exported: 'Exported "{{title}}" as {{format}} to {{path}} ({{size}}), as of {{asOf}}.',
    sample: 'Wrote the sample plan "{{title}}" to {{path}} ({{size}}). Try: rbm export {{path}} --format docx --out plan.docx',
  },
  formats: {
    docx: 'Word',
    xlsx: 'Excel',
    iati: 'IATI XML',
    html: 'print HTML',
    pdf: 'PDF',
  },
  errors: {
    prefix: 'rbm: {{message}}',
    seeHelp: 'Run "rbm help {{command}}" to see how to use it.',
    seeUsage: 'Run "rbm --help" to see the commands.',
    noCommand: 'No command given.',
    unknownCommand: 'Unknown command "{{command}}". The commands are export, new-sample, info, validate, merge and help.',
    unknownOption: 'Unknown option "{{option}}" for {{command}}.',
    missingValue: 'The option {{option}} needs a value.',
    repeatedOption: 'The option {{option}} is given twice.',
    notAFlag: 'The option {{option}} takes no value.',
    missingOption: 'The option {{option}} is required.',
    missingInput: 'Name the plan file to export (a .rbmplan file).',
    missingFile: 'Name the plan file (a .rbmplan file).',
    missingFiles: 'Name at least one plan file (a .rbmplan file) to check.',
    extraArgument: 'Unexpected argument "{{argument}}".',
    badFormat: 'Unknown format "{{value}}": use docx, xlsx, iati, html or pdf.',
    badLayout: 'Unknown layout "{{value}}": use plan, eu, dfid or un.',
    badPaper: 'Unknown paper size "{{value}}": use A4 or Letter.',
    badPart: 'Unknown part "{{value}}": the parts are {{parts}}.',
    noParts: 'Name at least one part with --parts.',
    badDate: '"{{value}}" is not a date: write it as yyyy-mm-dd, e.g. 2012-01-31.',
    optionNotForFormat: 'The option {{option}} applies to docx, pdf and html only, not to {{format}}.',
    fileNotFound: 'Cannot read {{path}}: there is no such file.',
    notAFile: 'Cannot read {{path}}: it is a folder, not a file.',
    cannotRead: 'Cannot read {{path}}: {{reason}}.',
    readPlan: 'Cannot read the plan file {{path}}: {{message}}',
    outDirMissing: 'Cannot write {{path}}: the folder {{dir}} does not exist.',
    outIsFolder: 'Cannot write {{path}}: it is a folder.',
    outIsInput: 'The output {{path}} is the plan file being exported; choose another --out.',
    cannotWrite: 'Cannot write {{path}}: {{reason}}.',
    exportFailed: 'The {{format}} export failed: {{reason}}',
    iati: 'Cannot export to IATI: {{message}}',
    noChromium: 'No Chromium was found to make the PDF{{tried}}. Export with --format html and print it to PDF from a browser, or install Chromium (e.g. "apt install chromium") or set RBM_CHROMIUM to the path of a Chromium or Google Chrome.',
    rbmChromiumMissing: ' (RBM_CHROMIUM is set to {{path}}, which is not an executable file)',
    chromiumFailed: 'Chromium could not make the PDF (exit code {{code}}). {{detail}}',
    chromiumTimeout: 'Chromium did not finish the PDF within {{seconds}} seconds.',
    unexpected: 'Something went wrong: {{reason}}',
  },
} as const;
