/**
 * Findings read as sentences in the English catalogue: every message key the rules
 * emit exists, nested names resolve ("Outcome 1.1", or the EU template's "Specific
 * objective 1.1"), and nothing of the i18n syntax shows.
 */
import type { i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { runQualityCheck, type Finding } from '../../../shared/analysis/quality';
import { initI18n, tMessage } from '../../../renderer/i18n';
import { changed, find, milestone, mitigation, result } from '../../shared/analysis/quality-plans';

let i18n: I18n;
let text: (f: Finding) => string;
beforeAll(async () => {
  i18n = await initI18n('en');
  text = (f) => tMessage(i18n.t.bind(i18n) as Parameters<typeof tMessage>[0], f.message);
});

/** A plan that breaks as many rules as one plan can, with every message variant somewhere. */
const broken = (templateId = 'organisation') =>
  changed((d) => {
    d.plan.templateId = templateId;
    d.plan.qualityLimits = { maxOutcomes: 1, maxOutputsPerOutcome: 1 };
    d.results.push(result('o2', 'outcome', 'g', 'n', { statement: '', assumptions: '' }), result('p2', 'output', 'o', 'n', { statement: 'x'.repeat(301) }));
    d.results.push(result('p3', 'output', 'gone', 'n'));
    d.responsibilities = d.responsibilities.filter((r) => r.resultId !== 'a' && r.resultId !== 'p');
    d.resources = [];
    const ind = find(d.indicators, 'i_o');
    Object.assign(ind, { measureType: 'percentage', finalTarget: 120, unitOfMeasure: '', benchmark: { value: null, comparator: '' }, targets: {}, baseline: { value: null, date: null, source: '' } });
    ind.meansOfVerification = { ...ind.meansOfVerification, source: '' };
    d.mitigations = [mitigation('g1', 'k', { dueDate: null })];
    d.milestones = [milestone('m', 'p', '2016-01-01'), milestone('m2', 'p', '2009-01-01')];
  });

describe('finding messages', () => {
  it('render every emitted key as a sentence, with no raw key or i18n syntax left', () => {
    const findings = runQualityCheck(broken(), { today: '2026-01-01' }).findings;
    const keys = new Set(findings.map((f) => f.message.key));
    expect(keys.size).toBeGreaterThan(15);
    for (const f of findings) {
      const s = text(f);
      expect(i18n.exists(f.message.key), f.message.key).toBe(true);
      expect(s, f.message.key).not.toMatch(/\$t\(|\{\{|quality\.|templates\./);
    }
  });

  it('name elements by level and number, as the brief asks: "Outcome 1.2 has no indicator"', () => {
    const findings = runQualityCheck(broken()).findings;
    const texts = findings.map(text);
    expect(texts).toContain('Outcome 1.2 has no indicator.');
    expect(texts).toContain('Indicator 1 of Outcome 1.1 has no baseline.');
    expect(texts).toContain('Activity 1.1.1.1 has no resources.');
    expect(texts).toContain('Output U1 is unplaced: its parent was removed. Move it back into the results chain.');
    expect(texts).toContain('Indicator 1 of Outcome 1.1 is a percentage, but its final target (120) is outside 0–100.');
    expect(texts).toContain('Milestone “Milestone m” of Output 1.1.1 is due 2016-01-01, after the plan period ends (2015-12-31).');
    expect(texts).toContain('Risk “Risk k: constituents lose interest” has no mitigation with both an owner and a due date.');
  });

  it('use the level names of the plan\'s template', () => {
    const texts = runQualityCheck(broken('eu')).findings.map(text);
    expect(texts).toContain('Specific objective 1.2 has no indicator.');
  });
});
