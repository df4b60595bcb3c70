import type { NotifyPreferences } from '@truongan/contracts';
import { useTranslation } from 'react-i18next';

export type Channel = NotifyPreferences['channels'][number];
export const ALL_CHANNELS: Channel[] = ['zalo_zns', 'sms', 'web_push', 'email'];

/** The guardian's channels as an ordered list with up/down buttons (no dragging: it must work with a thumb and a screen reader). */
export function ChannelOrder({ order, onChange }: { order: Channel[]; onChange: (next: Channel[]) => void }) {
  const { t } = useTranslation();
  const move = (i: number, by: -1 | 1) => {
    const next = [...order];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    onChange(next);
  };
  return (
    <ol className="channel-order" aria-label={t('family.settings.channels')}>
      {order.map((c, i) => {
        const name = t(`family.settings.channel.${c}`);
        return (
          <li key={c} data-channel={c}>
            <span className="channel-pos">{i + 1}</span>
            <span className="channel-name">{name}</span>
            <button type="button" className="btn btn-secondary btn-small" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('family.settings.up', { name })}>↑</button>
            <button type="button" className="btn btn-secondary btn-small" disabled={i === order.length - 1} onClick={() => move(i, 1)} aria-label={t('family.settings.down', { name })}>↓</button>
          </li>
        );
      })}
    </ol>
  );
}
