/** The part of fontkit (pdfkit's own font engine) the report uses: parsing a font once per process. */
declare module 'fontkit' {
  /** A parsed font; pdfkit accepts it wherever it accepts font bytes. */
  export type Font = { readonly postscriptName: string; readonly layout: (text: string) => unknown };
  export function create(data: Uint8Array, postscriptName?: string): Font;
}
