import { hyphenStylesStart } from './hyphen-name';
import { PLACES } from './places';
import { NON_NAME_FIRST } from './stop-words';
import { SURNAMES } from './surnames';
import { tokenKey, type TextContext } from './text-context';
import { ALLCAPS, CAP, NL_BEFORE, PUNCT, WORD } from './tokenize';

// A capitalised word in Latin letters that is no Vietnamese syllable: "Antony", "Yoshihide", "Szijjártó", "Péter".
// Letters with Central-European accents (Latin-1, Latin Extended-A) are allowed; a word using them must not spell a
// Vietnamese syllable once its accents are dropped ("Hà", "Lê" stay Vietnamese), and đ or the Vietnamese-only
// letters (ơ, ư, ạ … ỹ) rule the word out. `onNewLine` lets the word open a line ("Hoa Kỳ\nJohn Kerry").
function isLatinWord(ctx: TextContext, k: number, onNewLine = false): boolean {
  const t = ctx.tokens;
  if (k >= t.count || t.kind[k] !== WORD || !(t.flags[k]! & CAP) || t.flags[k]! & ALLCAPS) return false;
  if (t.flags[k]! & NL_BEFORE && !onNewLine) return false;
  const len = t.end[k]! - t.start[k]!;
  if (len < 2 || len > 20) return false; // "Khoutphaythoune"
  let accented = false;
  for (let i = t.start[k]!; i < t.end[k]!; i++) {
    const c = ctx.lower.charCodeAt(i);
    if (c >= 97 && c <= 122) continue;
    // "O'Connor", "D’Souza": an apostrophe inside the word.
    if ((c === 39 || c === 0x2019) && i > t.start[k]! && i < t.end[k]! - 1) continue;
    // "H.King": an initial glued to the family name by its dot.
    if (c === 46 && i === t.start[k]! + 1 && len >= 4 && ctx.text[i + 1] !== ctx.lower[i + 1]) continue;
    if (!isForeignLetter(c)) return false;
    accented = true;
  }
  return !accented || !VIET_SYLLABLE.test(stripAccents(ctx.lower.slice(t.start[k], t.end[k])));
}

// Lower-case letters of Latin-1 Supplement and Latin Extended-A, without ÷ and đ.
function isForeignLetter(c: number): boolean {
  return (c >= 0xdf && c <= 0xff && c !== 0xf7) || (c >= 0x100 && c <= 0x17f && c !== 0x111);
}

function stripAccents(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

// "J." inside "Antony J. Blinken": one capital letter and a dot glued to it.
function isInitial(ctx: TextContext, k: number): boolean {
  const t = ctx.tokens;
  if (k + 1 >= t.count || t.kind[k] !== WORD || t.end[k]! - t.start[k]! !== 1 || !(t.flags[k]! & CAP)) return false;
  return t.kind[k + 1] === PUNCT && ctx.text[t.start[k + 1]!] === '.' && t.start[k + 1] === t.end[k];
}

// "Sinlavong": a word no Vietnamese syllable spells (several vowels groups or a long onset), so not a bare Vietnamese name.
function isSyllableFree(ctx: TextContext, k: number): boolean {
  return !VIET_SYLLABLE.test(ctx.lower.slice(ctx.tokens.start[k], ctx.tokens.end[k]));
}

const VIET_SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aeiouy]{1,3}(ng|nh|ch|[cmnpt])?$/;

// "Duck-soo", "Moo-hyun": a Korean given name's second syllable glued by a hyphen, in lower case; "Al-Rifai",
// "El-Fayez", "Jean-Yves": a capitalised Latin part glued the same way. Returns the token after the name word (past
// the tail when there is one).
function hyphenTailEnd(ctx: TextContext, j: number): number {
  // "Chan-o-cha": one lower-case tail after another.
  for (let n = 0; n < 4; n++) {
    const end = oneHyphenTailEnd(ctx, j);
    if (end === j) return j;
    j = end;
  }
  return j;
}

function oneHyphenTailEnd(ctx: TextContext, j: number): number {
  const t = ctx.tokens;
  if (j + 1 >= t.count || t.kind[j] !== PUNCT || ctx.text[t.start[j]!] !== '-') return j;
  if (t.start[j] !== t.end[j - 1] || t.start[j + 1] !== t.end[j] || t.kind[j + 1] !== WORD) return j;
  if (t.flags[j + 1]! & CAP) return isLatinWord(ctx, j + 1) ? j + 2 : j;
  const len = t.end[j + 1]! - t.start[j + 1]!;
  if (len > 6) return j;
  for (let i = t.start[j + 1]!; i < t.end[j + 1]!; i++) {
    const c = ctx.lower.charCodeAt(i);
    if (c < 97 || c > 122) return j;
  }
  return j + 2;
}

function isParticle(ctx: TextContext, k: number): boolean {
  return k >= 0 && ctx.tokens.kind[k] === WORD && !(ctx.tokens.flags[k]! & CAP) && PARTICLES.has(ctx.lower.slice(ctx.tokens.start[k], ctx.tokens.end[k]));
}

const PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'bin', 'binti', 'ibn', 'al', 'el', 'e', 'y', 'la', 'le']);

/**
 * A foreign official's name in Latin letters written right after a title and its country
 * ("Ngoại trưởng Mỹ Antony J. Blinken", "Thủ tướng Nhật Bản Suga Yoshihide"): its token range, or null.
 * Two to four words, initials allowed inside; a place or an organ word does not open it.
 */
export function foreignNameAt(ctx: TextContext, k: number, notVietnamese = false, onNewLine = false): [number, number] | null {
  const name = latinNameAt(ctx, k, onNewLine);
  if (!name || !notVietnamese) return name;
  // No Vietnamese syllable spells one of its words ("Malaithong", "Simmalavong").
  for (let i = name[0]; i < name[1]; i++) if (ctx.tokens.kind[i] === WORD && ctx.tokens.end[i]! - ctx.tokens.start[i]! > 1 && isSyllableFree(ctx, i)) return name;
  // "Choo Kyung Ho", "Lee Chang Yang": three words or more with no Vietnamese mark, not opened by a Vietnamese family
  // name (a Vietnamese name in a text written with its marks carries some).
  if (name[1] - name[0] < 3 || SURNAMES.has(tokenKey(ctx, name[0]))) return null;
  for (let i = name[0]; i < name[1]; i++) if (ctx.tokens.kind[i] === WORD && /[^a-z]/.test(ctx.lower.slice(ctx.tokens.start[i], ctx.tokens.end[i]))) return null;
  return name;
}

// Honorific styles written before a foreign name, not part of it ("Samdech Akka Moha Sena Padei Techo Hun Sen").
const STYLES = new Set(['samdech', 'akka', 'moha', 'sena', 'padei', 'techo', 'decho', 'bovor', 'thipadei', 'vibol', 'kralahom', 'dato', 'datuk', 'tan', 'sri', 'sheikh', 'sir', 'dr', 'mr', 'mrs', 'ms']);

/** Where the styles written before the foreign name starting at token k begin (k when there are none). */
export function stylesStart(ctx: TextContext, k: number): number {
  let s = k;
  while (s > 0 && k - s < 6 && ctx.tokens.kind[s - 1] === WORD && STYLES.has(ctx.lower.slice(ctx.tokens.start[s - 1], ctx.tokens.end[s - 1]))) s--;
  return s === k ? hyphenStylesStart(ctx, k) : s;
}

// Two capital letters with no vowel between them ("JD", "JB"): initials, no acronym of an organ (those have three).
function initialsAt(ctx: TextContext, k: number): boolean {
  const t = ctx.tokens;
  if (k >= t.count || t.kind[k] !== WORD || !(t.flags[k]! & ALLCAPS) || t.end[k]! - t.start[k]! !== 2) return false;
  return /^[b-df-hj-np-tv-z]{2}$/.test(ctx.lower.slice(t.start[k], t.end[k]));
}

function latinNameAt(ctx: TextContext, k: number, onNewLine: boolean): [number, number] | null {
  for (let n = 0; n < 6 && k + 1 < ctx.tokens.count && STYLES.has(ctx.lower.slice(ctx.tokens.start[k], ctx.tokens.end[k])); n++) k++;
  // "V. Titov": an initial, then a family name no Vietnamese syllable spells, ending the name.
  if (isInitial(ctx, k) && isLatinWord(ctx, k + 2) && isSyllableFree(ctx, k + 2) && !isLatinWord(ctx, k + 3)) return [k, hyphenTailEnd(ctx, k + 3)];
  // "JD Vance": initials written together before a family name no Vietnamese syllable spells.
  if (initialsAt(ctx, k) && isLatinWord(ctx, k + 1) && isSyllableFree(ctx, k + 1) && !isLatinWord(ctx, k + 2)) return [k, hyphenTailEnd(ctx, k + 2)];
  if (!isLatinWord(ctx, k, onNewLine) || PLACES.match(ctx, k)) return null;
  // "Cho", "Tan", "Bao" open Vietnamese phrases; a Korean or Chinese family name only right after a country or before
  // a word no Vietnamese syllable spells ("Ngoại trưởng Hàn Quốc Cho Hyun").
  if (NON_NAME_FIRST.has(ctx.lower.slice(ctx.tokens.start[k], ctx.tokens.end[k])) && !(isLatinWord(ctx, k + 1) && (isSyllableFree(ctx, k + 1) || placeEndsAt(ctx, k)))) return null;
  let words = 1;
  let j = hyphenTailEnd(ctx, k + 1);
  while (words < 6) {
    if (isInitial(ctx, j) && isLatinWord(ctx, j + 2)) { j += 3; words++; continue; }
    // "Francisco de Souza", "Ursula von der Leyen": lower-case particles between the capitalised parts.
    let p = j;
    while (p < j + 2 && p < ctx.tokens.count && PARTICLES.has(ctx.lower.slice(ctx.tokens.start[p], ctx.tokens.end[p])) && ctx.tokens.kind[p] === WORD) p++;
    if (p > j && words >= 1 && isLatinWord(ctx, p)) j = p;
    if (!isLatinWord(ctx, j)) break;
    if (PLACES.match(ctx, j)) return null; // "Jakarta Indonesia": a place list, not a person
    j = hyphenTailEnd(ctx, j + 1);
    words++;
  }
  // "Quốc vương Mohammed VI", "Vua Charles III": one name and a regnal number.
  if (words === 1 && isRegnal(ctx, j)) return [k, j + 1];
  return words >= 2 ? [k, j] : null;
}

