import type { OfficialHit } from './find-officials';
import { PRIVATE_MARKERS } from './org-words';
import { parseTitleChain, startTitle } from './parse-title-chain';
import { origText, punctAt, tokenKey, wordAt, type TextContext } from './text-context';
import { CAP, PARA_BEFORE, PUNCT, WORD } from './tokenize';

// Words between the pronoun and the verb: "ông từng", "bà đã lần lượt", "ông trước đó".
const ADVERBS = new Set(['từng', 'đã', 'đang', 'hiện', 'nay', 'vẫn', 'cũng', 'còn', 'lần', 'lượt', 'trước', 'sau', 'đó', 'đây', 'tiếp', 'tục']);
// How far back (tokens) the official a pronoun stands for may be named.
const WINDOW = 300;

// From the token after "ông"/"bà": the head of the post the clause gives, or -1. "ông từng giữ các chức vụ: …",
// "bà là …", "ông làm …", "ông từng giữ Phó Chủ tịch …".
function postAfterPronoun(ctx: TextContext, k: number): number {
  const t = ctx.tokens;
  if (k >= t.count || t.kind[k] !== WORD || t.flags[k]! & CAP) return -1; // "ông Nguyễn Văn A": a name, not a pronoun
  let n = 0;
  while (n < 4 && ADVERBS.has(wordAt(ctx, k))) { k++; n++; }
  const verb = wordAt(ctx, k);
  if (verb === 'là' || verb === 'làm') k++;
  else if (verb === 'giữ' || (verb === 'đảm' && (wordAt(ctx, k + 1) === 'nhận' || wordAt(ctx, k + 1) === 'nhiệm')) || (verb === 'kinh' && wordAt(ctx, k + 1) === 'qua')) {
    // "ông từng đảm nhận các chức vụ: …", "bà đã kinh qua các chức vụ …".
    k += verb === 'giữ' ? 1 : 2;
    if (wordAt(ctx, k) === 'các') k++;
    if (wordAt(ctx, k) === 'chức') { k++; if (wordAt(ctx, k) === 'vụ' || wordAt(ctx, k) === 'danh') k++; }
    if (k < t.count && t.kind[k] === PUNCT && ctx.text[t.start[k]!] === ':') k++;
  } else return -1;
  return startTitle(ctx, k) ? k : -1;
}

// Words naming posts in a career list: "chức vụ", "chức danh", "vị trí (công tác)", "cương vị".
function postsNounEnd(ctx: TextContext, k: number): number {
  const w = wordAt(ctx, k);
  if (w === 'chức' && (wordAt(ctx, k + 1) === 'vụ' || wordAt(ctx, k + 1) === 'danh')) return k + 2;
  if ((w === 'vị' && wordAt(ctx, k + 1) === 'trí') || (w === 'cương' && wordAt(ctx, k + 1) === 'vị')) {
    return wordAt(ctx, k + 2) === 'công' && wordAt(ctx, k + 3) === 'tác' ? k + 4 : k + 2;
  }
  return -1;
}

/**
 * "(bà Vân) trải qua nhiều chức vụ: …", "(ông A đã từng) trải qua các vị trí công tác như …", "kinh qua nhiều vị trí
 * công tác của trung ương và địa phương như …", "từng giữ nhiều chức vụ: …": a career list with no pronoun right
 * before it, starting at token k; the head of its first post, or -1.
 */
function careerListAt(ctx: TextContext, k: number): number {
  const verb = wordAt(ctx, k);
  // "(được) phân công nhiều chức vụ như …", "đảm nhiệm nhiều chức vụ: …": also with a plural only.
  const pluralOnly = verb === 'giữ' || (verb === 'phân' && wordAt(ctx, k + 1) === 'công') || (verb === 'đảm' && wordAt(ctx, k + 1) === 'nhiệm');
  if (!((verb === 'trải' || verb === 'kinh') && wordAt(ctx, k + 1) === 'qua') && !pluralOnly) return -1;
  let j = verb === 'giữ' ? k + 1 : k + 2;
  const plural = wordAt(ctx, j) === 'nhiều' || wordAt(ctx, j) === 'các';
  if (plural) j++;
  else if (pluralOnly) return -1; // "giữ chức vụ X": one appointment, read elsewhere
  j = postsNounEnd(ctx, j);
  if (j < 0) return -1;
  // "… của trung ương và địa phương như": a few lower-case words, then "như" or ":".
  for (let n = 0; n < 8 && j < ctx.tokens.count && ctx.tokens.kind[j] === WORD && wordAt(ctx, j) !== 'như' && !startTitle(ctx, j); n++) j++;
  if (wordAt(ctx, j) === 'như') j++;
  if (punctAt(ctx, j) === ':') j++;
  return startTitle(ctx, j) ? j : -1;
}

