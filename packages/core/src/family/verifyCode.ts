/** Letters and digits that cannot be mistaken for each other when read out over the phone (no 0/O, 1/I/L). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A per-message code such as "TA-7K3P-9QXM" that a parent can check on the public verify page. */
export function newVerifyCode(randomDigits: (n: number) => string): string {
  const digits = randomDigits(16);
  let code = '';
  for (let i = 0; i < 8; i++) code += ALPHABET[Number(digits.slice(i * 2, i * 2 + 2)) % ALPHABET.length];
  return `TA-${code.slice(0, 4)}-${code.slice(4)}`;
}

/** What people type: lower case, spaces, missing dashes or prefix. Returns the canonical form, or null. */
export function canonicalCode(raw: string): string | null {
  const s = raw.toUpperCase().replace(/[^0-9A-Z]/g, '').replace(/^TA/, '');
  return s.length === 8 ? `TA-${s.slice(0, 4)}-${s.slice(4)}` : null;
}

/**
 * A phone number as a lookup key: digits only, national form with the leading 0 (mobiles and landlines alike,
 * since a school hotline is usually a landline). "+84 24 3823 4567" and "024 3823 4567" give the same key.
 */
export function phoneKey(raw: string): string | null {
  const digits = raw.replace(/[\s.\-()]/g, '').replace(/^\+/, '');
  if (!/^\d{8,13}$/.test(digits)) return null;
  const national = digits.startsWith('84') ? digits.slice(2) : digits.startsWith('0') ? digits.slice(1) : digits;
  return national.length >= 8 && national.length <= 10 ? `0${national}` : null;
}
