import { capRunEnd, pickName } from './name-run';
import { startTitle } from './parse-title-chain';
import { phraseSet } from './phrase-lexicon';
import { HONORIFICS, MILITARY_RANKS } from './ranks';
import { STOP_WORDS } from './stop-words';
import { punctAt, tokenKey, type TextContext } from './text-context';
import { CAP, NL_BEFORE, NUM, PUNCT, WORD } from './tokenize';

// A committee named after what it is for: "Ban Chỉ đạo Trung ương về phòng, chống thiên tai".


// Function words a purpose may hold: "về người Việt Nam ở nước ngoài", "các dân tộc", "phòng, chống … và …".
const PURPOSE_WORDS = new Set(['và', 'các', 'ở', 'người', 'những', 'cho', 'trong']);

// Organs named after what they are for: "Ban Chỉ đạo …", "Ủy ban Nhà nước …", "Hội đồng …", "Tiểu ban …", "Tổ công tác …".
// ("Hội đồng Lý luận Trung ương về công tác …" is the council, then the topic of a speech: not in the list.)
const PURPOSE_ORGANS = phraseSet(['ban chỉ đạo', 'ủy ban nhà nước', 'ủy ban quốc gia', 'hội đồng quốc gia', 'tiểu ban', 'tổ công tác', 'ban điều hành']);

/** True when such a committee ("Ban Chỉ đạo Trung ương") ends at most two words before token k. */
export function purposeOrganBefore(ctx: TextContext, headEnd: number, k: number): boolean {
  for (let j = Math.max(0, headEnd - 2); j < k; j++) {
    const m = PURPOSE_ORGANS.match(ctx, j);
    if (m && k - (j + m.len) <= 2) return true;
  }
  return false;
}

/**
 * The lower-case purpose after "về": words up to a verb, a head, an honorific, a name or a punctuation that ends
 * it (", chống" stays); at most a dozen tokens; the token after it.
 */
export function purposeEnd(ctx: TextContext, k: number): number {
  const t = ctx.tokens;
  let e = k;
  for (; e < t.count && e < k + 12; e++) {
    if (t.kind[e] === PUNCT) {
      if (punctAt(ctx, e) === ',' && tokenKey(ctx, e + 1) === 'chống') continue;
      if (punctAt(ctx, e) === '-' && t.kind[e + 1] === WORD && !(t.flags[e + 1]! & CAP)) continue;
      break;
    }
    if (t.kind[e] === NUM) { if (t.kind[e - 1] === WORD && t.end[e]! - t.start[e]! <= 4) continue; break; }
    if (t.flags[e]! & NL_BEFORE || startTitle(ctx, e) || HONORIFICS.match(ctx, e) || MILITARY_RANKS.match(ctx, e)) break;
    if (t.flags[e]! & CAP) {
      // A capitalised word inside the purpose ("AIDS", "COVID", "Việt Nam") but not a person's name.
      const run = capRunEnd(ctx, e);
      if (run - e >= 2 && pickName(ctx, e, run, 'weak')) break;
      continue;
    }
    if (tokenKey(ctx, e) === 'song' && tokenKey(ctx, e + 1) === 'phương') { e++; continue; } // "song phương": bilateral
    const stop = STOP_WORDS.match(ctx, e); // ("cho biết" is no purpose word)
    if (stop && (stop.len > 1 || !PURPOSE_WORDS.has(tokenKey(ctx, e)))) break;
  }
  return e;
}