// The honorific ("ông"/"bà") of the sentence's subject, looking back at most a short clause from token k.
function subjectPronoun(ctx: TextContext, k: number): string {
  for (let j = k - 1; j >= Math.max(0, k - 30); j--) {
    const p = punctAt(ctx, j);
    if (p === '.' || p === ';' || ctx.tokens.flags[j + 1]! & PARA_BEFORE) break;
    const w = wordAt(ctx, j);
    if (w === 'ông' || w === 'bà') return w;
  }
  return '';
}

function hasThi(ctx: TextContext, name: [number, number]): boolean {
  for (let k = name[0]; k < name[1]; k++) if (tokenKey(ctx, k) === 'thị') return true;
  return false;
}

/**
 * "Ông từng giữ chức Bí thư Tỉnh đoàn, …; trước đó ông là Phó Chủ tịch …": posts a pronoun "ông"/"bà" (no name after
 * it) gives to the official named last before it (for "bà", the last one with "Thị" in the name, when there is one).
 * Added as ifKnown hits: they only ever add titles to an official the text names.
 */
export function careerTitles(ctx: TextContext, hits: OfficialHit[]): void {
  const t = ctx.tokens;
  const named = hits.filter((h) => !h.ifKnown && h.group === undefined).sort((a, b) => a.name[0] - b.name[0]);
  if (!named.length) return;
  const found: OfficialHit[] = [];
  let next = 0; // named[0 .. next) start before the current token
  for (let k = 1; k < t.count - 2; k++) {
    let key = wordAt(ctx, k);
    const pronoun = key === 'ông' || key === 'bà';
    if (!pronoun && key !== 'trải' && key !== 'kinh' && key !== 'giữ' && key !== 'phân' && key !== 'đảm') continue;
    while (next < named.length && named[next]!.name[1] <= k) next++;
    if (next === 0) continue;
    const head = pronoun ? postAfterPronoun(ctx, k + 1) : careerListAt(ctx, k);
    if (head < 0) continue;
    if (!pronoun) key = subjectPronoun(ctx, k);
    let who = named[next - 1]!;
    // "bà" for the last woman named (a "Thị" in her name) when the last official named is not one.
    if (key === 'bà' && !hasThi(ctx, who.name)) {
      for (let j = next - 2; j >= 0 && k - named[j]!.name[1] <= WINDOW; j--) if (hasThi(ctx, named[j]!.name)) { who = named[j]!; break; }
    }
    if (k - who.name[1] > WINDOW) continue;
    const titles: string[] = [];
    // The list's items, one chain each, split by ";" or "," ("…: A; B kiêm C; Kiêm D.").
    let end = head;
    for (let item = 0, at = head; item < 16 && at >= 0; item++) {
      const chain = parseTitleChain(ctx, at, 'name-first')!;
      for (const s of chain.titles) {
        let own = true;
        for (let j = s.from; j < s.to && own; j++) if (PRIVATE_MARKERS.match(ctx, j)) own = false;
        if (own) titles.push(origText(ctx, t.start[s.from]!, t.end[s.to - 1]!));
      }
      end = chain.end;
      const p = punctAt(ctx, end);
      const nextHead = p === ';' || p === ',' ? end + 1 + (wordAt(ctx, end + 1) === 'kiêm' ? 1 : 0) : -1;
      at = nextHead > 0 && startTitle(ctx, nextHead) ? nextHead : -1;
    }
    if (titles.length) found.push({ name: who.name, titles, ranks: [], ifKnown: true });
    k = Math.max(k, end - 1);
  }
  hits.push(...found);
}
