import { describe, expect, it } from 'vitest';
import { matcherOf } from '../../../shared/anonymity/typed-text.ts';
import { auditFileName, fileNamePart, reportFileName } from '../../../shared/audit-file/file-name.ts';
import { nameMatcher } from '../../../shared/anonymity/names.ts';
import { onePersonAudit } from '../../fixtures/report-audits.ts';

const encoder = new TextEncoder();

describe('file names', () => {
  it('keep the organisation readable: transliterated Latin, other scripts as written', () => {
    expect(fileNamePart('Zoë & Łukasz 山田 GmbH')).toBe('zoe-lukasz-山田-gmbh');
    expect(fileNamePart('Straße Ærø Œuvre Søren Þór Đorđe')).toBe('strasse-aero-oeuvre-soren-thor-dorde');
    expect(fileNamePart('Ольга и Андрей')).toBe('ольга-и-андрей');
    expect(fileNamePart('김민준 주식회사')).toBe('김민준-주식회사');
    expect(fileNamePart('ＡＣＭＥ　Corp')).toBe('acme-corp');
  });

  it('leave out what file systems forbid or shells trip on', () => {
    for (const bad of [
      'a/b\\c:d*e?f"g<h>i|j',
      '..hidden',
      'trailing. ',
      'tab\there\u0000nul\u001f',
      'x & y',
    ]) {
      const part = fileNamePart(bad);
      expect(part, bad).not.toMatch(/[/\\:*?"<>|&\s]/);
      expect(
        [...part].every((ch) => (ch.codePointAt(0) ?? 0) >= 0x20),
        bad,
      ).toBe(true);
      expect(part, bad).not.toMatch(/^[.-]|[.-]$/);
    }
    expect(fileNamePart('a/b\\c:d*e?f"g<h>i|j')).toBe('a-b-c-d-e-f-g-h-i-j');
  });

  it('cap each part at 60 bytes at a word boundary, never inside a letter', () => {
    const long = fileNamePart(
      'Internationale Handels- und Logistikgesellschaft für Nachhaltige Lieferketten und Kundenservice mbH & Co. KG',
    );
    expect(encoder.encode(long).length).toBeLessThanOrEqual(60);
    expect(long).toBe('internationale-handels-und-logistikgesellschaft-fur');
    const cjk = fileNamePart('山田'.repeat(40));
    expect(encoder.encode(cjk).length).toBeLessThanOrEqual(60);
    expect(cjk).toBe('山田'.repeat(10));
  });

  it('name the audit file and the report the same way', () => {
    const source = { organization: 'Acme Corp', title: 'Q4 leadership offsite', date: '2026-11-23' };
    expect(auditFileName(source)).toBe('acme-corp-q4-leadership-offsite-2026-11-23.rca.json');
    expect(reportFileName(source)).toBe('acme-corp-q4-leadership-offsite-2026-11-23-readiness-report.pdf');
    expect(auditFileName({ organization: '???', title: '***', date: '2026-11-23' })).toBe(
      '2026-11-23.rca.json',
    );
  });

  it('carry no participant name for an anonymous report', () => {
    const file = onePersonAudit();
    const source = { organization: 'Northwind', title: 'Solveig’s team offsite', date: '2026-11-23' };
    const matcher = nameMatcher([{ name: 'Solveig Amundsen', code: 'P1' }]);
    expect(reportFileName(source, matcher.redact)).toBe(
      'northwind-p1-s-team-offsite-2026-11-23-readiness-report.pdf',
    );
    expect(reportFileName(source)).toContain('solveig');
    expect(matcherOf(file).redact('Solveig')).toBe('P1');
  });
});
