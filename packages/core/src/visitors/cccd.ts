import { invalidInput } from '../errors.ts';
import { cleanName } from './nameKey.ts';

/** What the product keeps from a citizen ID card's QR: never the full number, never the card image. */
export interface CccdReading {
  fullName: string;
  /** The last 4 digits of the ID number: enough to tell two namesakes apart at the gate, useless on its own. */
  idLast4: string;
  /** 'cccd' for the 12-digit chip card, 'cmnd' for the old 9-digit card. */
  cardKind: 'cccd' | 'cmnd';
  birthDate: string;
  sex: 'M' | 'F';
  issueDate: string;
}

const refuse = (vi: string, en: string) => invalidInput(`Mã QR CCCD không hợp lệ: ${vi} / Invalid ID-card QR: ${en}`, [{ path: 'qr', message: en }]);

/** ddmmyyyy → YYYY-MM-DD, refusing dates that do not exist (31/02) or lie outside 1900…today. */
function parseDate(s: string, field: { vi: string; en: string }, today: string): string {
  if (!/^\d{8}$/.test(s)) throw refuse(`${field.vi} phải có dạng ngàythángnăm (8 chữ số)`, `${field.en} must be ddmmyyyy`);
  const iso = `${s.slice(4)}-${s.slice(2, 4)}-${s.slice(0, 2)}`;
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) throw refuse(`${field.vi} không tồn tại (${s})`, `${field.en} is not a real date (${s})`);
  if (iso < '1900-01-01' || iso > today) throw refuse(`${field.vi} nằm ngoài khoảng hợp lệ`, `${field.en} is out of range`);
  return iso;
}

/**
 * Parses the QR printed on a Vietnamese chip ID card: `ID12|oldID9|FULL NAME|ddmmyyyy|sex|address|ddmmyyyy`.
 * Accepts the old-ID field empty, and the old 9-digit card (9-digit ID, empty old-ID). Text is compared in NFC, so a
 * scanner or keyboard that produces decomposed (NFD) Vietnamese gives the same result. Throws `invalid_input` with a
 * Vietnamese/English reason on anything else; the address is read past and dropped.
 */
export function parseCccdQr(raw: string, today = new Date().toISOString().slice(0, 10)): CccdReading {
  const text = raw.normalize('NFC').replace(/[\r\n]+/g, '').trim();
  if (!text) throw refuse('chuỗi trống', 'empty string');
  const fields = text.split('|').map((f) => f.trim());
  // Some readers append a trailing separator; nothing else may differ from the seven fields.
  if (fields.length === 8 && fields[7] === '') fields.pop();
  if (fields.length !== 7) throw refuse(`cần 7 trường ngăn cách bởi "|", nhận được ${fields.length}`, `expected 7 fields separated by "|", got ${fields.length}`);
  const [id, oldId, name, birth, sex, , issue] = fields as [string, string, string, string, string, string, string];
  if (!/^\d+$/.test(id)) throw refuse('số định danh chỉ gồm chữ số', 'the ID number must be digits only');
  if (id.length !== 12 && id.length !== 9) throw refuse(`số định danh phải có 12 (CCCD) hoặc 9 (CMND) chữ số, nhận được ${id.length}`, `the ID must have 12 or 9 digits, got ${id.length}`);
  if (oldId !== '' && !/^\d{9}$/.test(oldId)) throw refuse('số CMND cũ phải có 9 chữ số hoặc để trống', 'the old ID must be 9 digits or empty');
  if (id.length === 9 && oldId !== '') throw refuse('thẻ CMND 9 số không có trường số cũ', 'a 9-digit card has no old-ID field');
  const fullName = cleanName(name);
  if (fullName.length < 2 || fullName.length > 100 || /[\d|<>]/.test(fullName)) throw refuse('họ và tên không hợp lệ', 'the full name is not valid');
  const birthDate = parseDate(birth, { vi: 'ngày sinh', en: 'birth date' }, today);
  const s = sex.normalize('NFC').toLowerCase();
  if (s !== 'nam' && s !== 'nữ') throw refuse('giới tính phải là "Nam" hoặc "Nữ"', 'sex must be "Nam" or "Nữ"');
  const issueDate = parseDate(issue, { vi: 'ngày cấp', en: 'issue date' }, today);
  if (issueDate < birthDate) throw refuse('ngày cấp trước ngày sinh', 'the issue date is before the birth date');
  return { fullName, idLast4: id.slice(-4), cardKind: id.length === 12 ? 'cccd' : 'cmnd', birthDate, sex: s === 'nam' ? 'M' : 'F', issueDate };
}
