import { useTranslation } from 'react-i18next';
import type { PickupPerson } from '@truongan/contracts';

/** A pick-up person's photo (served by the API with the session cookie), or a placeholder. */
export function PersonPhoto({ person }: { person: PickupPerson }) {
  const { t } = useTranslation();
  return person.hasPhoto
    ? <img className="thumb" src={`/api/pickup-persons/${person.id}/photo`} alt={`${t('visitors.guardian.photo')}: ${person.fullName}`} loading="lazy" />
    : <span className="thumb thumb-empty" aria-hidden="true">👤</span>;
}
