import { useTranslation } from 'react-i18next';
import type { StudentConsentStatus } from '@truongan/contracts';
import { PURPOSES } from '../types/api.ts';
import { formatDate } from '../lib/format.ts';
import { ConsentStateBadge } from './ConsentStateBadge.tsx';

/** Per student and purpose: the guardian's answer, the child's own answer, and whether it is in force. */
export function ConsentRows({ rows, label }: { rows: StudentConsentStatus[]; label: string }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="cards grid-2" aria-label={label}>
      {rows.map((r) => (
        <li key={r.studentId} className="consent-row">
          <div className="row-between">
            <strong>{r.fullName}</strong>
            <span className="small muted">{r.className ?? '—'} · {t('consent.age', { n: r.age })}</span>
          </div>
          {PURPOSES.map((p) => {
            const s = r.purposes[p];
            if (!s) return null;
            return (
              <div key={p} className="purpose-line small">
                <span className="purpose-name">{t(`consent.purposes.${p}`)}</span>
                <span>{t('consent.guardian')}: <ConsentStateBadge state={s.guardian} /></span>
                <span>{t('consent.assent')}: <ConsentStateBadge state={s.assent} /></span>
                <span className={s.inForce ? 'ok-text' : 'muted'}>{s.inForce ? t('consent.inForce') : t('consent.notInForce')}</span>
                {s.at && <span className="muted">{t('consent.lastChange')}: {formatDate(s.at, i18n.language)}</span>}
              </div>
            );
          })}
        </li>
      ))}
    </ul>
  );
}
