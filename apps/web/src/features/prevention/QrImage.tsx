import { useEffect, useState } from 'react';
import QRCode from 'qrcode';

/**
 * A QR code drawn in the browser (data: URL, no request anywhere), so a material's code shows while the campaign is
 * still being written and a poster prints without the network.
 */
export function QrImage({ value, label, size = 160 }: { value: string; label: string; size?: number }) {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    let live = true;
    if (!value) { setSrc(undefined); return; }
    QRCode.toDataURL(value, { errorCorrectionLevel: 'M', margin: 2, width: size * 2 }).then((url) => { if (live) setSrc(url); }, () => { if (live) setSrc(undefined); });
    return () => { live = false; };
  }, [value, size]);
  if (!src) return <span className="qr qr-empty" style={{ width: size, height: size }} aria-hidden="true" />;
  return <img className="qr" src={src} width={size} height={size} alt={label} />;
}
