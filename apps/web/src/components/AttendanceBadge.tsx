import { useTranslation } from 'react-i18next';
import type { AttendanceStatus } from '@truongan/contracts';
import { Badge, type Tone } from './ui/Badge.tsx';

const TONE: Record<AttendanceStatus, Tone> = { present: 'ok', late: 'warn', absent: 'bad', excused: 'info', left: 'neutral', not_yet: 'neutral' };

/** Có mặt / Đi muộn N phút / Vắng / Có phép / Đã về / Chưa đến. */
export function AttendanceBadge({ status, lateMinutes }: { status: AttendanceStatus; lateMinutes?: number | null }) {
  const { t } = useTranslation();
  const text = status === 'late' && lateMinutes ? t('attendance.lateBy', { n: lateMinutes }) : t(`attendance.status.${status}`);
  return <span className={`status status-${status}`}><Badge tone={TONE[status]}>{text}</Badge></span>;
}
