/**
 * The quality check's translation rules (issue 8): one finding per element and further
 * language naming how many texts are missing (suggestion) or stale (warning), a target that
 * opens the Translation view at the first such text, read from the main view, outside the score.
 */
import { describe, expect, it } from 'vitest';
import { runQualityCheck } from '../../../shared/analysis/quality';
import { ruleLabelKey } from '../../../shared/analysis/quality-rules-translations';
import { translatableTexts, type ResultId } from '../../../shared/model';
import { setPlanLanguages, setTranslation, updateResult } from '../../../shared/plan-doc';
import { localizeView } from '../../../renderer/store/contentLanguage';
import { sampleOffices } from '../../fixtures/plans';

describe('quality check: translations', () => {
  it('says nothing about translations of a plan in one language', () => {
    const { hq } = sampleOffices();
    const report = runQualityCheck(hq.view);
    expect(report.findings.filter((f) => f.ruleId.startsWith('translation'))).toEqual([]);
    expect(report.rules.find((r) => r.ruleId === 'translationMissing')).toEqual({ ruleId: 'translationMissing', passed: 0, total: 0 });
  });

  it('reports each element with untranslated texts once per further language, does not change the score, and targets the first missing text', () => {
    const { hq } = sampleOffices();
    const before = runQualityCheck(hq.view);
    hq.run(setPlanLanguages, { add: ['fr', 'es'] });
    const report = runQualityCheck(hq.view);
    expect(report.score).toBe(before.score);
    const missing = report.findings.filter((f) => f.ruleId === 'translationMissing');
    const id = hq.view.tree[0]!.id;
    const result = hq.view.results[id]!;
    const texts = translatableTexts('results', result).filter((t) => t.text.trim() !== '');
    const forResult = missing.filter((f) => f.target.kind === 'translation' && f.target.id === id);
    expect(forResult.map((f) => f.target.kind === 'translation' && f.target.language).sort()).toEqual(['es', 'fr']);
    for (const f of forResult) {
      expect(f.severity).toBe('suggestion');
      expect(f.message.key).toBe('planLanguages.finding.missing');
      expect(f.message.params).toMatchObject({ element: 'result', count: texts.length, number: hq.view.tree[0]!.number });
      expect(f.target).toMatchObject({ kind: 'translation', target: 'results', path: texts[0]!.path });
    }
    // The plan's own fields, an indicator and a narrative section are checked too.
    expect(missing.some((f) => f.target.kind === 'translation' && f.target.target === 'plan' && f.target.id === null)).toBe(true);
    expect(missing.some((f) => f.target.kind === 'translation' && f.target.target === 'indicators')).toBe(true);
    expect(missing.some((f) => f.target.kind === 'translation' && f.target.target === 'sections')).toBe(true);
    const tally = report.rules.find((r) => r.ruleId === 'translationMissing')!;
    expect(tally.total - tally.passed).toBe(missing.length);
    expect(ruleLabelKey('translationMissing')).toBe('planLanguages.rule.translationMissing');
    expect(ruleLabelKey('baselineSet')).toBe('quality.rule.baselineSet');
  });

  it('drops a result once every text is translated, warns when a main text changes after, and reads the main view when shown in French', () => {
    const { hq } = sampleOffices();
    hq.run(setPlanLanguages, { add: ['fr'] });
    const id = hq.view.tree[0]!.id;
    for (const t of translatableTexts('results', hq.view.results[id]!)) {
      if (t.text.trim() !== '') hq.run(setTranslation, { target: 'results', id, language: 'fr', path: t.path, text: `FR ${t.text}` });
    }
    const about = (view = hq.view, mainView = hq.view) => runQualityCheck(view, { mainView }).findings.filter((f) => f.target.kind === 'translation' && f.target.id === id);
    expect(about()).toEqual([]);
    hq.run(updateResult, { id: id as ResultId, fields: { statement: 'A new statement' } });
    const stale = about();
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatchObject({ ruleId: 'translationStale', severity: 'warning', message: { key: 'planLanguages.finding.stale', params: { count: 1, language: 'fr' } }, target: { path: 'statement' } });
    // The view shown in French holds the translations as texts: the main view is what is checked.
    expect(about(localizeView(hq.view, 'fr'), hq.view)).toEqual(stale);
  });
});
