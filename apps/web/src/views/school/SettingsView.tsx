import { useTranslation } from 'react-i18next';
import { useSettings } from '../../hooks/use-settings.ts';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { SettingEditor } from './SettingEditor.tsx';

/** The school's settings, each saved on its own and audited by the server. */
export function SettingsView({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation();
  const settings = useSettings(schoolId);
  return (
    <div className="stack">
      <h1>{t('settings.title')}</h1>
      {settings.loading && !settings.data && <Loading />}
      <ErrorMessage error={settings.error} onRetry={settings.reload} />
      {settings.data?.length === 0 && <p>{t('settings.empty')}</p>}
      {settings.data?.map((row) => <SettingEditor key={row.key} schoolId={schoolId} row={row} onSaved={settings.reload} />)}
    </div>
  );
}
