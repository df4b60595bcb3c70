/** Deterministic Vietnamese names for the demo school, so every newcomer sees the same school. */
const SURNAMES = ['Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Trần', 'Lê', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE_M = ['Văn', 'Minh', 'Đức', 'Quốc', 'Gia', 'Hoàng', 'Thành', 'Hữu', 'Anh', 'Bảo'];
const MIDDLE_F = ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Khánh', 'Bảo', 'Phương', 'Hải', 'Diệu'];
const GIVEN_M = ['An', 'Bình', 'Cường', 'Dũng', 'Duy', 'Hải', 'Hiếu', 'Hoàng', 'Huy', 'Khang', 'Khôi', 'Long', 'Minh', 'Nam', 'Nghĩa', 'Phúc', 'Quân', 'Sơn', 'Tùng', 'Việt'];
const GIVEN_F = ['Anh', 'Chi', 'Giang', 'Hà', 'Hân', 'Hương', 'Lan', 'Linh', 'Mai', 'My', 'Ngân', 'Nhi', 'Oanh', 'Phương', 'Quỳnh', 'Thảo', 'Trang', 'Uyên', 'Vy', 'Yến'];

/** mulberry32: tiny seeded PRNG; the demo must be reproducible, not random. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return { next, pick, int };
}
export type Rng = ReturnType<typeof rng>;

export function personName(r: Rng, sex: 'M' | 'F', surname?: string): string {
  return `${surname ?? r.pick(SURNAMES)} ${r.pick(sex === 'M' ? MIDDLE_M : MIDDLE_F)} ${r.pick(sex === 'M' ? GIVEN_M : GIVEN_F)}`;
}

/**
 * A plausible 12-digit personal ID: province code (001 = Hà Nội), century-and-sex digit
 * (2 = male born 2000–2099, 3 = female), two digits of the birth year, six digits.
 */
export function personalId(r: Rng, sex: 'M' | 'F', birthYear: number, seq: number): string {
  return `001${sex === 'M' ? 2 : 3}${String(birthYear % 100).padStart(2, '0')}${String((seq * 7919 + r.int(0, 999)) % 1_000_000).padStart(6, '0')}`;
}

export function mobile(r: Rng): string {
  const prefixes = ['90', '91', '94', '96', '97', '98', '86', '88', '32', '33', '35', '70', '77', '81', '83'];
  return `84${r.pick(prefixes)}${String(r.int(0, 9_999_999)).padStart(7, '0')}`;
}
