/** A risk score with its band (NPSA 5×5), as text and colour: the band is never colour alone. */
import { useTranslation } from 'react-i18next';
import type { RiskBand } from '../../../shared/analysis/risks';
import './bands.css';

/** The band's name, after the score where one is given ("16 Extreme"). */
export function BandBadge({ score, band }: { readonly score?: number; readonly band: RiskBand }) {
  const { t } = useTranslation();
  const name = t(`risks.band.${band}`);
  return <span className={`band-badge risk-band-${band}`}>{score === undefined ? name : t('risks.bandScore', { score, band: name })}</span>;
}
