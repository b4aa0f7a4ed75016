import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of the running code, from which core finds the files shipped beside it (the report's
 * fonts, the built pre-work form). Bundled as CommonJS (dist/cli, dist/main, dist/worker,
 * dist/server) there is __dirname; run as an ES module (tests, benchmark) there is import.meta.url.
 */
export function moduleDir(): string | null {
  if (typeof __dirname === 'string') return __dirname;
  const url = (import.meta as { url?: string }).url;
  return url ? path.dirname(fileURLToPath(url)) : null;
}
