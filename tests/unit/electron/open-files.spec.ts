import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditFilesFromArgv, isAuditFilePath } from '../../../electron/main/open-files.ts';

const cwd = path.resolve('/home/maria/workshops');

describe('audit files named on the command line', () => {
  it('takes a double-clicked file (Windows, Linux) after the executable', () => {
    expect(auditFilesFromArgv(['/opt/Reality Check/reality-check', '/tmp/acme.rca.json'], cwd)).toEqual([
      path.resolve('/tmp/acme.rca.json'),
    ]);
  });

  it('skips `electron .`, Chromium switches and other files, and resolves relative paths', () => {
    expect(
      auditFilesFromArgv(
        [
          '/usr/lib/electron/electron',
          '.',
          '--allow-file-access-from-files',
          '--enable-features=X',
          'notes.txt',
          'package.json',
          'acme.rca.json',
          '../2025/Acme.RCA.JSON',
        ],
        cwd,
      ),
    ).toEqual([path.join(cwd, 'acme.rca.json'), path.resolve(cwd, '../2025/Acme.RCA.JSON')]);
  });

  it('reads file:// URLs (desktop entries pass %U) and refuses other URLs', () => {
    const file = path.resolve('/home/maria/Zoë offsite.rca.json');
    expect(
      auditFilesFromArgv(['app', pathToFileURL(file).href, 'https://example.com/x.rca.json'], cwd),
    ).toEqual([file]);
    expect(auditFilesFromArgv(['app', 'file://%zz.rca.json'], cwd)).toEqual([]);
  });

  it('opens a file named twice once, and finds nothing in an empty or switch-only command line', () => {
    expect(auditFilesFromArgv(['app', 'a.rca.json', './a.rca.json'], cwd)).toEqual([
      path.join(cwd, 'a.rca.json'),
    ]);
    expect(auditFilesFromArgv([], cwd)).toEqual([]);
    expect(auditFilesFromArgv(['app', '--inspect'], cwd)).toEqual([]);
  });

  it('recognises the extension in any case, and only as the ending', () => {
    expect(isAuditFilePath('x.RCA.json')).toBe(true);
    expect(isAuditFilePath('x.rca.json.bak')).toBe(false);
    expect(isAuditFilePath('x.json')).toBe(false);
  });
});
