import { useTranslation } from 'react-i18next';
import { distanceLegend } from '../geo/distance-scale';
import { formatInteger } from '../i18n/i18n';
import { useApp } from '../state/store';

/** The distance colour scale in km: the same colours as the map's lines and the charts. */
export function DistanceLegend() {
  const { t } = useTranslation();
  const lang = useApp((s) => s.lang);
  return (
    <figure className="distance-legend">
      <figcaption className="small muted">{t('legendDistance')}</figcaption>
      <ul>
        {distanceLegend().map((c) => (
          <li key={c.fromKm}>
            <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
            <span className="small">{c.toKm === null ? `≥ ${formatInteger(c.fromKm, lang)}` : `${formatInteger(c.fromKm, lang)}–${formatInteger(c.toKm, lang)}`}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
