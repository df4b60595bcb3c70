import fs from 'node:fs';

/**
 * Fonts with full Vietnamese coverage from Debian packages (scripts/install.sh installs fonts-dejavu-core and
 * fonts-noto-core). PDF's built-in Helvetica has no "ệ", "ữ", "đ": without one of these the report would be wrong,
 * so we refuse rather than print mangled names.
 */
const CANDIDATES = [
  { regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf' },
  { regular: '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf', bold: '/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf' },
];

export function vietnameseFont(extra: string[] = []): { regular: string; bold: string } {
  for (const f of [...extra.map((p) => ({ regular: p, bold: p })), ...CANDIDATES]) {
    if (fs.existsSync(f.regular)) return { regular: f.regular, bold: fs.existsSync(f.bold) ? f.bold : f.regular };
  }
  throw new Error('Không tìm thấy phông chữ tiếng Việt (cài fonts-dejavu-core hoặc fonts-noto-core) / No Vietnamese TrueType font found: install fonts-dejavu-core or fonts-noto-core');
}
