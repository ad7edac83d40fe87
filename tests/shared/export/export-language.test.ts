/**
 * Documents in any of the plan's languages (issue 8, part 3): the sample plan with French
 * translations of some texts (made through the commands, as the app makes them) exported in
 * French has French labels and French texts, the untranslated texts in English (marked as
 * English in Word and HTML, counted on the cover); in Spanish (not a plan language) Spanish
 * labels around the English texts; in English exactly the document it was before the
 * translations. IATI holds a narrative per language, valid against the 2.03 schema; the
 * French workbook has French sheets and texts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../shared/dates';
import { renderDocx } from '../../../shared/export/docx';
import { renderPrintHtml } from '../../../shared/export/html';
import { renderIati } from '../../../shared/export/iati';
import { countUntranslated, documentLanguages, isDocumentLanguage, labelLanguage, localizeView, untranslated } from '../../../shared/export/language';
import { REPORT_PARTS, type Report, type ReportOptions } from '../../../shared/export/report';
import { buildReport } from '../../../shared/export/report-build';
import { renderXlsx, sheetName } from '../../../shared/export/xlsx';
import { readTrackingSheet } from '../../../shared/export/xlsx-import';
import { translator } from '../../../shared/i18n';
import { PlanSession, setPlanLanguages, setTranslation, type PlanView } from '../../../shared/plan-doc';
import { buildSamplePlan } from '../../../shared/sample';
import { ACTOR_A, counterHex } from '../../fixtures/plans';

const SCHEMA = join(process.cwd(), 'standards/iati-2.03/iati-activities-schema.xsd');
const OPTIONS: ReportOptions = { parts: REPORT_PARTS, layout: 'plan', paper: 'A4', language: 'en', asOf: '2012-01-31', generatedOn: '2026-11-29' };

function sampleSession(): PlanSession {
  const clock = fixedClock('2012-02-01T10:00:00.000Z');
  return PlanSession.create(buildSamplePlan({ randomHex: counterHex(), clock, officeName: 'Geneva' }), { actor: ACTOR_A, office: 'Geneva', clock });
}

/** The sample plan before and after French is added and some texts translated. */
function translatedSample() {
  const s = sampleSession();
  const before = s.view;
  s.run(setPlanLanguages, { add: ['fr'] });
  const outcome = before.tree.map((n) => before.results[n.id]!).find((r) => r.level === 'outcome' && (before.indicatorsByResult[r.id] ?? []).length > 0)!;
  const other = before.tree.map((n) => before.results[n.id]!).find((r) => r.level === 'output' && r.statement.trim() !== '' && (before.indicatorsByResult[r.id] ?? []).length > 0)!;
  const indicator = before.indicators[before.indicatorsByResult[outcome.id]![0]!]!;
  const fr = {
    statement: 'Les travailleurs migrants sont mieux protégés grâce à des politiques fondées sur les droits',
    definition: 'Nombre de pays dotés d’une politique migratoire tenant compte du genre',
    title: 'Stratégie de l’organisation sur les migrations de main-d’œuvre, 2010-2015',
  };
  s.run(setTranslation, { target: 'results', id: outcome.id, language: 'fr', path: 'statement', text: fr.statement });
  s.run(setTranslation, { target: 'indicators', id: indicator.id, language: 'fr', path: 'definition', text: fr.definition });
  s.run(setTranslation, { target: 'plan', id: null, language: 'fr', path: 'title', text: fr.title });
  return { session: s, before, after: s.view, outcome, other, indicator, fr };
}

/** Every run's text of a report, with its language, in order. */
function runs(report: Report): { text: string; lang?: string }[] {
  const out: { text: string; lang?: string }[] = [];
  for (const section of report.sections) {
    for (const block of section.blocks) {
      if (block.kind === 'heading') out.push({ text: block.text });
      else if (block.kind === 'paragraph') out.push(...block.runs);
      else if (block.kind === 'list') for (const item of block.items) out.push(...item);
      else if (block.kind === 'table') {
        for (const c of block.table.columns) out.push({ text: c.header });
        for (const row of block.table.rows) for (const c of row.cells) for (const line of c.lines) out.push(...line);
      } else for (const f of block.items) out.push({ text: f.label }, { text: f.value });
    }
  }
  return out;
}

