import { useTranslation } from 'react-i18next';
import type { AreaView } from '../../types/api.ts';
import { Card } from '../../components/ui/Card.tsx';
import { SchoolFacts } from '../../components/SchoolFacts.tsx';

/** One ward or province: its organisations and its schools. */
export function AreaCard({ area }: { area: AreaView }) {
  const { t } = useTranslation();
  return (
    <Card title={area.name} className="area">
      <p className="small muted">{t(`area.kinds.${area.kind}`, { defaultValue: area.kind })}</p>
      <h3>{t('area.organisations')}</h3>
      {area.organisations.length === 0 ? <p className="muted">{t('app.none')}</p> : (
        <ul className="plain-list" aria-label={`${t('area.organisations')} – ${area.name}`}>
          {area.organisations.map((o) => (
            <li key={o.id}>{o.name} <span className="muted small">({t(`area.orgKinds.${o.kind}`, { defaultValue: o.kind })})</span></li>
          ))}
        </ul>
      )}
      {area.kind === 'ward' && (
        <>
          <h3>{t('area.schools')}</h3>
          {area.schools.length === 0 ? <p className="muted">{t('area.noSchools')}</p> : (
            <ul className="cards" aria-label={`${t('area.schools')} – ${area.name}`}>
              {area.schools.map((s) => (
                <li key={s.id} className="school"><strong>{s.name}</strong><SchoolFacts school={s} /></li>
              ))}
            </ul>
          )}
        </>
      )}
    </Card>
  );
}
