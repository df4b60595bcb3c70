import { useCallback, useEffect, useRef, useState } from 'react';

const KEY = 'truongan.gateSound';

function stored(): boolean {
  try {
    return localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

/**
 * A short two-tone beep through WebAudio, off until the guard turns it on (browsers only allow sound
 * after a tap, and the tap on the toggle unlocks it). The choice is remembered on this device.
 */
export function useAlarmSound() {
  const [enabled, setEnabledState] = useState(stored);
  const ctx = useRef<AudioContext | null>(null);

  const unlock = useCallback(() => {
    if (!ctx.current && typeof AudioContext !== 'undefined') ctx.current = new AudioContext();
    void ctx.current?.resume();
  }, []);

  const beep = useCallback(() => {
    const ac = ctx.current;
    if (!ac) return;
    const t0 = ac.currentTime;
    for (const [i, freq] of [880, 660].entries()) {
      const osc = ac.createOscillator();
      const gain = ac.createGain();
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.25, t0 + i * 0.22);
      gain.gain.exponentialRampToValueAtTime(0.001, t0 + i * 0.22 + 0.2);
      osc.connect(gain).connect(ac.destination);
      osc.start(t0 + i * 0.22);
      osc.stop(t0 + i * 0.22 + 0.21);
    }
  }, []);

  const setEnabled = useCallback((on: boolean) => {
    if (on) unlock();
    setEnabledState(on);
    try {
      localStorage.setItem(KEY, on ? 'on' : 'off');
    } catch {
      // private mode: still works for this visit
    }
  }, [unlock]);

  // Remembered as on: the first tap anywhere on the page unlocks the sound (no autoplay without a gesture).
  useEffect(() => {
    if (!enabled || ctx.current) return;
    document.addEventListener('pointerdown', unlock, { once: true });
    return () => document.removeEventListener('pointerdown', unlock);
  }, [enabled, unlock]);

  useEffect(() => () => { void ctx.current?.close(); ctx.current = null; }, []);

  const alarm = useCallback(() => { if (enabled) beep(); }, [enabled, beep]);
  return { enabled, setEnabled, alarm, test: () => { unlock(); beep(); } };
}
