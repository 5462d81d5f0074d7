import { PLACES } from './places';
import { PRIVATE_MARKERS, PUBLIC_MARKERS } from './org-words';
import { tokenKey, type TextContext } from './text-context';
import { CAP } from './tokenize';

// "Hội đồng" (a council), "Hội nghị": no association.
const NOT_ASSOCIATION = new Set(['đồng', 'nghị']);

// A public organ named after a department's field ("… doanh nghiệp Sở Tài chính").
const ORGANS_AFTER_FIELD = new Set(['sở', 'bộ', 'cục', 'ubnd', 'ủy', 'tổng']);

// "Chủ tịch Trung Quốc", "Chủ tịch Hà Nội": a chairman whose whole title is a country or province leads that state
// ("Giám đốc Hàn Quốc" may head a company's branch there, so only Chủ tịch).
function countryPost(ctx: TextContext, headEnd: number, to: number): boolean {
  if (headEnd < 2 || tokenKey(ctx, headEnd - 1) !== 'tịch' || tokenKey(ctx, headEnd - 2) !== 'chủ') return false;
  const m = to > headEnd ? PLACES.match(ctx, headEnd) : null;
  return m !== null && headEnd + m.len === to && (ctx.tokens.flags[headEnd]! & CAP) !== 0;
}

// Organs that companies have too ("Văn phòng" of a company, a private "Bệnh viện"): public unless a private marker follows.
const WEAK_ORGANS = new Set(['văn phòng', 'bệnh viện', 'công đoàn']);
const PRIVATE_HOSPITAL = new Set(['thẩm', 'tư', 'vinmec', 'hoàn']);

/** True when the title whose head ends at headEnd and which ends at `to` names a public post (not a company's). */
export function isPublicTitle(ctx: TextContext, headEnd: number, to: number): boolean {
  if (countryPost(ctx, headEnd, to)) return true;
  // The first marker decides: "Chủ tịch HĐQT Ngân hàng … tỉnh" is private, "Chủ nhiệm UB Tài chính, Ngân hàng" public.
  // The head's last word may open the organ ("Trưởng Ban Chỉ đạo"), so the check starts there.
  // At one word the longer phrase wins: "Ngân hàng Nhà nước" (the State Bank) over "Ngân hàng". "Văn phòng" alone
  // proves little: a company has one too ("công chức văn phòng Công ty …"), so a private marker after it still wins;
  // so does "Bệnh viện" (most are public; "Bệnh viện Quốc tế …", "Bệnh viện Thẩm mỹ …" are not).
  let weak = false;
  let weakPrivate = false;
  for (let j = headEnd - 1; j < to; j++) {
    const priv = PRIVATE_MARKERS.match(ctx, j);
    const pub = PUBLIC_MARKERS.match(ctx, j);
    if (j === headEnd - 1 && tokenKey(ctx, j) === 'bộ' && tokenKey(ctx, j - 1) === 'cán') continue; // "Cán bộ" is no ministry
    // "Chủ tịch Hội Dệt may … TP.HCM": an association that is no mass organisation of the Front is private, whatever
    // place follows it.
    if (!pub && tokenKey(ctx, j) === 'hội' && ctx.tokens.flags[j]! & CAP && j >= headEnd && !NOT_ASSOCIATION.has(tokenKey(ctx, j + 1))) return false;
    // "Trưởng phòng Tài chính doanh nghiệp Sở Tài chính": "doanh nghiệp" names a public department's field there.
    if (priv && priv.len === 2 && tokenKey(ctx, j) === 'doanh' && !(pub && pub.len > priv.len)) { weakPrivate = true; j++; continue; }
    if (priv && !(pub && pub.len > priv.len)) return false;
    if (pub && weakPrivate && ORGANS_AFTER_FIELD.has(tokenKey(ctx, j))) return true;
    if (weakPrivate) continue;
    if (pub && pub.len === 2 && WEAK_ORGANS.has(`${tokenKey(ctx, j)} ${tokenKey(ctx, j + 1)}`)) { weak = true; j++; continue; }
    // Schools ("Hiệu trưởng Trường THCS Nguyễn Huệ") are public too unless "tư thục", "quốc tế" … follow.
    if (pub && tokenKey(ctx, j) === 'trường') { weak = true; j += pub.len - 1; continue; }
    // "Giám đốc Bệnh viện Đa khoa Quốc tế …", "… Bệnh viện Thẩm mỹ …": a hospital's private kinds.
    if (weak && (PRIVATE_HOSPITAL.has(tokenKey(ctx, j)) || (tokenKey(ctx, j) === 'quốc' && tokenKey(ctx, j + 1) === 'tế') ||
      (tokenKey(ctx, j) === 'dân' && tokenKey(ctx, j + 1) === 'lập'))) return false;
    if (pub) return true;
  }
  return weak;
}
