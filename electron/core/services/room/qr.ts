import QRCode from 'qrcode';

const made = new Map<string, string>();

/**
 * The QR code of a join address as an SVG document, made here (the `qrcode` package renders
 * it from the text alone; no service is asked). Kept per address: the projector asks often.
 */
export async function qrSvgOf(url: string): Promise<string> {
  const known = made.get(url);
  if (known !== undefined) return known;
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  if (made.size > 100) made.clear();
  made.set(url, svg);
  return svg;
}
