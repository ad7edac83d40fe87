/**
 * No UI string bypasses the catalogue: a static scan (tests/renderer/i18n/scan.ts) of every
 * renderer/**\/*.tsx for JSX text with letters and literal text in user-facing attributes, and
 * of electron/main for menu and dialog texts not from text(); every catalogue key named
 * literally in the renderer and in main exists in the English catalogue. The fixtures prove
 * the scan finds what it must.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, message } from '../../../shared/i18n';
import { literalKeys, scanElectronMain, scanTsx, type Finding } from './scan';

const ROOT = path.resolve(__dirname, '../../..');

function filesUnder(folder: string, extensions: readonly string[]): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(ROOT, folder), { withFileTypes: true })) {
    const relative = path.posix.join(folder, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(relative, extensions));
    else if (extensions.some((extension) => entry.name.endsWith(extension))) out.push(relative);
  }
  return out.sort();
}

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const show = (findings: readonly Finding[]) => findings.map((f) => `${f.file}:${f.line} ${f.where}: "${f.text}"`);

/**
 * Text that may stay literal, by file and text: the app's name where it is a name, symbols
 * that read the same everywhere. Keep it short: everything else belongs in the catalogue.
 */
const ALLOWED: readonly { readonly file: RegExp; readonly text: string }[] = [
  // A URL's scheme, as the hint of a link field.
  { file: /features\/indicators\/PeriodTable\.tsx$/, text: 'https://' },
  // Key names after a translated label ("Monter (Alt+↑)"): keyboards print them so in all three languages.
  { file: /features\/narrative\/SectionList\.tsx$/, text: '(Alt+↑)' },
  { file: /features\/narrative\/SectionList\.tsx$/, text: '(Alt+↓)' },
  // RACI codes (the legend beside them is translated; aria-hidden).
  { file: /features\/raci\/ResponsibilitiesScreen\.tsx$/, text: 'A/R' },
  // An example of an IATI organisation identifier (a code).
  { file: /features\/settings\/IatiSection\.tsx$/, text: 'XM-DAC-41302' },
];

const allowed = (finding: Finding) => ALLOWED.some((a) => a.file.test(finding.file) && a.text === finding.text);

describe('the scan itself (fixtures)', () => {
  it('finds JSX text, literal user-facing attributes and literal JSX children, and nothing in t() calls', () => {
    const fixture = [
      "export function Bad({ busy, t }: { busy: boolean; t: (key: string) => string }) {",
      '  return (',
      '    <section aria-label="Results chain">',
      '      <h2>Logframe</h2>',
      "      <button title={busy ? 'Saving…' : t('save.saved')} placeholder={`Search ${1}`}>{t('common.save')}</button>",
      "      <img alt='A chart' />",
      "      <p>{busy && 'Working'}</p>",
      "      <span aria-hidden=\"true\">·</span>",
      "      <input aria-label={t('common.search')} value=\"fixed value\" className=\"a b\" />",
      '      {t(\'nav.matrix\')} – {42} <kbd>Ctrl</kbd>+<kbd>Enter</kbd>',
      '    </section>',
      '  );',
      '}',
    ].join('\n');
    expect(show(scanTsx('fixture.tsx', fixture))).toEqual([
      'fixture.tsx:3 aria-label: "Results chain"',
      'fixture.tsx:4 JSX text: "Logframe"',
      'fixture.tsx:5 title: "Saving…"',
      'fixture.tsx:5 placeholder: "Search"',
      "fixture.tsx:6 alt: \"A chart\"",
      'fixture.tsx:7 JSX child: "Working"',
      'fixture.tsx:10 JSX text: "Enter"',
    ]);
  });

  it('finds literal menu labels and dialog texts in main, and leaves text() alone', () => {
    const fixture = [
      "const item = { label: 'Open plan', click: () => undefined };",
      "const translated = { label: text('commands.planNew') };",
      "dialog.showErrorBox('Cannot start', text('electron.rendererMissing'));",
      "void dialog.showMessageBox({ title: text('app.name'), message: 'It stopped', buttons: [text('electron.reload'), 'Quit'] });",
      "const role = { role: 'quit' };",
    ].join('\n');
    expect(show(scanElectronMain('main.ts', fixture))).toEqual([
      'main.ts:1 label: "Open plan"',
      'main.ts:3 dialog.showErrorBox: "Cannot start"',
      'main.ts:4 message: "It stopped"',
      'main.ts:4 buttons: "Quit"',
    ]);
  });

  it('lists keys named literally', () => {
    const fixture = "t('nav.matrix'); i18n.t('common.save', { x: 1 }); notify({ tone: 'info', message: { key: 'app.about' } }); t(`levels.${level}`); t('Not a key');";
    expect(literalKeys('f.ts', fixture).map((k) => k.key)).toEqual(['nav.matrix', 'common.save', 'app.about']);
  });
});

describe('the app', () => {
  it('has no stale allowlist entry (each still matches something)', () => {
    const findings = [...filesUnder('renderer', ['.tsx']).flatMap((file) => scanTsx(file, read(file))), ...filesUnder('electron/main', ['.ts']).flatMap((file) => scanElectronMain(file, read(file)))];
    expect(ALLOWED.filter((a) => !findings.some((f) => a.file.test(f.file) && a.text === f.text)).map((a) => a.text)).toEqual([]);
  });

  it('has no hard-coded user-facing text in renderer/**/*.tsx', () => {
    const findings = filesUnder('renderer', ['.tsx']).flatMap((file) => scanTsx(file, read(file))).filter((f) => !allowed(f));
    expect(show(findings)).toEqual([]);
  });

  it('gives Electron its menu and dialog texts from text(), never literally', () => {
    const findings = filesUnder('electron/main', ['.ts']).flatMap((file) => scanElectronMain(file, read(file))).filter((f) => !allowed(f));
    expect(show(findings)).toEqual([]);
  });

  it('names only keys the English catalogue has (renderer and electron/main)', () => {
    const exists = (key: string) => message(en, key) !== key || message(en, `${key}_other`) !== `${key}_other`;
    const missing = [...filesUnder('renderer', ['.ts', '.tsx']), ...filesUnder('electron/main', ['.ts'])].flatMap((file) =>
      literalKeys(file, read(file))
        // A `key` property may be relative to a namespace the code adds later ('where.plan'): only full keys are checked.
        .filter(({ key, kind }) => (kind === 'call' || Object.hasOwn(en, key.split('.')[0]!)) && !exists(key))
        .map(({ key, line }) => `${file}:${line} ${key}`),
    );
    expect(missing).toEqual([]);
  });
});
