export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic'];
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
/** The server takes a 10 MB body; base64 grows files by a third, so about 7 MB of photos in all. */
export const MAX_TOTAL_BYTES = 7 * 1024 * 1024;

export interface PhotoAttachment { name: string; type: string; dataBase64: string }

/** A File as the API's attachment: name, type and base64 bytes. */
export function toAttachment(file: File): Promise<PhotoAttachment> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error);
    reader.onload = () => {
      const url = String(reader.result);
      resolve({ name: file.name.slice(0, 120), type: file.type, dataBase64: url.slice(url.indexOf(',') + 1) });
    };
    reader.readAsDataURL(file);
  });
}

export const formatSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);
