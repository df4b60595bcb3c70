import jsQR from 'jsqr';

/**
 * Decodes a QR code from RGBA pixels (a canvas frame from the camera, or a photo of the card). Pure, so it is tested
 * in Node on a QR rendered by the `qrcode` package. `attemptBoth` also tries inverted images: some phone screens and
 * laminated cards read better that way. Returns the text, trimmed of the newline some cards carry.
 */
export function decodeQr(pixels: Uint8ClampedArray, width: number, height: number): string | null {
  const found = jsQR(pixels, width, height, { inversionAttempts: 'attemptBoth' });
  const text = found?.data?.replace(/[\r\n]+$/, '') ?? '';
  return text.length ? text : null;
}

/** Does this look like a CCCD QR (`…|…|…|…|…|…|…`)? The server has the final word; this only stops the scanner early. */
export const looksLikeCccd = (text: string) => text.split('|').length >= 7;
