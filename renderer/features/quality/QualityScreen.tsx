/**
 * The quality check panel: the plan's score, its findings by severity (each with a
 * "Go to" that opens the element), what was checked, and the soft limits from donor
 * guidance. The report is computed here from the view, so it follows every edit.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { runQualityCheck, SEVERITIES, type Finding, type QualityLimits, type QualityReport, type Severity } from '../../../shared/analysis/quality';
import { ruleLabelKey } from '../../../shared/analysis/quality-rules-translations';
import { useAsOf } from '../../ui/useAsOf';
import { tMessage } from '../../i18n';
import { useApp } from '../../store';
import { CommitField } from '../../ui/CommitField';
import './quality.css';

/** Findings shown per severity before "Show more": a large plan can have thousands. */
const PAGE = 100;
const ALL_SHOWN: Readonly<Record<Severity, boolean>> = { error: true, warning: true, suggestion: true };

export function QualityScreen() {
  const { t } = useTranslation();
  const view = useApp((s) => s.view);
  const mainView = useApp((s) => s.mainView);
  // Read once per visit: overdue milestones are judged against the plan's status date,
  // or the day the panel opened where the plan has none (as the timeline does).
  const asOf = useAsOf(view?.plan);
  const report = useMemo(() => (view ? runQualityCheck(view, { today: asOf, mainView: mainView ?? undefined }) : null), [view, mainView, asOf]);
  const [shown, setShown] = useState(ALL_SHOWN);
  if (!report) return null;
  const anyShown = SEVERITIES.some((s) => shown[s] && report.counts[s] > 0);

  return (
    <section className="quality" aria-labelledby="quality-title">
      <div className="screen-heading">
        <h1 id="quality-title">{t('quality.title')}</h1>
      </div>
      <p className="intro">{t('quality.intro')}</p>
      <div className="quality-summary">
        <ScoreCard score={report.score} />
        <section className="card" aria-labelledby="quality-findings-title">
          <h2 id="quality-findings-title">{t('quality.summary')}</h2>
          <div className="quality-filters" role="group" aria-label={t('quality.filter')}>
            {SEVERITIES.map((severity) => (
              <button
                key={severity}
                type="button"
                className={`quality-filter severity-${severity}`}
                aria-pressed={shown[severity]}
                onClick={() => setShown((prev) => ({ ...prev, [severity]: !prev[severity] }))}
              >
                <span className={`severity-dot severity-${severity}`} aria-hidden="true" />
                <span>{t(`quality.severityPlural.${severity}`)}</span>
                <span className="quality-filter-count" data-testid={`quality-count-${severity}`}>
                  {report.counts[severity]}
                </span>
              </button>
            ))}
          </div>
        </section>
        <LimitsCard limits={report.limits} />
      </div>

      {report.findings.length === 0 ? (
        <p className="empty">{t('quality.none')}</p>
      ) : !anyShown ? (
        <p className="empty">{t('quality.noneShown')}</p>
      ) : (
        SEVERITIES.map((severity) =>
          shown[severity] && report.counts[severity] > 0 ? <FindingGroup key={severity} severity={severity} findings={report.findings.filter((f) => f.severity === severity)} /> : null,
        )
      )}
      <ChecksTable report={report} />
    </section>
  );
}

function ScoreCard({ score }: { readonly score: number }) {
  const { t } = useTranslation();
  const tone = score >= 90 ? 'good' : score >= 60 ? 'fair' : 'poor';
  return (
    <section className="card quality-score" aria-labelledby="quality-score-title" aria-describedby="quality-score-explanation">
      <h2 id="quality-score-title">{t('quality.score')}</h2>
      <p className={`quality-score-value score-${tone}`} data-testid="quality-score">
        <span aria-hidden="true">
          <span className="quality-score-number">{score}</span>
          <span className="quality-score-scale">/100</span>
        </span>
        <span className="visually-hidden">{t('quality.scoreValue', { score })}</span>
      </p>
      <p id="quality-score-explanation" className="hint">
        {t('quality.scoreExplanation')}
      </p>
    </section>
  );
}

