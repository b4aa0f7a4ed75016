/** A participant as redaction sees them: the name to hide and the code shown instead. */
export type NamedParticipant = { readonly name: string; readonly code: string };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Replaces participants' names in free text (notes, owners, titles) with their codes, for
 * everything shown or printed without names: the anonymous report and the reveal on a
 * projector. Full names in any case, then each part of a name (first name, surname) of three
 * letters or more as a whole, capitalised word, so "as Łukasz said" is caught too. A part two
 * people share becomes "(participant)". Names in scripts written without spaces are matched
 * anywhere.
 */
export function nameRedactor(participants: readonly NamedParticipant[]): (text: string) => string {
  const full = participants
    .map((p) => ({ name: p.name.normalize('NFC').trim(), code: p.code }))
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
