import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** The Content-Security-Policy of a page whose only script and style sheet are these inline ones. */
function policyFor(scripts: readonly string[], styles: readonly string[]): string {
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  return [
    "default-src 'none'",
    `script-src ${scripts.map(hash).join(' ')}`,
    `style-src ${styles.map(hash).join(' ')}`,
    'img-src data:',
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/** Text that would end an inline element early or change how the HTML parser reads it. */
const BREAKS_OUT = /<\/(script|style)|<!--/i;

/**
 * Makes the built page one self-contained HTML file (the pre-work form, renderer/prework/): the
 * script chunk and the style sheet Vite emits are written into index.html and dropped from the
 * output, and a Content-Security-Policy meta tag allows exactly those two by their SHA-256 hash
 * and no network at all. A chunk that could break out of its element fails the build instead
 * of being rewritten. We do this in a few lines rather than with vite-plugin-singlefile because
 * the policy must hash the final inline text, which that plugin does not do.
 */
export function singleFilePage(): Plugin {
  return {
    name: 'reality-check:single-file-page',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (!page || page.type !== 'asset') this.error('single-file-page: the build has no index.html');
      let html = String(page.source);
      const scripts: string[] = [];
      const styles: string[] = [];
      const take = (reference: string): string => {
        const fileName = reference.replace(/^\.?\//, '');
        const output = bundle[fileName];
        if (!output)
          this.error(`single-file-page: index.html names ${reference}, which the build did not emit`);
        const text = output.type === 'chunk' ? output.code : String(output.source);
        if (BREAKS_OUT.test(text))
          this.error(`single-file-page: ${fileName} contains text that would end its inline element`);
        delete bundle[fileName];
        return text;
      };
      html = html.replace(
        /<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>/g,
        (_tag, src: string) => {
          const code = take(src);
          scripts.push(code);
          return `<script type="module">${code}</script>`;
        },
      );
      html = html.replace(/<link rel="stylesheet"[^>]*\shref="([^"]+)"[^>]*>/g, (_tag, href: string) => {
        const css = take(href);
        styles.push(css);
        return `<style>${css}</style>`;
      });
      const left = Object.keys(bundle).filter((name) => name !== 'index.html');
      if (left.length > 0) this.error(`single-file-page: files left outside the page: ${left.join(', ')}`);
      if (
        /<link|\ssrc=/i.test(
          html.replace(/<script type="module">[\s\S]*?<\/script>|<style>[\s\S]*?<\/style>/g, ''),
        )
      ) {
        this.error('single-file-page: the page still refers to a file outside itself');
      }
      const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(scripts, styles)}" />`;
      if (!html.includes('<meta charset="UTF-8" />'))
        this.error('single-file-page: index.html needs <meta charset="UTF-8" />');
      page.source = html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    ${meta}`);
    },
  };
}
