/**
 * Letters that Unicode does not take apart into a base letter and an accent, written the way
 * a reader without them would: Łukasz → Lukasz, Straße → Strasse, Ærø → Aero.
 */
const LATIN_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
  ŀ: 'l',
  Ŀ: 'L',
  ŧ: 't',
  Ŧ: 'T',
  ŋ: 'n',
  Ŋ: 'N',
  ſ: 's',
  ƒ: 'f',
  ĸ: 'k',
};

const COMBINING_MARK = /\p{M}/u;
const ASCII_WORD = /^[\x20-\x7e]*$/;
const ASCII_APOSTROPHES = /[`]/g;
const LATIN = /\p{Script=Latin}/u;

/**
 * Writes Latin letters without their accents and spells out the few letters that have no
 * plain form (ł → l, ß → ss, æ → ae); every other script is left exactly as it is (й stays
 * й, 山田 stays 山田). For file names a reader can still recognise.
 */
export function transliterate(text: string): string {
  let out = '';
  let baseIsLatin = false;
  for (const ch of text.normalize('NFD')) {
    if (COMBINING_MARK.test(ch)) {
      if (!baseIsLatin) out += ch;
      continue;
    }
    const plain = LATIN_LETTERS[ch];
    baseIsLatin = plain !== undefined || LATIN.test(ch);
    out += plain ?? ch;
  }
  return out.normalize('NFC');
}

/** Apostrophes people type in names: ASCII, typographic, modifier letter, backtick, prime. */
export const APOSTROPHES = "'’ʼ‘`´′";

/**
 * The form two spellings of a name share when they differ only in case, accents or the kind
 * of apostrophe: "CHLOÉ", "chloe" and "Chloé" fold alike, as do "O'Brien" and "O’Brien".
 * Marks are dropped in every script (ё and е fold alike), so it is for comparing, never for showing.
 */
export function foldForMatching(text: string): string {
  if (ASCII_WORD.test(text)) return text.toLowerCase().replace(ASCII_APOSTROPHES, "'");
  let out = '';
  for (const ch of text.toLowerCase().normalize('NFD')) {
    if (COMBINING_MARK.test(ch)) continue;
    if (APOSTROPHES.includes(ch)) out += "'";
    else if (ch === 'ς') out += 'σ';
    else out += LATIN_LETTERS[ch] ?? ch;
  }
  return out;
}
