import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/Button.tsx';

/** The guard turns the alarm beep on or off (off by default) and can try it. */
export function SoundToggle({ enabled, onChange, onTest }: { enabled: boolean; onChange: (on: boolean) => void; onTest: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="sound-toggle">
      <label className="check">
        <input type="checkbox" checked={enabled} onChange={(e) => onChange(e.target.checked)} />
        <span>{t('gate.sound')}</span>
      </label>
      <Button variant="link" onClick={onTest}>{t('gate.soundTest')}</Button>
    </div>
  );
}
