import { foldForMatching } from '../text/fold.ts';

/** A participant as anonymity needs them: the name people may write, the code shown instead. */
export type NamedParticipant = { readonly name: string; readonly code: string };

/** What a name part two or more participants share becomes: no code would be true of it. */
export const SHARED_NAME = '(participant)';

/** One place where a text names a participant: offsets in the NFC form of the text. */
export type NameMatch = {
  readonly start: number;
  readonly end: number;
  /** The words as written ("ANA", "Zoë’s" → "Zoë", "ana.souza@acme.com"). */
  readonly text: string;
  /** The code it becomes, or SHARED_NAME. */
  readonly code: string;
};

/** Finds and replaces participants' names in text people typed. */
export type NameMatcher = {
  /** The text in NFC, as the offsets of `matches` count it, and every name in it. */
  readonly find: (text: string) => { readonly text: string; readonly matches: readonly NameMatch[] };
  /** The text (NFC) with every match replaced by its code. */
  readonly redact: (text: string) => string;
};

/**
 * Words inside names that name nobody on their own: particles (von, de, van der) and
 * generational suffixes. They count as part of a full name, and alone only as the first word
 * of a name ("Van Morrison").
 */
const PARTICLES = new Set([
  ...['al', 'bin', 'bint', 'ibn', 'da', 'das', 'de', 'del', 'della', 'der', 'den', 'des', 'di', 'do'],
  ...['dos', 'du', 'e', 'el', 'la', 'le', 'lo', 'y', 'ten', 'ter', 'van', 'von', 'zu', 'zur', 'af', 'av'],
  ...['jr', 'sr', 'ii', 'iii', 'iv'],
]);

/** Titles written with a name: part of the full name, never a name alone. */
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'sir', 'dame', 'lady', 'lord']);

/**
 * Common English words that are also names (Will, Grace, Mark, White). Written in lower case
 * they are read as the word, not the person: "we will" stays; "Will", "WILL" and "will turner"
 * are still the person.
 */
const COMMON_WORDS = new Set(
  (
    'will may mark bill grace hope rose joy faith frank guy ray art jack sue pat bob don rob ' +
    'june april august summer dawn eve iris ivy lily max miles chase drew cash reed wade rich ' +
    'penny sandy sky love star king page hunter stone wood hill bell young long little brown ' +
    'white green black gray grey short price cook baker turner smith miller fisher mason ' +
    'carter cooper walker ward marsh brook fox moss lane park field case hall hart holt ' +
    'gay sterling golden noble bishop knight lord major mayor rice salt wolf lamb day ' +
    'west north south east english french'
  ).split(' '),
);

/** Legal forms after which a name is a company's ("Müller AG", "Souza & Co"), not a person's. */
const LEGAL_FORMS = new Set(
  (
    'ag gmbh kg ohg ug se sa sas sarl srl spa bv nv ltd llc llp lp inc corp plc co oy oyj ab as ' +
    'asa aps kft sro sp pty limited company'
  ).split(' '),
);

