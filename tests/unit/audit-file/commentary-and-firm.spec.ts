import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeAuditFile } from '../../../shared/audit-file/serialize.ts';
import { parseAuditFileText, validateAuditFile } from '../../../shared/audit-file/validate.ts';
import { anonymiseAuditFile } from '../../../shared/anonymity/typed-text.ts';

const worked = JSON.parse(
  readFileSync('tests/fixtures/audits/acme-worked-example.rca.json', 'utf8'),
) as Record<string, any>;
const PNG = 'data:image/png;base64,iVBORw0KGgo=';

/** The worked example as a format-2 file with the consultant's commentary and the audit's own firm. */
function withCommentary(): Record<string, any> {
  const file = structuredClone(worked);
  file.formatVersion = 2;
  file.audit.branding = { firm: { use: 'own', name: 'Harbour & Finch', logo: PNG } };
  file.commentary = {
    summary: 'Ready to start.\n\nWith care.',
    dimensions: [
      { dimension: 'leadership', text: 'Visible leadership.' },
      { dimension: 'metrics', text: 'Measure less.' },
    ],
  };
  return file;
}

function problemsOf(json: unknown): readonly string[] {
  const result = validateAuditFile(json);
  return result.ok ? [] : result.problems;
}

describe('the commentary and the firm branding in an audit file (format 2, optional)', () => {
  it('are read as written and round-trip through serialize and parse unchanged', () => {
    const result = validateAuditFile(withCommentary());
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.file.commentary).toEqual(withCommentary().commentary);
    expect(result.file.audit.branding).toEqual({ firm: { use: 'own', name: 'Harbour & Finch', logo: PNG } });
    const again = parseAuditFileText(serializeAuditFile(result.file));
    expect(again.ok && again.file).toEqual(result.file);
  });

  it('are optional: a file without them, and a format-1 file, read as before', () => {
    const plain = structuredClone(worked);
    plain.formatVersion = 2;
    const result = validateAuditFile(plain);
    expect(result.ok && result.file.commentary).toBeUndefined();
    expect(validateAuditFile(structuredClone(worked)).ok).toBe(true);
    // A format-1 file knows neither: its stray commentary is dropped by the upgrade, as every unknown field.
    const old = { ...structuredClone(worked), commentary: { summary: 'x' } };
    const upgraded = validateAuditFile(old);
    expect(upgraded.ok && upgraded.file.commentary).toBeUndefined();
  });

  it('name the path of a dimension the instrument lacks, one commented twice, and a text too long', () => {
    const unknown = withCommentary();
    unknown.commentary.dimensions.push(
      { dimension: 'culture', text: 'x' },
      { dimension: 'metrics', text: 'y' },
    );
    expect(problemsOf(unknown)).toEqual([
      'commentary.dimensions[2].dimension: "culture" is not a dimension of instrument 1.0.0',
      'commentary.dimensions[3].dimension: "metrics" has a commentary already',
    ]);
    const long = withCommentary();
    long.commentary.summary = 'x'.repeat(20_001);
    expect(problemsOf(long)).toEqual([
      'commentary.summary: must be at most 20,000 characters (it has 20,001)',
    ]);
    const stray = withCommentary();
    stray.commentary.author = 'Dana';
    expect(problemsOf(stray)).toEqual([expect.stringMatching(/^commentary: .*author/)]);
  });

  it('refuse an own firm with neither a name nor a logo, a firm of "none" with one, and a firm choice it does not know', () => {
    const empty = withCommentary();
    empty.audit.branding.firm = { use: 'own' };
    expect(problemsOf(empty)).toEqual([
      "audit.branding.firm: an audit's own firm branding needs a name or a logo",
    ]);
    const none = withCommentary();
    none.audit.branding.firm = { use: 'none', name: 'Harbour & Finch' };
    expect(problemsOf(none)).toEqual([
      'audit.branding.firm: with "use": "none" the report shows no firm, so it takes no name or logo',
    ]);
    const unknown = withCommentary();
    unknown.audit.branding.firm = { use: 'installation' };
    expect(problemsOf(unknown)).toEqual([expect.stringMatching(/^audit\.branding\.firm\.use: /)]);
    const gif = withCommentary();
    gif.audit.branding.firm.logo = 'data:image/gif;base64,R0lGODlh';
    expect(problemsOf(gif)).toEqual([
      'audit.branding.firm.logo: must be a PNG or JPEG image as a base64 data URL',
    ]);
  });

  it('is typed text for anonymity: names in the commentary become codes, the firm stays as written', () => {
    const file = withCommentary();
    const name = file.participants[0].name as string;
    file.commentary.summary = `As ${name} said, act first.`;
    file.commentary.dimensions[0].text = `${name} leads by example.`;
    const result = validateAuditFile(file);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const anonymous = anonymiseAuditFile(result.file);
    expect(JSON.stringify(anonymous.commentary)).not.toContain(name);
    expect(anonymous.commentary?.summary).toMatch(/^As P1 said, act first\.$/);
    expect(anonymous.commentary?.dimensions?.[0]?.text).toBe('P1 leads by example.');
    expect(anonymous.audit.branding).toEqual(result.file.audit.branding);
  });
});
