import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ on Linux). */
export const TICK = 100;

/** utime+stime (ticks) of this process's direct ffmpeg children: what the camera decoders cost. */
export function ffmpegChildTicks(): number {
  let sum = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (stat.includes('(ffmpeg)') && Number(rest[1]) === process.pid) sum += Number(rest[11]) + Number(rest[12]);
    } catch { /* exited meanwhile */ }
  }
  return sum;
}
