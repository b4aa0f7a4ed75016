/**
 * The page's Content-Security-Policy, sent as a header by both hosts of the renderer (the
 * desktop shell's app:// protocol and the loopback server), on top of the page's own meta tag.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
