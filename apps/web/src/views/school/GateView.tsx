import { useTranslation } from 'react-i18next';
import { GateConsole } from '../guard/GateConsole.tsx';

/** The principal watches the same gate console the guard has. */
export function GateView({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <h1>{t('guard.title')}</h1>
      <GateConsole schoolId={schoolId} />
    </div>
  );
}
