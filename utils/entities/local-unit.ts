import { PLACES } from './places';
import { punctAt, tokenKey, type TextContext } from './text-context';

/** Units below a province: their names are two words like most people's ("Vũ Quang", "Lâm Bình", "Đồng Hỷ"). */
export const LOCAL_UNITS = new Set(['huyện', 'quận', 'thị', 'xã', 'phường', 'thành']);

/** Villages and hamlets, whose heads are named after them ("Trưởng thôn Cao Hoong"). */
export const VILLAGE_UNITS = new Set(['thôn', 'bản', 'ấp', 'buôn', 'xóm', 'phố']);

/** Words naming an administrative unit; the capitalised words after them are a place. */
export const ADMIN_UNITS = new Set(['tỉnh', 'thành', 'huyện', 'quận', 'xã', 'phường', 'thị', 'bản', 'thôn', 'ấp', 'buôn', 'làng', 'xóm', 'bon', 'plei', 'khu', 'tổ']);

/**
 * True when a name read right after a local unit ("phường", "Thành ủy": `unitEnd` is the token after it) may be the
 * place's: two syllables, or a name with the district after it ("phường Nguyễn Thái Bình, quận 1"). Such a holder
 * counts only when the text names that person elsewhere.
 */
export function placeShapedHolder(ctx: TextContext, unitEnd: number, name: [number, number]): boolean {
  if (name[1] - name[0] === 2) return true;
  // "huyện Hương Sơn Hà Tĩnh": a name ending in the province is the district's name and its province.
  if (PLACES.match(ctx, name[1] - 2)?.len === 2) return true;
  return name[0] === unitEnd && punctAt(ctx, name[1]) === ',' && ADMIN_UNITS.has(tokenKey(ctx, name[1] + 1));
}

/** "Đại sứ Trung Quốc tại Việt Nam | Hùng Ba": a place after "tại" ends right before token k (an envoy's posting). */
export function postingEndsAt(ctx: TextContext, k: number): boolean {
  for (let len = 1; len <= 3 && k - len >= 1; len++) {
    if (PLACES.match(ctx, k - len)?.len === len) return tokenKey(ctx, k - len - 1) === 'tại';
  }
  return false;
}

// Words ending a school's kind ("trường tiểu học", "Trường THCS"), after which comes the school's own name.
const SCHOOL_KINDS = new Set(['học', 'non', 'thcs', 'thpt', 'ptdtnt', 'ptdtbt', 'thục', 'lập']);

/** "Hiệu trưởng trường tiểu học Đinh Tiên Hoàng": a name right after a school's kind is the school's, often a hero's. */
export function schoolNameAt(ctx: TextContext, k: number): boolean {
  if (!SCHOOL_KINDS.has(tokenKey(ctx, k - 1))) return false;
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) if (tokenKey(ctx, j) === 'trường') return true;
  return false;
}
