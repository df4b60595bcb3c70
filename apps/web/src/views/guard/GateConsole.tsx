import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAlarmSound } from '../../hooks/use-alarm-sound.ts';
import { useCameras } from '../../hooks/use-cameras.ts';
import { useGateFeed } from '../../hooks/use-gate-feed.ts';
import { AlertQueue } from '../../features/strangers/AlertQueue.tsx';
import { CameraTiles } from './CameraTiles.tsx';
import { PassageList } from './PassageList.tsx';
import { SoundToggle } from './SoundToggle.tsx';

/** The gate console of one school (tablet first): the alert queue and live passages beside the cameras' state, with an optional alarm beep. */
export function GateConsole({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation();
  const sound = useAlarmSound();
  const cams = useCameras(schoolId);
  const feed = useGateFeed(schoolId, (p) => {
    // A settled confirmation is re-announced as known/unknown; only fresh alarms beep.
    if ((p.decision === 'unknown' || p.decision === 'spoof') && !p.confirmed) sound.alarm();
  });
  const cameraNames = useMemo(() => new Map((cams.data ?? []).map((c) => [c.id, c.name])), [cams.data]);
  return (
    <div className="gate-console">
      <div className="gate-side stack-tight">
        <CameraTiles cams={cams} />
        <SoundToggle enabled={sound.enabled} onChange={sound.setEnabled} onTest={sound.test} />
        <p className="muted small">{t('gate.camerasHelp')}</p>
      </div>
      <div className="gate-main stack">
        <AlertQueue schoolId={schoolId} onAlarm={sound.alarm} />
        <PassageList passages={feed.data} connected={feed.connected} error={feed.error} loading={feed.loading} reload={feed.reload} cameraNames={cameraNames} />
      </div>
    </div>
  );
}