const allText = (report: Report) => [report.title, ...(report.cover?.facts.flatMap((f) => [f.label, f.value]) ?? []), ...runs(report).map((r) => r.text)].join('\n');

function schemaErrors(xml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'rbm-iati-lang-'));
  const file = join(dir, 'activity.xml');
  writeFileSync(file, xml, 'utf8');
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, file], { stdio: 'pipe' });
    return '';
  } catch (e) {
    return String((e as { stderr?: Buffer }).stderr ?? e);
  }
}

describe('document languages of a plan', () => {
  it('offers the main language, the further ones, then the catalogue languages; labels fall back to English', () => {
    const { after } = translatedSample();
    expect(documentLanguages(after.plan).map((l) => [l.code, l.main, l.inPlan, l.catalogue])).toEqual([
      ['en', true, true, true],
      ['fr', false, true, true],
      ['es', false, false, true],
    ]);
    expect(isDocumentLanguage(after.plan, 'de')).toBe(false);
    expect(labelLanguage('de')).toBe('en');
    expect(labelLanguage('es')).toBe('es');
  });

  it('counts the texts not translated into a language, none for the main language', () => {
    const { before, after } = translatedSample();
    const left = untranslated(after, 'fr');
    const everything = untranslated(before, 'fr');
    // Three texts are translated: the count is three fewer than a plan with no translation at all.
    expect(everything.count - left.count).toBe(3);
    expect(left.count).toBeGreaterThan(50);
    expect(untranslated(after, 'en').count).toBe(0);
    expect(countUntranslated(after, 'fr')).toBe(left.count);
  });
});

describe('Word and the print view in the plan\'s languages', () => {
  it('in French: French labels and the French texts, the untranslated texts in English marked as English, the count on the cover', async () => {
    const { after, outcome, other, indicator, fr } = translatedSample();
    const report = buildReport(after, { ...OPTIONS, language: 'fr' });
    const t = translator('fr');
    const text = allText(report);
    expect(report.language).toBe('fr');
    expect(report.title).toBe(fr.title);
    expect(text).toContain(fr.statement);
    expect(text).toContain(fr.definition);
    expect(text).not.toContain(outcome.statement);
    expect(text).not.toContain(indicator.definition);
    // Labels from the French catalogue (not English copies of them).
    expect(t('exportDoc.logframe.title')).not.toBe(translator('en')('exportDoc.logframe.title'));
    expect(text).toContain(t('exportDoc.logframe.title'));
    expect(text).not.toContain(translator('en')('exportDoc.logframe.title'));
    // An untranslated result stays in English and says so in its run's language.
    const untranslatedRun = runs(report).find((r) => r.text === other.statement);
    expect(untranslatedRun?.lang).toBe('en');
    expect(runs(report).find((r) => r.text === fr.statement)?.lang).toBeUndefined();
    // So does an untranslated section title (a heading of the strategy paper).
    const sectionTitle = after.sections[after.sectionOrder[0]!]!.title;
    expect(report.sections[0]!.blocks.find((b) => b.kind === 'heading' && b.text === sectionTitle)).toMatchObject({ lang: 'en' });
    // The cover: the language and how many texts are still in English; French dates.
    const facts = Object.fromEntries(report.cover!.facts.map((f) => [f.label, f.value]));
    expect(facts['Langue']).toBe('Français');
    expect(facts['Pas encore traduit']).toBe(`${untranslated(after, 'fr').count} textes figurent en anglais`);
    expect(facts[t('exportDoc.cover.asOf')]).toBe('31 janvier 2012');
    expect(facts[t('exportDoc.cover.period')]).toBe(t('exportDoc.cover.periodValue', { start: '1er janvier 2010', end: '31 décembre 2015' }));

    const files = unzipSync(await renderDocx(report));
    const documentXml = strFromU8(files['word/document.xml']!);
    expect(documentXml).toContain(fr.statement.replace(/’/g, '’'));
    expect(documentXml).not.toContain(outcome.statement);
    expect(strFromU8(files['word/styles.xml']!)).toContain('<w:lang w:val="fr"/>');
    expect(documentXml).toContain(`<w:r><w:rPr><w:lang w:val="en"/></w:rPr><w:t xml:space="preserve">${other.statement}</w:t></w:r>`);

    const html = renderPrintHtml(report);
    const doc = new new Window().DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    expect(doc.documentElement.getAttribute('lang')).toBe('fr');
    expect(Array.from(doc.querySelectorAll('span[lang="en"]')).some((span) => span.textContent === other.statement)).toBe(true);
    expect(doc.querySelector('h2[lang="en"]')?.textContent).toBe(sectionTitle);
    expect(doc.body.textContent).toContain(fr.statement);
  });

  it('in Spanish, which the plan is not written in: Spanish labels and dates around the English texts', () => {
    const { after, outcome } = translatedSample();
    const report = buildReport(after, { ...OPTIONS, language: 'es' });
    const t = translator('es');
    const text = allText(report);
    expect(t('exportDoc.logframe.title')).not.toBe(translator('en')('exportDoc.logframe.title'));
    expect(text).toContain(t('exportDoc.logframe.title'));
    expect(text).toContain(outcome.statement);
    const facts = Object.fromEntries(report.cover!.facts.map((f) => [f.label, f.value]));
    expect(facts['Idioma']).toBe('Español');
    expect(facts[t('exportDoc.cover.asOf')]).toBe('31 de enero de 2012');
  });

  it('in English, the main language, exactly the document made before the translations', () => {
    const { before, after } = translatedSample();
    expect(buildReport(after, OPTIONS)).toEqual(buildReport(before, OPTIONS));
  });

  it('in a plan language without a catalogue: its texts, English labels, and the dialog\'s language in the document', () => {
    const { session, outcome } = translatedSample();
    session.run(setPlanLanguages, { add: ['de'] });
    session.run(setTranslation, { target: 'results', id: outcome.id, language: 'de', path: 'statement', text: 'Wanderarbeitnehmer sind besser geschützt' });
    const report = buildReport(session.view, { ...OPTIONS, language: 'de', parts: ['cover', 'logframe'] });
    const text = allText(report);
    expect(report.language).toBe('de');
    expect(text).toContain('Wanderarbeitnehmer sind besser geschützt');
    expect(text).toContain(translator('en')('exportDoc.logframe.title'));
    expect(Object.fromEntries(report.cover!.facts.map((f) => [f.label, f.value]))['Language']).toBe('German');
  });

  it('without a cover, the note on untranslated texts opens the first part', () => {
    const { after } = translatedSample();
    const report = buildReport(after, { ...OPTIONS, language: 'fr', parts: ['logframe'] });
    const [heading, note] = report.sections[0]!.blocks;
    expect(heading).toMatchObject({ kind: 'heading', level: 1 });
    expect(note).toMatchObject({ kind: 'paragraph', note: true });
    expect(note!.kind === 'paragraph' && note!.runs[0]!.text).toMatch(/^Langue : |^Langue: /);
  });
});

