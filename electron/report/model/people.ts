import type { AuditFile } from '../../../shared/audit-file/schema.ts';

/** One participant as the report shows them. */
export type Person = {
  readonly id: string;
  /** The name, or the code when the report is anonymous. */
  readonly label: string;
  /** Short column heading for the appendix: the participant's code, else P1, P2… */
  readonly code: string;
  /** Null when the report is anonymous: a role such as CEO would name the person. */
  readonly role: string | null;
  /** Null when the report is anonymous. */
  readonly name: string | null;
};

/** Participants in file order, how to show each one, and the redaction anonymous mode needs. */
export type People = {
  readonly all: readonly Person[];
  readonly byId: ReadonlyMap<string, Person>;
  /**
   * Replaces every participant's name in free text (notes, owners, titles) with their code
   * when the report is anonymous; the identity otherwise. Every string drawn passes here.
   */
  readonly clean: (text: string) => string;
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Replaces participants' names with their codes: full names in any case, then each part of a
 * name (first name, surname) of three letters or more as a whole, capitalised word, so
 * "as Łukasz said" is caught too. A part two people share becomes "(participant)". Names
 * in scripts written without spaces are matched anywhere.
 */
function redactor(file: AuditFile, people: readonly Person[]): (text: string) => string {
  const full = file.participants
    .map((p, i) => ({ name: p.name.normalize('NFC').trim(), code: people[i]?.code ?? '(participant)' }))
    .filter((r) => r.name !== '');
  const partCodes = new Map<string, string>();
  for (const { name, code } of full) {
    if (CJK.test(name)) continue;
    for (const part of name.split(/[\s-]+/)) {
      if ([...part].length < 3 || !/^\p{Lu}/u.test(part)) continue;
      const known = partCodes.get(part);
      partCodes.set(part, known === undefined || known === code ? code : '(participant)');
    }
  }
  const word = (text: string): string => `(?<![\\p{L}\\p{N}])${escapeRegExp(text)}(?![\\p{L}\\p{N}])`;
  const byLength = (a: string, b: string): number => b.length - a.length;
  const fullCode = new Map(full.map((r) => [r.name.toLocaleLowerCase(), r.code]));
  const fullPattern = full
    .map((r) => r.name)
    .sort(byLength)
    .map((name) => (CJK.test(name) ? escapeRegExp(name) : word(name)))
    .join('|');
  const partPattern = [...partCodes.keys()].sort(byLength).map(word).join('|');
  const fullRegex = fullPattern ? new RegExp(fullPattern, 'giu') : null;
  const partRegex = partPattern ? new RegExp(partPattern, 'gu') : null;
  return (text) => {
    let out = text.normalize('NFC');
    if (fullRegex)
      out = out.replace(fullRegex, (m) => fullCode.get(m.toLocaleLowerCase()) ?? '(participant)');
    if (partRegex) out = out.replace(partRegex, (m) => partCodes.get(m) ?? '(participant)');
    return out;
  };
}

/** Builds the participants' labels: names, or codes (their own, else P1, P2… in order) when anonymous. */
export function peopleOf(file: AuditFile, anonymous: boolean): People {
  const taken = new Set(file.participants.flatMap((p) => (p.code ? [p.code.trim()] : [])));
  let next = 1;
  const all = file.participants.map((p): Person => {
    let code = p.code?.trim();
    if (!code) {
      while (taken.has(`P${next}`)) next++;
      code = `P${next++}`;
      taken.add(code);
    }
    return {
      id: p.id,
      code,
      label: anonymous ? code : p.name,
      role: anonymous ? null : (p.role ?? null),
      name: anonymous ? null : p.name,
    };
  });

  const clean = anonymous ? redactor(file, all) : (text: string): string => text;
  return { all, byId: new Map(all.map((p) => [p.id, p])), clean };
}
