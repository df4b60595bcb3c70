import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useAlarmSound } from '../../hooks/use-alarm-sound.ts';
import { SoundToggle } from '../../views/guard/SoundToggle.tsx';
import { useMe } from '../../hooks/use-me.ts';
import { hasRole } from '../../lib/roles.ts';
import { AlertQueue } from './AlertQueue.tsx';
import { CameraZones } from './CameraZones.tsx';

/** Route shell: the school's alert queue on its own page (the principal's view; the guard also has it in the gate console). */
export function AlertsPage() {
  const { t } = useTranslation();
  const { schoolId } = useParams();
  const [all, setAll] = useState(false);
  const sound = useAlarmSound();
  const { me } = useMe();
  if (!schoolId) return null;
  return (
    <div className="stack">
      <h1>{t('strangers.title')}</h1>
      <div className="row-between">
        <label className="check"><input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} /> <span>{t('strangers.showAll')}</span></label>
        <SoundToggle enabled={sound.enabled} onChange={sound.setEnabled} onTest={sound.test} />
      </div>
      <AlertQueue schoolId={schoolId} all={all} onAlarm={sound.alarm} />
      {me && hasRole(me, 'school_admin') && <CameraZones schoolId={schoolId} />}
    </div>
  );
}
