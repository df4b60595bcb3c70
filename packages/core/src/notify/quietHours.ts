import { VN_OFFSET_MINUTES } from '../util/dates.ts';

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * When a message may go out: `now` itself, or the end of the guardian's quiet hours (Vietnam time). A window
 * may wrap midnight (21:30 → 06:00). Returns an ISO instant.
 */
export function releaseTime(now: Date, quiet: { from: string; to: string } | null): Date {
  if (!quiet || quiet.from === quiet.to) return now;
  const local = new Date(now.getTime() + VN_OFFSET_MINUTES * 60_000);
  const m = local.getUTCHours() * 60 + local.getUTCMinutes();
  const from = minutes(quiet.from), to = minutes(quiet.to);
  const inside = from < to ? m >= from && m < to : m >= from || m < to;
  if (!inside) return now;
  const wait = (to - m + 1440) % 1440;
  const end = new Date(now.getTime() + wait * 60_000);
  end.setUTCSeconds(0, 0);
  return end;
}

/** The next instant at HH:MM Vietnam time strictly after `now` (digest time). */
export function nextLocalTime(now: Date, hhmm: string): Date {
  const local = new Date(now.getTime() + VN_OFFSET_MINUTES * 60_000);
  const target = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), 0, minutes(hhmm)) - VN_OFFSET_MINUTES * 60_000);
  return target > now ? target : new Date(target.getTime() + 86_400_000);
}
