/**
 * Resources (Recommendation 3): what the plan spends on the cross-cutting issue under
 * each strategic objective, by source, first; then the roll-ups by unit, component, period
 * and source; then the allocations themselves. Everything is computed from the view here,
 * so it follows every edit. Amounts in other currencies than the plan's are shown on their
 * own, never converted.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currencyRollup, rollUpResources } from '../../../shared/analysis/resources';
import type { PlanView } from '../../../shared/plan-doc';
import { useApp } from '../../store';
import { AllocationsSection } from './AllocationsSection';
import { BreakdownTabs } from './BreakdownTabs';
import { useRollupFormats } from './format';
import { ObjectivesSection } from './ObjectivesSection';
import './resources.css';

export function ResourcesScreen() {
  const view = useApp((s) => s.view);
  if (!view) return null;
  return <Resources view={view} />;
}

function Resources({ view }: { readonly view: PlanView }) {
  const { t } = useTranslation();
  const rollup = useMemo(() => rollUpResources(view), [view]);
  const [chosen, setChosen] = useState<string | null>(null);
  const shown = currencyRollup(rollup, chosen ?? undefined);
  const formats = useRollupFormats(shown);
  const others = rollup.currencies.filter((c) => !c.isPlanCurrency);

  return (
    <section className="resources" aria-labelledby="resources-title">
      <div className="screen-heading">
        <h1 id="resources-title">{t('resources.title')}</h1>
      </div>
      <p className="intro">{t('resources.intro')}</p>
      {others.length > 0 && (
        <div className="card res-currency-choice">
          <div className="field">
            <label htmlFor="resources-currency">{t('resources.currency.label')}</label>
            <select id="resources-currency" value={shown.currency} onChange={(e) => setChosen(e.target.value)}>
              {rollup.currencies.map((c) => (
                <option key={c.currency} value={c.currency}>
                  {c.isPlanCurrency ? t('resources.currency.plan', { currency: c.currency }) : t('resources.currency.other', { currency: c.currency, count: c.allocations })}
                </option>
              ))}
            </select>
          </div>
          <p className="hint" role="note">
            {shown.isPlanCurrency
              ? t('resources.currency.othersNote', { currencies: others.map((c) => c.currency).join(', '), plan: rollup.planCurrency })
              : t('resources.currency.showingOther', { currency: shown.currency, plan: rollup.planCurrency })}
          </p>
        </div>
      )}
      <ObjectivesSection view={view} rollup={shown} share={rollup.significantShare} formats={formats} />
      <BreakdownTabs view={view} rollup={shown} formats={formats} />
      <AllocationsSection view={view} />
    </section>
  );
}