describe('IATI in every language of the plan', () => {
  it('writes the main text without xml:lang and a French narrative where the text is translated, valid against the 2.03 schema', () => {
    const { after, outcome, indicator, fr } = translatedSample();
    const xml = renderIati(after, { asOf: '2012-01-31', generatedAt: '2012-02-01T10:00:00Z' });
    expect(schemaErrors(xml)).toBe('');
    const doc = new new Window().DOMParser().parseFromString(xml, 'application/xml') as unknown as Document;
    const activity = doc.getElementsByTagName('iati-activity')[0]!;
    expect(activity.getAttribute('xml:lang')).toBe('en');
    const narrativesOf = (e: Element) => Array.from(e.children).filter((c) => c.tagName === 'narrative').map((n) => [n.getAttribute('xml:lang'), n.textContent]);
    const title = Array.from(activity.children).find((c) => c.tagName === 'title')!;
    expect(narrativesOf(title)).toEqual([[null, after.plan.title], ['fr', fr.title]]);
    const result = Array.from(doc.getElementsByTagName('result')).find((r) => narrativesOf(r.getElementsByTagName('title')[0]!)[0]![1] === outcome.statement)!;
    expect(narrativesOf(result.getElementsByTagName('title')[0]!)).toEqual([[null, outcome.statement], ['fr', fr.statement]]);
    const indicatorTitle = Array.from(result.getElementsByTagName('indicator'))
      .map((i) => i.getElementsByTagName('title')[0]!)
      .find((e) => narrativesOf(e)[0]![1] === indicator.definition)!;
    expect(narrativesOf(indicatorTitle)).toEqual([[null, indicator.definition], ['fr', fr.definition]]);
    // Untranslated texts have no French narrative, and the main language never carries xml:lang.
    const frenchNarratives = Array.from(doc.getElementsByTagName('narrative')).filter((n) => n.getAttribute('xml:lang') === 'fr');
    expect(frenchNarratives.map((n) => n.textContent).sort()).toEqual(
      // The plan's title appears in the title and in the general description.
      expect.arrayContaining([fr.title, fr.statement, fr.definition]),
    );
    expect(frenchNarratives.every((n) => n.parentElement!.getElementsByTagName('narrative')[0]!.getAttribute('xml:lang') === null)).toBe(true);
    expect(Array.from(doc.getElementsByTagName('narrative')).filter((n) => n.getAttribute('xml:lang') === 'en')).toHaveLength(0);
  });

  it('writes the same file as before for a plan in one language', () => {
    const { before } = translatedSample();
    const s = sampleSession();
    s.run(setPlanLanguages, { add: ['fr'] });
    const options = { asOf: '2012-01-31', generatedAt: '2012-02-01T10:00:00Z' };
    expect(renderIati(s.view, options)).toBe(renderIati(before, options));
  });
});

