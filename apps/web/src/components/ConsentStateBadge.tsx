import { useTranslation } from 'react-i18next';
import type { ConsentState } from '@truongan/contracts';
import { Badge, type Tone } from './ui/Badge.tsx';

const TONE: Record<ConsentState | 'not_needed', Tone> = { granted: 'ok', withdrawn: 'bad', unanswered: 'warn', not_needed: 'neutral' };

export function ConsentStateBadge({ state }: { state: ConsentState | 'not_needed' }) {
  const { t } = useTranslation();
  return <Badge tone={TONE[state]}>{t(`consent.states.${state}`)}</Badge>;
}