function FindingGroup({ severity, findings }: { readonly severity: Severity; readonly findings: readonly Finding[] }) {
  const { t } = useTranslation();
  const navigateTo = useApp((s) => s.navigateTo);
  const [visible, setVisible] = useState(PAGE);
  const idBase = useId();
  const titleId = `${idBase}-title`;
  const rest = findings.length - visible;
  return (
    <section className={`quality-group severity-${severity}`} aria-labelledby={titleId}>
      <h2 id={titleId}>
        {t(`quality.severityPlural.${severity}`)} <span className="quality-group-count">({findings.length})</span>
      </h2>
      <p className="hint">{t(`quality.severityHint.${severity}`)}</p>
      <ul className="quality-findings">
        {findings.slice(0, visible).map((finding, i) => {
          const messageId = `${idBase}-${i}`;
          return (
            <li key={`${finding.ruleId}-${'id' in finding.target ? finding.target.id : 'plan'}-${i}`} className="quality-finding">
              <span className={`severity-tag severity-${severity}`}>{t(`quality.severity.${severity}`)}</span>
              <span id={messageId} className="quality-message">
                {tMessage(t, finding.message)}
              </span>
              <button type="button" className="link-button quality-goto" aria-describedby={messageId} onClick={() => navigateTo(finding.target)}>
                {t('quality.goTo')}
              </button>
            </li>
          );
        })}
      </ul>
      {rest > 0 && (
        <p className="quality-more">
          <span className="muted">{t('quality.showing', { shown: visible, total: findings.length })}</span>{' '}
          <button type="button" onClick={() => setVisible((v) => v + PAGE)}>
            {t('quality.showMore', { count: Math.min(PAGE, rest) })}
          </button>
        </p>
      )}
    </section>
  );
}

/** Whole numbers 1-100, as the plan's schema allows. */
function parseLimit(text: string): number | null {
  const n = Number(text.trim());
  return Number.isInteger(n) && n >= 1 && n <= 100 ? n : null;
}

function LimitsCard({ limits }: { readonly limits: QualityLimits }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const [invalid, setInvalid] = useState<keyof QualityLimits | null>(null);
  const commit = (field: keyof QualityLimits) => (text: string) => {
    const value = parseLimit(text);
    setInvalid(value === null ? field : null);
    return value === null ? Promise.resolve(false) : dispatch('updatePlan', { qualityLimits: { ...limits, [field]: value } });
  };
  const field = (name: keyof QualityLimits) => (
    <CommitField
      label={t(`quality.limits.${name}`)}
      type="number"
      min={1}
      max={100}
      step={1}
      value={String(limits[name])}
      aria-invalid={invalid === name}
      aria-describedby={invalid === name ? 'quality-limits-error' : 'quality-limits-hint'}
      onCommit={commit(name)}
    />
  );
  return (
    <section className="card" aria-labelledby="quality-limits-title">
      <h2 id="quality-limits-title">{t('quality.limits.title')}</h2>
      <div className="form">
        {field('maxOutputsPerOutcome')}
        {field('maxOutcomes')}
      </div>
      <p id="quality-limits-hint" className="hint">
        {t('quality.limits.hint')}
      </p>
      {invalid && (
        <p id="quality-limits-error" className="field-error" role="alert">
          {t('quality.limits.invalid')}
        </p>
      )}
    </section>
  );
}

function ChecksTable({ report }: { readonly report: QualityReport }) {
  const { t } = useTranslation();
  return (
    <details className="card quality-checks">
      <summary>{t('quality.checks.title')}</summary>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('quality.checks.rule')}</th>
            <th scope="col">{t('quality.checks.passed')}</th>
          </tr>
        </thead>
        <tbody>
          {report.rules.map((rule) => (
            <tr key={rule.ruleId}>
              <th scope="row">{t(ruleLabelKey(rule.ruleId))}</th>
              <td className={rule.total > 0 && rule.passed < rule.total ? 'quality-rule-failing' : undefined}>
                {rule.total === 0 ? <span className="muted">{t('quality.checks.notApplicable')}</span> : t('quality.checks.passedOf', { passed: rule.passed, total: rule.total })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
