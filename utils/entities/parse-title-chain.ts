import { citedSymbolEnd } from './cited-symbol';
import { purposeEnd, purposeOrganBefore } from './committee-purpose';
import { acronymAsideEnd, closesParen, commaStaysInTitle, continuesOrgName, institutionEndsAt, lowerRunToOrgan, parenInTitleEnd, parentOrganAt } from './organ-name-continues';
import { rankedNameAt } from './ranked-name';
import { termEnd } from './term-of-office';
import { foreignNameAt, placeEndsAt, soloLeaderAt, stylesStart } from './foreign-name';
import { hardWrapAt } from './hard-wrap';
import { hyphenNameAt } from './hyphen-name';
import { ORGAN_NOUNS, isNameToken, capRunEnd, pickName } from './name-run';
import { HONORIFICS, MILITARY_RANKS } from './ranks';
import { PLACES } from './places';
import { CAPTION_WORDS, COUNT_UNITS, DOT_ABBREV, ORGAN_HEAD_ENDS } from './title-body-words';
import { ADMIN_UNITS, LOCAL_UNITS, VILLAGE_UNITS, placeShapedHolder, postingEndsAt, schoolNameAt } from './local-unit';
import { dashNameAt, lineOpeningName } from './name-after-title';
import { ORG_PHRASES } from './org-words';
import { isPublicTitle } from './public-title';
import { STOP_WORDS } from './stop-words';
import { SURNAMES } from './surnames';
import { TITLE_MODIFIERS } from './title-heads';
import { opensNextPost, startTitle } from './start-title';
import type { ChainMode, TitleChain, TitleSpan } from './title-chain-types';
export { startTitle } from './start-title';
import { punctAt, tokenKey, wordAt, type TextContext } from './text-context';
import { ALLCAPS, CAP, DOTTED, NL_BEFORE, NUM, PARA_BEFORE, PUNCT, WORD } from './tokenize';

export type { ChainMode, TitleChain, TitleSpan } from './title-chain-types';

const MAX_TITLE_TOKENS = 40; // an ambassador accredited to three states runs past 30

