import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAreas } from '../../hooks/use-areas.ts';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { Notice } from '../../components/ui/Notice.tsx';
import { AreaCard } from './AreaCard.tsx';

/** Ward police, ward officers and the department: the area(s) they cover, with schools and organisations. */
export function AreaHome({ title, children }: { title?: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const areas = useAreas();
  // The province first (the department's own level), then its wards by name.
  const sorted = [...(areas.data ?? [])].sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name, 'vi') : a.kind === 'province' ? -1 : 1));
  return (
    <div className="stack">
      <h1>{title ?? t('area.title')}</h1>
      {children}
      <Notice>{t('area.casesNote')}</Notice>
      {areas.loading && <Loading />}
      <ErrorMessage error={areas.error} onRetry={areas.reload} />
      {sorted.map((a) => <AreaCard key={a.id} area={a} />)}
    </div>
  );
}
