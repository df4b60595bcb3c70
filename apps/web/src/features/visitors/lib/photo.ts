/** What the API takes for a photo: base64 JPEG in JSON (see contracts PhotoUpload). */
export interface PhotoPayload { type: 'image/jpeg'; dataBase64: string }

/** Longest side sent to the server: enough for a face and a guard's eyes, small enough for a slow school network. */
export const PHOTO_MAX_SIDE = 640;

/** Draws a camera frame or an image onto a canvas at most PHOTO_MAX_SIDE wide/high and returns it as JPEG. */
export function canvasToPhoto(source: CanvasImageSource, width: number, height: number): PhotoPayload {
  const scale = Math.min(1, PHOTO_MAX_SIDE / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  canvas.getContext('2d')!.drawImage(source, 0, 0, canvas.width, canvas.height);
  const url = canvas.toDataURL('image/jpeg', 0.82);
  return { type: 'image/jpeg', dataBase64: url.slice(url.indexOf(',') + 1) };
}

/** A picked file (phone camera or gallery) shrunk the same way. */
export async function fileToPhoto(file: File): Promise<PhotoPayload> {
  const bitmap = await createImageBitmap(file);
  try { return canvasToPhoto(bitmap, bitmap.width, bitmap.height); } finally { bitmap.close(); }
}

export const photoSrc = (p: PhotoPayload) => `data:${p.type};base64,${p.dataBase64}`;
