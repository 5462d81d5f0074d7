// A preposition or verb and a unit word before a place's name ("với tỉnh U Đôm Xay", "của huyện Phôn Thong"); not an
// organ's ("Chủ tịch UBND tỉnh Nguyễn Văn A" names the holder right after "tỉnh").
const PLACE_AFTER_UNIT = /(?:^|\s)(?:với|của|tại|ở|thăm|đến|giữa|và|cho|từ)\s+(?:tỉnh|huyện|thành phố|thị xã|quận|xã|bản)\s+(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,4})/gu;

// A commune's or district's name followed by the unit above it: "xã Lưu Vĩnh Sơn, huyện Thạch Hà".
const PLACE_BEFORE_HIGHER = /(?:xã|phường|thị trấn|huyện|quận)\s+(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,4}),[ \t]*(?:huyện|tỉnh|thành phố|TP|thị xã|quận)\s/gu;

/**
 * The names the text gives to places: after a preposition and a unit word (each with its shorter openings), or before
 * the unit above. "Tỉnh trưởng U Đôm Xay trân trọng …" where the text also writes "với tỉnh U Đôm Xay": a "holder"
 * named so is that place, not a person. Read on the normalised text (composed, one dash, new tone placement), so a
 * page written in decomposed Unicode gives the same places; a name is compared once normalised the same way. One
 * pass per pattern.
 */
export function placeNames(normalised: string): Set<string> {
  const out = new Set<string>();
  for (const m of normalised.matchAll(PLACE_BEFORE_HIGHER)) out.add(m[1]!);
  for (const m of normalised.matchAll(PLACE_AFTER_UNIT)) {
    const words = m[1]!.split(/[ \t]+/);
    for (let n = 1; n <= words.length; n++) out.add(words.slice(0, n).join(' '));
  }
  return out;
}