function isRegnal(ctx: TextContext, k: number): boolean {
  const t = ctx.tokens;
  if (k >= t.count || t.kind[k] !== WORD || !(t.flags[k]! & ALLCAPS) || t.flags[k]! & NL_BEFORE) return false;
  return /^(i{1,3}|iv|vi{0,3}|ix|x{1,2}i{0,3})$/.test(ctx.lower.slice(t.start[k], t.end[k]));
}

/** True when a country or province name ends right before token k ("… Nhật Bản | Suga"). */
export function placeEndsAt(ctx: TextContext, k: number): boolean {
  for (let len = 1; len <= 3 && k - len >= 0; len++) {
    const m = PLACES.match(ctx, k - len);
    if (m && m.len === len) return true;
  }
  return false;
}

/** The foreign name ending at token j ("Elbridge A. Colby" before ", Thứ trưởng"): its token range, or null. */
export function foreignNameEndingAt(ctx: TextContext, j: number): [number, number] | null {
  // "Kim Jung-taek": the last word's lower-case tail glued by a hyphen ends the name.
  const tail = !isLatinWord(ctx, j) && j >= 2 && hyphenTailEnd(ctx, j - 1) === j + 1 && isLatinWord(ctx, j - 2);
  if (!tail && !isLatinWord(ctx, j)) return null;
  let i = tail ? j - 2 : j;
  // Bounded steps (initials too), so a run of "A. A. A. …" before a title costs constant work.
  for (let words = 1, steps = 0; words < 6 && i > 0 && steps < 10; steps++) {
    if (i >= 2 && isInitial(ctx, i - 2)) { i -= 2; continue; }
    // "Mit-suo Sakaba": a capitalised word with a lower-case tail glued by a hyphen.
    if (i >= 3 && isLatinWord(ctx, i - 3) && hyphenTailEnd(ctx, i - 2) === i) { i -= 3; words++; continue; }
    // "Ahmed Al-Sayed": two capitalised parts glued by a hyphen.
    if (i >= 2 && isLatinWord(ctx, i - 2) && hyphenTailEnd(ctx, i - 1) === i + 1) { i -= 2; words++; continue; }
    // "Ursula von der Leyen": lower-case particles between the capitalised parts.
    const particles = isParticle(ctx, i - 1) ? (isParticle(ctx, i - 2) ? 2 : 1) : 0;
    if (particles && i - particles - 1 >= 0 && isLatinWord(ctx, i - particles - 1)) { i -= particles + 1; words++; continue; }
    if (!isLatinWord(ctx, i - 1)) break;
    i--;
    words++;
  }
  const name = foreignNameAt(ctx, i);
  return name && name[1] === j + 1 ? name : null;
}

// Heads whose holders papers name by the family name alone ("Tổng thống Putin", "Thủ tướng Nga Mishustin").
const LEADER_HEADS = new Set(['tổng thống', 'thủ tướng', 'ngoại trưởng', 'quốc vương', 'đại sứ']);

/**
 * "Tổng thống Trump", "Tổng thống Nga Putin": a leader's family name alone, one word no Vietnamese syllable spells,
 * right after the head (and the country) with nothing capitalised after it. Its token range, or null.
 */
export function soloLeaderAt(ctx: TextContext, k: number, headEnd: number): [number, number] | null {
  const t = ctx.tokens;
  if (headEnd < 2 || !LEADER_HEADS.has(`${tokenKey(ctx, headEnd - 2)} ${tokenKey(ctx, headEnd - 1)}`)) return null;
  if (k !== headEnd && PLACES.match(ctx, headEnd)?.len !== k - headEnd) return null;
  // ("Đại sứ Indonesia Mayerfas": an ambassador named by one name only after the country.)
  if (k === headEnd && tokenKey(ctx, headEnd - 2) === 'đại') return null;
  if (!isLatinWord(ctx, k) || t.end[k]! - t.start[k]! < 3 || !isSyllableFree(ctx, k) || PLACES.match(ctx, k)) return null;
  const n = k + 1;
  if (n < t.count && ((t.kind[n] === WORD && t.flags[n]! & CAP) || (t.kind[n] === PUNCT && t.start[n] === t.end[k] && ctx.text[t.start[n]!] === '-'))) return null;
  return [k, n];
}