/** Word characters: letters with their marks, digits; apostrophes only inside a word. */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’ʼ‘`´′][\p{L}\p{M}\p{N}]+)*/gu;
const HAS_LETTER = /\p{L}/u;
/** Scripts written without spaces between words: a name is looked for inside longer runs. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** What may stand between the words of one name or kept phrase: a few spaces or punctuation marks. */
const NAME_GAP = /^[^\p{L}\p{M}\p{N}]{1,4}$/u;
/** What may stand between a name and a legal form ("Müller AG", "Müller & Co."). */
const LEGAL_GAP = /^[\s,&+]{1,4}$/u;
const EMAIL_LOCAL = /[\p{L}\p{M}\p{N}._%+'’-]/u;
const EMAIL_DOMAIN = /[\p{L}\p{M}\p{N}.-]/u;

type Token = { readonly start: number; readonly end: number; readonly raw: string; readonly key: string };

/** One entry of the phrase table: a participant's full name (code) or a phrase to keep as it is. */
type Phrase = { readonly code: string | null };

function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    out.push({ start: m.index, end: m.index + m[0].length, raw: m[0], key: foldForMatching(m[0]) });
  }
  return out;
}

/** Adds `code` under `key`; a key two participants share becomes SHARED_NAME. */
function claim(map: Map<string, string>, key: string, code: string): void {
  const known = map.get(key);
  map.set(key, known === undefined || known === code ? code : SHARED_NAME);
}

function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * Builds the matcher for a roster. Linear in the roster and in each text: names are split
 * into words once and kept in hash tables; a text is split into words once and each word
 * (and each run of words that could be a full name) is looked up. `keep` are phrases never
 * touched however they are written (the organisation's own name).
 *
 * What counts as naming a participant: the full name, or any word of it of two letters or
 * more, whole-word, ignoring case, accents and the kind of apostrophe (O'Brien, O’Brien),
 * also before a possessive ("Zoë's") or after an elision ("d'Ana"); in scripts written without
 * spaces, the name anywhere in the text; and an e-mail address built from the name's words
 * (ana.souza@…, asouza@…), replaced whole.
 */
export function nameMatcher(
  participants: readonly NamedParticipant[],
  keep: readonly string[] = [],
): NameMatcher {
  /** Full names and kept phrases of two words or more, by their folded words joined by spaces. */
  const phrases = new Map<string, Phrase>();
  /** Every beginning of an entry of `phrases`, so a run of words is extended only while it can still match. */
  const prefixes = new Set<string>();
  const parts = new Map<string, string>();
  /** Parts written in scripts without spaces, as written (NFC), and their lengths in code points. */
  const unspaced = new Map<string, string>();
  const unspacedLengths = new Set<number>();
  /** Name words run together as e-mail addresses spell them: anasouza, asouza, souzaa… */
  const fused = new Map<string, string>();
  const fullCodes = new Map<string, string>();

  const addPhrase = (words: readonly string[], code: string | null): void => {
    const key = words.join(' ');
    if (code === null) phrases.set(key, { code: null });
    else if (phrases.get(key)?.code !== null) {
      const known = fullCodes.get(key);
      const next = known === undefined || known === code ? code : SHARED_NAME;
      fullCodes.set(key, next);
      phrases.set(key, { code: next });
    }
    for (let i = 1; i <= words.length; i++) prefixes.add(words.slice(0, i).join(' '));
  };

  for (const phrase of keep) {
    const words = tokensOf(phrase.normalize('NFC')).map((t) => t.key);
    if (words.length > 0) addPhrase(words, null);
  }

  for (const { name, code } of participants) {
    const tokens = tokensOf(name.normalize('NFC'));
    const words = tokens.filter((t) => HAS_LETTER.test(t.key));
    if (words.length === 0) continue;
    if (tokens.length > 1)
      addPhrase(
        tokens.map((t) => t.key),
        code,
      );
    const usable: string[] = [];
    words.forEach((t, i) => {
      if (UNSPACED.test(t.raw)) {
        if (codePoints(t.raw) < 2) return;
        claim(unspaced, t.raw, code);
        unspacedLengths.add(codePoints(t.raw));
        return;
      }
      if (codePoints(t.key) < 2 || TITLES.has(t.key) || (i > 0 && PARTICLES.has(t.key))) return;
      claim(parts, t.key, code);
      const plain = t.key.replace(/'/g, '');
      if (plain !== t.key) claim(parts, plain, code);
      usable.push(plain);
    });
    const first = usable[0];
    const last = usable.at(-1);
    if (first !== undefined && last !== undefined && usable.length > 1) {
      const forms = [
        usable.join(''),
        first + last,
        last + first,
        first.charAt(0) + last,
        first + last.charAt(0),
        last + first.charAt(0),
        last.charAt(0) + first,
      ];
      for (const form of new Set(forms)) if (codePoints(form) >= 4) claim(fused, form, code);
    }
  }
  const lengths = [...unspacedLengths].sort((a, b) => b - a);

  /** The code of one e-mail address, when its words name a participant. */
  const emailCode = (address: string): string | null => {
    const at = address.indexOf('@');
    const local = address.slice(0, at);
    const labels = address.slice(at + 1).split('.');
    labels.pop();
    const pieces = [...local.split(/[._%+'’\-\d]+/u), ...labels.flatMap((l) => l.split('-'))]
      .map(foldForMatching)
      .filter((p) => p !== '');
    const whole = foldForMatching(local.replace(/[._%+'’\-\d]+/gu, ''));
    const wholeCode = fused.get(whole) ?? parts.get(whole);
    if (wholeCode !== undefined && wholeCode !== SHARED_NAME) return wholeCode;
    // Otherwise the words of the address: one person if they all point to the same one.
    const codes = new Set<string>();
    let shared = wholeCode === SHARED_NAME;
    for (const piece of pieces) {
      const code = parts.get(piece) ?? fused.get(piece);
      if (code === SHARED_NAME) shared = true;
      else if (code !== undefined) codes.add(code);
    }
    if (codes.size === 1) return [...codes][0] ?? SHARED_NAME;
    return codes.size > 1 || shared ? SHARED_NAME : null;
  };

  /** E-mail-like runs (something@domain.tld): each character is looked at a bounded number of times. */
  const emailsIn = (text: string): NameMatch[] => {
    const found: NameMatch[] = [];
    let from = 0;
    for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      if (at < from) continue;
      let start = at;
      while (start > from && EMAIL_LOCAL.test(text.charAt(start - 1))) start--;
      let end = at + 1;
      while (end < text.length && EMAIL_DOMAIN.test(text.charAt(end))) end++;
      while (end > at + 1 && /[.-]/.test(text.charAt(end - 1))) end--;
      while (start < at && /[.'’-]/.test(text.charAt(start))) start++;
      const domain = text.slice(at + 1, end);
      if (start === at || !domain.includes('.')) continue;
      const address = text.slice(start, end);
      const code = emailCode(address);
      if (code !== null) found.push({ start, end, text: address, code });
      from = end;
    }
    return found;
  };

  const find = (input: string): { text: string; matches: NameMatch[] } => {
    const text = input.normalize('NFC');
    const emails = text.includes('@') ? emailsIn(text) : [];
    let tokens = tokensOf(text);
    if (emails.length > 0) {
      // Words inside an address belong to the address, replaced whole (emails are in text order).
      let e = 0;
      tokens = tokens.filter((t) => {
        while (e < emails.length && (emails[e]?.end ?? 0) <= t.start) e++;
        const email = emails[e];
        return !(email && t.start < email.end && t.end > email.start);
      });
    }
    const raw: NameMatch[] = [...emails];
    const push = (start: number, end: number, code: string): void => {
      raw.push({ start, end, text: text.slice(start, end), code });
    };
    const gapOk = (a: Token, b: Token): boolean => NAME_GAP.test(text.slice(a.end, b.start));
    const companyAfter = (i: number): boolean => {
      const here = tokens[i];
      const next = tokens[i + 1];
      return (
        here !== undefined &&
        next !== undefined &&
        LEGAL_GAP.test(text.slice(here.end, next.start)) &&
        LEGAL_FORMS.has(next.key)
      );
    };

    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (!token) continue;
      // A run of words that is a full name, or a phrase to keep: the longest wins.
      if (prefixes.has(token.key)) {
        let key = token.key;
        let best: { end: number; phrase: Phrase } | null = null;
        let j = i;
        while (true) {
          const phrase = j > i ? phrases.get(key) : undefined;
          if (phrase) best = { end: j, phrase };
          const next = tokens[j + 1];
          const current = tokens[j];
          if (!next || !current || !gapOk(current, next)) break;
          const longer = `${key} ${next.key}`;
          if (!prefixes.has(longer)) break;
          key = longer;
          j++;
        }
        if (best) {
          const last = tokens[best.end];
          if (best.phrase.code !== null && last) push(token.start, last.end, best.phrase.code);
          i = best.end;
          continue;
        }
      }
      if (!HAS_LETTER.test(token.key)) continue;
      const code = parts.get(token.key);
      if (code !== undefined) {
        const lowerCaseWord = token.raw === token.raw.toLowerCase() && COMMON_WORDS.has(token.key);
        if (!lowerCaseWord && !companyAfter(i)) push(token.start, token.end, code);
        continue;
      }
      if (/'/.test(token.key)) {
        // "Zoë's", "O'Brien's": the name before a possessive; "d'Ana": the name after an elision.
        const possessive = /'s$/.exec(token.key);
        const stem = possessive ? parts.get(token.key.slice(0, -2)) : undefined;
        if (stem !== undefined) {
          push(token.start, token.end - 2, stem);
          continue;
        }
        let offset = token.start;
        for (const piece of token.raw.split(/['’ʼ‘`´′]/u)) {
          const pieceCode = codePoints(piece) >= 2 ? parts.get(foldForMatching(piece)) : undefined;
          if (pieceCode !== undefined) push(offset, offset + piece.length, pieceCode);
          offset += piece.length + 1;
        }
        continue;
      }
      if (lengths.length > 0 && UNSPACED.test(token.raw)) {
        const chars = [...token.raw];
        const offsets: number[] = [];
        let at = token.start;
        for (const ch of chars) {
          offsets.push(at);
          at += ch.length;
        }
        offsets.push(at);
        for (let c = 0; c < chars.length;) {
          let matched = 0;
          for (const length of lengths) {
            if (c + length > chars.length) continue;
            const piece = chars.slice(c, c + length).join('');
            const pieceCode = unspaced.get(piece);
            if (pieceCode !== undefined) {
              push(offsets[c] ?? 0, offsets[c + length] ?? 0, pieceCode);
              matched = length;
              break;
            }
          }
          c += matched || 1;
        }
      }
    }
    return { text, matches: mergeNeighbours(text, raw) };
  };

  const redact = (input: string): string => {
    const { text, matches } = find(input);
    if (matches.length === 0) return text;
    let out = '';
    let at = 0;
    for (const m of matches) {
      out += text.slice(at, m.start) + m.code;
      at = m.end;
    }
    return out + text.slice(at);
  };

  return { find, redact };
}

/**
 * Sorts matches and joins neighbours with the same code ("Souza Ana", "山田 太郎"), so one
 * person written in two words becomes one code, not two.
 */
function mergeNeighbours(text: string, matches: readonly NameMatch[]): NameMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: NameMatch[] = [];
  for (const m of sorted) {
    const last = out.at(-1);
    if (last && m.start < last.end) continue;
    if (last && last.code === m.code && /^[\s\-‐‑–—.]{0,4}$/u.test(text.slice(last.end, m.start))) {
      out[out.length - 1] = { ...last, end: m.end, text: text.slice(last.start, m.end) };
    } else out.push(m);
  }
  return out;
}
