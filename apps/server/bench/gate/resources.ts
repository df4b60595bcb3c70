/**
 * CPU and memory of the product while the rush plays: this Node process (main thread + face worker threads) and
 * its ffmpeg decoders. The RTSP test servers are test infrastructure and are left out (a real camera encodes itself).
 */
import { ffmpegChildTicks as ffmpegTicks, TICK } from '@truongan/camera/testing';
import os from 'node:os';

export class ResourceMeter {
  private t0 = 0;
  private cpu0 = process.cpuUsage();
  private ff0 = 0;
  private rssPeak = 0;
  private timer: NodeJS.Timeout | undefined;
  // Decoders restart on reconnect, taking their ticks with them; sampling each second keeps what they used.
  private ffSeen = 0;

  start() {
    this.t0 = Date.now();
    this.cpu0 = process.cpuUsage();
    this.ff0 = ffmpegTicks();
    this.ffSeen = 0;
    let last = this.ff0;
    this.timer = setInterval(() => {
      this.rssPeak = Math.max(this.rssPeak, process.memoryUsage().rss);
      const now = ffmpegTicks();
      this.ffSeen += Math.max(0, now - last);
      last = now;
    }, 1000);
  }

  stop() {
    clearInterval(this.timer);
    const wall = (Date.now() - this.t0) / 1000;
    const c = process.cpuUsage(this.cpu0);
    const node = (c.user + c.system) / 1e6 / wall;
    const ff = this.ffSeen / TICK / wall;
    const load = os.loadavg()[0]!;
    return {
      wall_s: Math.round(wall), node_cpu_cores: Math.round(node * 100) / 100, ffmpeg_cpu_cores: Math.round(ff * 100) / 100,
      cpu_percent_of_machine: Math.round(((node + ff) / os.availableParallelism()) * 100), rss_peak_mb: Math.round(this.rssPeak / 1048576),
      machine_load_1min: Math.round(load * 10) / 10, // the machine is shared: other work competes for the same 2 cores
    };
  }
}