/** Reads the words after a head up to the end of the title; a title-first name found on the way ends it. */
function readBody(ctx: TextContext, k: number, mode: ChainMode): { end: number; name: [number, number] | null; titleEnd: number; nameUnsure?: boolean } {
  const t = ctx.tokens;
  const headEnd = k;
  // "Phó trưởng Ban tổ chức": the head's last word opens an organ that goes on in lower case.
  const org0 = k > 0 ? ORG_PHRASES.match(ctx, k - 1) : null;
  // ("Phó Trưởng ban Tuyên Giáo Tỉnh ủy": also capitalised, no name read inside it, "và Dân vận" may follow.)
  const org0Cap = org0 !== null && org0.len > 1 && (t.flags[k]! & CAP) !== 0;
  if (org0 && org0.len > 1) k = k - 1 + org0.len;
  const limit = Math.min(t.count, k + MAX_TITLE_TOKENS);
  // Lower-case syllables allowed after a capitalised word ("Bộ Tài chính"), or after a head ending in an organ
  // word ("Phó chánh Tòa hình sự").
  let budget = ORGAN_HEAD_ENDS.has(tokenKey(ctx, k - 1)) ? 2 : 0;
  let afterCapWord = org0Cap; // inside a proper organ name, where "và" joins its parts
  let inPlace = VILLAGE_UNITS.has(tokenKey(ctx, k - 1)); // after "xã", "huyện", "thôn": a place name, no lower-case words after
  let capOrgEnd = -1; // just after a capitalised organ that is no place ("Thượng viện"): a foreign holder may follow
  // just after "huyện ủy", "xã", "quận" (or a village head: "Trưởng thôn"): a two-word place name may follow
  let localUnit = VILLAGE_UNITS.has(tokenKey(ctx, k - 1)) ? k : -1;
  let termFrom = -1; // where the terms of office read last start ("khóa 16, nhiệm kỳ 2025-2030")
  let termTo = -1; // and where they end
  let placeEnd = -1; // just after a province or country read whole
  // (A term or an acronym read last stays out of the title when nothing of it follows; an acronym, even before a dash.)
  const done = (end: number, name: [number, number] | null = null) => ({ end, name, titleEnd: termFrom >= 0 && (termTo === end || (termTo === end - 1 && punctAt(ctx, termTo) === '-' && punctAt(ctx, termTo - 1) === ')')) ? termFrom : end });
  while (k < limit) {
    const cited = citedSymbolEnd(ctx, k); // "Ban Chỉ đạo Chương trình số 04-CTr/TU": the title runs through the citation
    if (cited) { k = cited; budget = 0; afterCapWord = false; continue; }
    const kind = t.kind[k]!;
    if (kind === PUNCT) {
      const p = ctx.text[t.start[k]!];
      if (p === '.' && DOT_ABBREV.has(tokenKey(ctx, k - 1)) && t.start[k] === t.end[k - 1]) { k++; continue; }
      if (p === ',' && commaStaysInTitle(ctx, k)) { k++; budget = 2; continue; }
      // "Phó Bí thư Tỉnh ủy khóa 16, nhiệm kỳ 2025-2030, gồm …": a term after a comma belongs with the title.
      if (p === ',' && termTo === k && termEnd(ctx, k + 1)) { k = termTo = termEnd(ctx, k + 1); continue; }
      // "Bộ Nông nghiệp & Phát triển nông thôn", "Sở TN& MT": an ampersand joins two parts of one organ's name.
      if (p === '&' && t.kind[k - 1] === WORD && t.kind[k + 1] === WORD && t.flags[k + 1]! & CAP) { k++; budget = 2; continue; }
      // "phòng, chống dịch COVID-19": a glued dash joins an abbreviation to its short number.
      if (p === '-' && t.flags[k - 1]! & ALLCAPS && t.kind[k + 1] === NUM && t.start[k] === t.end[k - 1] &&
        t.start[k + 1] === t.end[k] && t.end[k + 1]! - t.start[k + 1]! <= 3) { k += 2; continue; }
      if (p === '-' && HONORIFICS.match(ctx, k + 1)) break; // "Trưởng Ban Tổ chức Trung ương - Đồng chí A"
      if (p === '-' && t.flags[k]! & NL_BEFORE) break; // a bullet opening the next line
      // "Trưởng phòng Quản lý công sản - giá cả Sở Tài chính": a spaced dash inside the unit's name, lower case on.
      if (p === '-' && t.kind[k + 1] === WORD && !(t.flags[k + 1]! & CAP) && t.start[k]! > t.end[k - 1]!) {
        const run = lowerRunToOrgan(ctx, k + 1);
        if (run) { k = run; continue; }
      }
      // "Chủ tịch Hội đồng Liên bang (Thượng viện) Nga …": an organ's other name in parentheses, the title goes on.
      // "cựu trưởng phòng Giá (Sở Tài chính Thanh Hóa)": the parent organ in parentheses belongs to the title.
      if (p === '(' && t.kind[k - 1] === WORD && parentOrganAt(ctx, k + 1)) {
        let close = -1;
        for (let j = k + 2; j < Math.min(t.count, k + 12) && close < 0; j++) if (punctAt(ctx, j) === ')') close = j;
        // "Chủ tịch UBND huyện Quế Sơn (tỉnh Quảng Nam) Lê Tấn Trung": a title-first holder may follow it.
        if (close > 0) {
          k = close + 1;
          const run = mode === 'title-first' && k < t.count && t.flags[k]! & CAP ? capRunEnd(ctx, k) : k;
          const name = run - k >= 2 ? pickName(ctx, k, run, 'weak') : null;
          if (name && name[0] === k) return done(close + 1, name);
          break;
        }
      }
      const inside = p === '(' ? parenInTitleEnd(ctx, k) : -1; // "(IPU)", "(Thượng viện)", "(tỉnh Quảng Nam)"
      if (inside > 0) { k = inside; continue; }
      // "Chủ tịch HĐTV Tập đoàn Điện lực Việt Nam (EVN) – A": the organ's acronym, read on like a term (left out of
      // the title when nothing of it follows).
      const acronym = p === '(' ? acronymAsideEnd(ctx, k) : -1;
      if (acronym > 0) { if (termTo !== k) termFrom = k; k = termTo = acronym; continue; }
      if (p === '-' && t.flags[k + 1]! & CAP && !startTitle(ctx, k + 1) && (t.kind[k - 1] !== PUNCT || termTo === k) && t.kind[k + 1] === WORD) {
        const run = capRunEnd(ctx, k + 1);
        const name = run - (k + 1) >= 2 ? pickName(ctx, k + 1, run, 'weak') : null;
        // "… xã Krông Ana - Ảnh: …", "Chủ tịch HĐND – Chủ trì cuộc họp": a photo credit or a verb after a caption's dash.
        if (!name && CAPTION_WORDS.match(ctx, k + 1)) break;
        if (!name || name[0] !== k + 1) { k++; continue; } // "Việt-Nhật Phạm Minh Chính": the dash joins the organ's name
        // "Bí thư Huyện ủy Đức Huệ - Trần Thanh Phong tiếp đoàn": a spaced dash before a surname-led holder.
        // "… Khóa X- Phạm Văn Rạnh" (a headline): a dash glued on the left only, before a full name ending the line.
        const spaced = t.start[k]! > t.end[k - 1]! || (name[1] - name[0] >= 3 && (name[1] >= t.count || (t.flags[name[1]]! & NL_BEFORE) !== 0));
        if (mode === 'title-first' && spaced && t.start[k + 1]! > t.end[k]! && name[1] - name[0] >= 2 &&
          pickName(ctx, k + 1, run, 'weak')?.[0] === k + 1) return done(k + 1, name);
      }
      break;
    }
    if (kind === NUM) {
      // "Quân khu 7", "Phòng 5" — but not "… UBND tỉnh 2 năm tù": a number before a unit of time or count ends it.
      const unit = k + 1 < t.count && t.kind[k + 1] === WORD && COUNT_UNITS.has(tokenKey(ctx, k + 1));
      if (t.kind[k - 1] === WORD && t.end[k]! - t.start[k]! <= 3 && !(t.flags[k]! & NL_BEFORE) && !unit) { k++; continue; }
      break;
    }
    // A blank line (caption, headline) or a new line opening with a capital ends this one (a hard wrap inside
    // a title goes on in lower case: "Bộ Tài\nchính"), and so does a rank opening a name ("... giao Đại tá X").
    if (t.flags[k]! & PARA_BEFORE || (t.flags[k]! & NL_BEFORE && t.flags[k]! & CAP && !(hardWrapAt(ctx, k) && !startTitle(ctx, k)))) {
      // "Chủ tịch Quốc hội\nVương Đình Huệ: …" (an interview's speaker line): a surname-led name alone before its
      // punctuation on the next line is the holder.
      const name = mode === 'title-first' && !(t.flags[k]! & PARA_BEFORE) ? lineOpeningName(ctx, k) : null;
      if (name) return done(k, name);
      break;
    }
    if (MILITARY_RANKS.match(ctx, k) && rankedNameAt(ctx, k)) break;
    let org = ORG_PHRASES.match(ctx, k);
    // "UBND tỉnh Đoàn Trung Kiên": "tỉnh" and a holder surnamed Đoàn, not the provincial youth union ("Tỉnh đoàn").
    // (Not "tỉnh Đoàn Bùi Quang Huy": a full name of its own after "Đoàn" leaves it the union's.)
    if (org && org.len === 2 && tokenKey(ctx, k + 1) === 'đoàn' && !(t.flags[k]! & CAP) && t.flags[k + 1]! & CAP && capRunEnd(ctx, k + 1) - k === 4) org = { ...org, len: 1 };
    // After a capitalised organ ("Ban Tuyên giáo"), "và" may join the next part of its name ("và Dân vận").
    if (org) {
      afterCapWord = false; // any capital in the phrase: "Ủy ban Kinh tế" (matched as "ban kinh tế")
      for (let n = k; n < k + org.len; n++) if (t.flags[n]! & CAP) afterCapWord = true;
      // "Ủy ban Xã hội của Quốc hội": "xã hội" (society) is no commune.
      inPlace = ADMIN_UNITS.has(tokenKey(ctx, k)) && !(org.len === 2 && tokenKey(ctx, k + 1) === 'hội');
      localUnit = inPlace && LOCAL_UNITS.has(tokenKey(ctx, k)) ? k + org.len : -1;
      if (afterCapWord && !inPlace) capOrgEnd = k + org.len;
      k += org.len;
      budget = 0;
      continue;
    }
    const f = t.flags[k]!;
    const key = tokenKey(ctx, k);
    if (!(f & CAP)) {
      if ((key === 'khóa' || key === 'khoá') && termEnd(ctx, k)) {
        if (termTo !== k) termFrom = k;
        k = termTo = termEnd(ctx, k);
        continue;
      }
      // "Phó Thủ tướng Chính phủ nhiệm kỳ 2016-2021 <name>": the chain reads on past a term of office, which the
      // title leaves out when nothing of the title follows it (so does a "khóa XV" read just above).
      const term = termEnd(ctx, k);
      if (term) {
        if (termTo !== k) termFrom = k;
        k = termTo = term;
        continue;
      }
      if (key === 'và' && afterCapWord && continuesOrgName(ctx, k + 1)) { k++; continue; }
      if (key === 'của' && ORG_PHRASES.match(ctx, k + 1) && t.flags[k + 1]! & CAP) { k++; continue; } // "Ủy ban ... của Quốc hội"
      // "Đại sứ Nhật Bản tại Việt Nam", "Tòa án nhân dân cấp cao tại Đà Nẵng".
      if (key === 'tại' && PLACES.match(ctx, k + 1)) { k++; continue; }
      // "Trưởng Ban Chỉ đạo Trung ương về phòng, chống thiên tai": a committee's purpose goes on in lower case, also
      // without "về" ("Ủy ban quốc gia phòng, chống AIDS", "Ủy ban Chỉ đạo hợp tác song phương Việt Nam - …").
      if (purposeOrganBefore(ctx, headEnd, k)) {
        const e = purposeEnd(ctx, key === 'về' ? k + 1 : k);
        if (e > k + 1) { k = e; budget = 0; continue; }
      }
      // "nguyên Trưởng phòng … huyện này": the unit already named.
      if (key === 'này' && ADMIN_UNITS.has(tokenKey(ctx, k - 1))) { k++; break; }
      if (key === 'và' || key === 'kiêm' || STOP_WORDS.match(ctx, k)) break;
      if (budget === 0) {
        const run = lowerRunToOrgan(ctx, k);
        if (!run) break;
        k = run;
        continue;
      }
      budget--;
      inPlace = false;
      k++;
      continue;
    }
    // "UVBCH Tỉnh ủy Phó Chủ tịch HĐND tỉnh": a post's head right after an organ's capitals opens the next title.
    if (k > headEnd && opensNextPost(ctx, k)) break;
    // "Bí thư Tỉnh ủy Long An Khóa X - …": a term written with a capital.
    if ((key === 'khóa' || key === 'khoá') && termEnd(ctx, k)) {
      if (termTo !== k) termFrom = k;
      k = termTo = termEnd(ctx, k);
      continue;
    }
    afterCapWord = false;
    const place = PLACES.match(ctx, k);
    if (mode === 'title-first') {
      // "Thủ tướng Nhật Bản Suga Yoshihide": a Latin-letter name after the head or the country.
      // After a lower-case word ("Mặt trận Lào xây dựng đất nước Sinlavong …") only a clearly non-Vietnamese name.
      const afterLower = k > headEnd && t.kind[k - 1] === WORD && !(t.flags[k - 1]! & CAP);
      // "Chủ tịch Thượng viện Hun Sen": after a capitalised organ any Latin-letter name that opens with no surname.
      const afterOrg = k === capOrgEnd && !SURNAMES.has(tokenKey(ctx, k));
      // "Bộ trưởng Bộ Công Thương Malaithong Kommasith": after the organ's capitals, a name no Vietnamese syllable spells.
      const afterCap = k > headEnd && ((t.kind[k - 1] === WORD && (t.flags[k - 1]! & CAP) !== 0) || punctAt(ctx, k - 1) === ')');
      // Not after "huyện ủy", "xã": "Krông Ana", "Ea Súp" are highland places, no foreign names.
      const at = inPlace ? -1 : place ? k + place.len : k === headEnd || placeEndsAt(ctx, k) || afterLower || afterCap ? k : -1;
      const foreign = at >= 0 ? foreignNameAt(ctx, at, (afterLower || (afterCap && !placeEndsAt(ctx, k))) && at === k && !afterOrg, true) ?? hyphenNameAt(ctx, at) ?? soloLeaderAt(ctx, at, headEnd) : null;
      if (foreign) return { ...done(stylesStart(ctx, foreign[0]), foreign), nameUnsure: k === localUnit && placeShapedHolder(ctx, k, foreign) }; // "… Samdech … Hun Sen"
    }
    if (key === 'ảnh' && f & ALLCAPS) break; // "Phó chủ tịch UBND TP.HCM ẢNH: …": a photo credit
    if (f & (ALLCAPS | DOTTED) && !isNameToken(ctx, k, true)) { k++; budget = 0; continue; }
    // "Đại sứ Bồ Đào Nha …": a country or province is read whole, so no name starts inside it ("Đào Nha").
    if (place && place.len > 1 && !(k === headEnd && pickName(ctx, k, capRunEnd(ctx, k), 'strong'))) {
      k = placeEnd = k + place.len;
      budget = 0; // a place takes no lower-case words after it ("tỉnh Hà Giang gồm …")
      continue;
    }
    const run = capRunEnd(ctx, k);
    // "Sở Văn Hóa": right after an organ word of the body comes the organ's own name.
    // (An organ word that opens an organ: capitalised, not the tail of "Quốc hội" or "Bộ Quốc phòng".)
    const organName = (k - 1 >= headEnd && t.flags[k - 1]! & CAP && ORGAN_NOUNS.has(tokenKey(ctx, k - 1)) &&
      !(t.kind[k - 2] === WORD && t.flags[k - 2]! & CAP)) || institutionEndsAt(ctx, k - 1);
    if (run - k >= 2 && !organName) {
      // Right after the head ("Thủ tướng X Y") any name shape will do, and so will three or four syllables ending the
      // run after a province ("UBND TP. Hải Phòng Đan Đức Hiệp"), two after a posting ("… tại Việt Nam Hùng Ba").
      const name = pickName(ctx, k, run, k === headEnd || (k === placeEnd && ((run - k >= 3 && run - k <= 4) || (run - k === 2 && postingEndsAt(ctx, k)))) ? 'strong' : 'weak');
      // (Name-first, the holder is known: right after "huyện" a name is the district's, "huyện Trần Văn Thời".)
      const strong = name && (mode === 'title-first' || (name[1] - name[0] >= 3 && name[0] === k && k !== localUnit));
      // "Bí thư Huyện ủy Yên Phong - Lê Thanh Tâm": a place shaped like a name, its holder after a spaced dash.
      if (name && strong && !(name[0] === k && name[1] - name[0] === 2 && dashNameAt(ctx, name[1]))) {
        return { ...done(name[0], name), nameUnsure: (k === localUnit && placeShapedHolder(ctx, k, name)) || schoolNameAt(ctx, name[0]) };
      }
    }
    k++;
    // "Bộ Tài chính" takes lower-case syllables; "xã Thọ Trường nổ súng" does not.
    budget = inPlace ? 0 : 3;
    afterCapWord = true;
  }
  return done(k);
}