describe('Excel in the plan\'s languages', () => {
  it('in French: French sheet names and headers (valid sheet names), French texts where translated', async () => {
    const { after, outcome, other, fr } = translatedSample();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(after, { language: 'fr', asOf: '2012-01-31', generatedOn: '2026-11-29' })) as unknown as ArrayBuffer);
    const t = translator('fr');
    expect(wb.worksheets.map((w) => w.name)).toEqual([t('excel.logframe.sheet'), t('excel.tracking.sheet')].map((n) => sheetName(n, '')));
    for (const ws of wb.worksheets) expect(ws.name).toMatch(/^[^:\\/?*[\]]{1,31}$/);
    const logframe = wb.worksheets[0]!;
    expect(logframe.getRow(1).getCell(3).value).toBe(t('excel.logframe.columns.statement'));
    const statements = logframe.getColumn(3).values.map(String);
    expect(statements).toContain(fr.statement);
    expect(statements).not.toContain(outcome.statement);
    expect(statements).toContain(other.statement);
  });

  it('reads its own French tracking sheet back: translated stage names count as the stages, nothing changes', async () => {
    const { session, after } = translatedSample();
    const qualitative = Object.values(after.indicators).find((i) => i.measureType === 'qualitative' && Object.keys(i.actuals).length > 0)!;
    const french = ['Pas de document', 'Rédigé', 'Soumis aux secteurs et aux régions', 'Adopté', 'Revu à mi-parcours'];
    qualitative.qualitativeStages.forEach((_, i) =>
      session.run(setTranslation, { target: 'indicators', id: qualitative.id, language: 'fr', path: `qualitativeStages.${i}`, text: french[i]! }),
    );
    const bytes = await renderXlsx(session.view, { language: 'fr', asOf: '2012-01-31', generatedOn: '2026-11-29' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const cells = wb.worksheets[1]!.getSheetValues().flat().map(String);
    expect(cells.some((c) => french.includes(c))).toBe(true);
    const read = await readTrackingSheet(bytes, session.view);
    expect(read.ok).toBe(true);
    if (read.ok) expect([read.changes.length, read.removals.length, read.invalid.length, read.unmatched.length]).toEqual([0, 0, 0, 0]);
  });

  it('makes valid sheet names of any label', () => {
    expect(sheetName('Suivi : indicateurs [2012/13]?*', 'x')).toBe('Suivi indicateurs 2012 13');
    expect(sheetName("'quoted'", 'x')).toBe('quoted');
    expect(sheetName('a'.repeat(40), 'x')).toHaveLength(31);
    expect(sheetName(' :: ', 'Fallback')).toBe('Fallback');
  });
});

describe('localizeView', () => {
  it('is the same view for the main language and a language the plan is not written in, and keeps its derived structure', () => {
    const { after }: { after: PlanView } = translatedSample();
    expect(localizeView(after, 'en')).toBe(after);
    expect(localizeView(after, 'es')).toBe(after);
    const fr = localizeView(after, 'fr');
    expect(fr.tree).toBe(after.tree);
    expect(localizeView(after, 'fr')).toBe(fr);
  });
});
