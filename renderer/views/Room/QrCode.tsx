/**
 * The room's QR code, as the room server drew it (an SVG document made locally, never by a
 * service). It is shown as an image from a data address, not put into the page: an SVG in an
 * <img> runs no script and reaches nothing, whatever it held.
 */
export function QrCode({ svg, className }: { readonly svg: string; readonly className?: string }) {
  return (
    <img
      className={['qr-code', className].filter(Boolean).join(' ')}
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt="QR code of the room’s join address"
      draggable={false}
    />
  );
}
