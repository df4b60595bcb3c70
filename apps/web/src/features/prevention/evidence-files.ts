/** The server takes five photos of up to 5 MB each, in a 10 MB body: base64 grows a file by a third. */
export const MAX_PHOTOS = 5;
export const MAX_TOTAL_BYTES = 7 * 1024 * 1024;

/** A picked photo as the activity API wants it (type + base64), read in the browser. */
export async function toPhotoPayload(file: File): Promise<{ type: string; dataBase64: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { type: file.type || 'image/jpeg', dataBase64: btoa(binary) };
}