const heldByOwn = (ctx: TextContext, n: number) => { const b = readBody(ctx, startTitle(ctx, n)!.headEnd, 'title-first'); return b.name !== null && !b.nameUnsure; };
function semicolonTitle(ctx: TextContext, n: number): boolean {
  if (!startTitle(ctx, n)) return false;
  const sub = parseTitleChain(ctx, n, 'title-first');
  if (!sub || sub.name) return false;
  const e = sub.end;
  const p = punctAt(ctx, e);
  return e >= ctx.tokens.count || p === ';' || p === '.';
}

/** Parses the title chain starting at token i (a head, maybe after nguyên/Quyền); null if no head there. */
export function parseTitleChain(ctx: TextContext, i: number, mode: ChainMode): TitleChain | null {
  const titles: TitleSpan[] = [];
  let k = i;
  let name: [number, number] | null = null;
  let nameUnsure = false;
  for (;;) {
    const st = startTitle(ctx, k);
    if (!st) break;
    const body = readBody(ctx, st.headEnd, mode);
    let to = body.titleEnd;
    while (to > st.headEnd && ctx.tokens.kind[to - 1] === PUNCT && punctAt(ctx, to - 1) !== '.' && !closesParen(ctx, st.headEnd, to - 1)) to--;
    // "Phó Giám đốc Sở Y tế phụ trách điều hành …": "phụ trách" with nothing of the title after it is the verb.
    if (to - 2 >= st.headEnd && tokenKey(ctx, to - 2) === 'phụ' && tokenKey(ctx, to - 1) === 'trách') to -= 2;
    if (to - 1 > st.headEnd && tokenKey(ctx, to - 1) === 'và' && ctx.tokens.kind[to - 1] === WORD) to--; // "… Nhà nước và
    const sep = punctAt(ctx, body.end) || wordAt(ctx, body.end);
    // "Phó Chủ tịch - Tổng Thư ký UBTƯ MTTQ", "Phó Chủ tịch kiêm Tổng Thư ký …": a bare head joined to the next post
    // shares its organ; the two read as one title.
    // ("Phó Thủ tướng kiêm Bộ trưởng …", "UVBTV – PCT UBND huyện": a head that is a post on its own stays apart.)
    const joined = to === st.headEnd && !body.name && st.needsPublic && (sep === '-' || sep === 'kiêm') ? startTitle(ctx, body.end + 1) : null;
    if (joined && ctx.tokens.flags[body.end + 1]! & CAP) {
      const next = readBody(ctx, joined.headEnd, mode);
      if (next.titleEnd > joined.headEnd) {
        titles.push({ from: st.from, to: next.titleEnd, isPublic: !joined.needsPublic || isPublicTitle(ctx, joined.headEnd, next.titleEnd) });
        k = next.end;
        if (next.name) { name = next.name; nameUnsure = next.nameUnsure === true; k = next.name[1]; break; }
        const p2 = punctAt(ctx, k);
        const key2 = wordAt(ctx, k);
        if ((p2 === ',' || p2 === '-' || key2 === 'kiêm') && startTitle(ctx, k + 1)) { k++; continue; }
        break;
      }
    }
    titles.push({ from: st.from, to, isPublic: !st.needsPublic || isPublicTitle(ctx, st.headEnd, to) });
    k = body.end;
    if (body.name) { name = body.name; nameUnsure = body.nameUnsure === true; k = body.name[1]; break; }
    const p = punctAt(ctx, k);
    const key = wordAt(ctx, k);
    // ("A giữ chức Chủ tịch Quốc hội …, Chủ tịch Hạ viện Ba Lan Elżbieta Witek": a title with a holder of its own is not A's.)
    if ((p === ',' || p === '-' || key === 'kiêm') && startTitle(ctx, k + 1) && !(mode === 'name-first' && p === ',' && heldByOwn(ctx, k + 1))) { k++; continue; }
    if (k > st.headEnd && opensNextPost(ctx, k)) continue;
    // "A, Ủy viên Ban Thường vụ Tỉnh ủy; Phó Chủ tịch HĐND tỉnh; B, …": one person's chain split by ';' — only when
    // the next title names no holder of its own and closes its clause.
    if (p === ';' && mode === 'name-first' && semicolonTitle(ctx, k + 1)) { k++; continue; }
    // "Trưởng phòng Tư pháp huyện (nguyên Trưởng phòng …)": a former post in parentheses after the current one.
    if (p === '(' && mode === 'name-first' && TITLE_MODIFIERS.match(ctx, k + 1) && startTitle(ctx, k + 1)) { k++; continue; }
    const ranked = p === ',' && mode === 'title-first' ? rankedNameAt(ctx, k + 1) : null;
    if (ranked) { name = ranked; k = ranked[1]; break; } // "Giám đốc Công an tỉnh, Thiếu tướng Bùi Văn A"
    if (key === 'và' && startTitle(ctx, k + 1)) {
      const sub = parseTitleChain(ctx, k + 1, 'title-first');
      if (sub && !sub.name) { titles.push(...sub.titles); k = sub.end; }
    }
    break;
  }
  return titles.length ? { titles, end: k, name, ...(nameUnsure ? { nameUnsure } : {}) } : null;
}
