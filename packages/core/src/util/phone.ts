/**
 * Vietnamese mobile numbers: people write 0912 345 678, +84 912-345-678 or 84912345678;
 * Zalo ZNS and SMS gateways want 84xxxxxxxxx. Returns null for anything that is not a mobile number.
 */
export function normalisePhone(raw: string): string | null {
  const digits = raw.replace(/[\s.\-()]/g, '').replace(/^\+/, '');
  if (!/^\d+$/.test(digits)) return null;
  let national: string;
  if (digits.startsWith('84') && digits.length === 11) national = digits.slice(2);
  else if (digits.startsWith('0') && digits.length === 10) national = digits.slice(1);
  else return null;
  // Mobile prefixes since the 2018 renumbering: 3x, 5x, 7x, 8x, 9x.
  if (!/^[35789]\d{8}$/.test(national)) return null;
  return `84${national}`;
}

/** 84912345678 → 0912 345 678, the way people read numbers aloud. */
export function displayPhone(p84: string): string {
  const n = `0${p84.slice(2)}`;
  return `${n.slice(0, 4)} ${n.slice(4, 7)} ${n.slice(7)}`;
}
