import { DomainError, invalidInput } from '@truongan/core';

/** A 3,000-pupil XLSX with two parents each is ~400 KB; 5 MB leaves room for formatting without inviting abuse. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** The largest Vietnamese schools have ~3,000 pupils; a file beyond this is a mistake (a whole district) or an attack. */
export const MAX_ROWS = 5000;

export const tooLarge = () => new DomainError('payload_too_large', 'Tệp quá lớn (tối đa 5 MB) / File too large (max 5 MB)');
export const tooManyRows = () => invalidInput(
  `Tệp có hơn ${MAX_ROWS} dòng học sinh; hãy tách theo khối / The file has more than ${MAX_ROWS} student rows; split it by grade`,
  [{ path: 'file', message: 'too_many_rows' }]);
export const notARoster = (why: string) => invalidInput(`${why}`, [{ path: 'file', message: 'unreadable' }]);
export const noHeader = () => notARoster(
  'Không tìm thấy dòng tiêu đề (cần các cột như Họ và tên, Ngày sinh, Lớp, Giới tính) trong 15 dòng đầu / '
  + 'No header row found in the first 15 rows (expected columns such as Họ và tên, Ngày sinh, Lớp, Giới tính)');
