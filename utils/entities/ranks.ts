import { PhraseLexicon, phraseSet } from './phrase-lexicon';

/** Army and police ranks: a ranked person is an official even without a title. */
export const MILITARY_RANKS = new PhraseLexicon<true>(
  [
    'Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá',
    'Đại úy', 'Thượng úy', 'Trung úy', 'Thiếu úy', 'Đô đốc', 'Phó Đô đốc', 'Chuẩn Đô đốc', 'Thống tướng', 'Nguyên soái',
  ].map((r) => [r, true] as const),
);

/** Academic and honorary prefixes (lower case, one piece each): GS.TS, PGS-TS, "PGS. TS." are built from them. */
export const ACADEMIC_PIECES = new Set([
  'gs', 'pgs', 'ts', 'ths', 'bs', 'ks', 'cn', 'tskh', 'nsnd', 'nsưt', 'ngưt', 'ck1', 'ck2', 'ckii', 'cki', 'ls', 'nhà báo',
]);

/** Honorifics that introduce a person's name. */
export const HONORIFICS = new PhraseLexicon<true>(
  ['đồng chí', 'đ/c', 'ông', 'bà', 'anh', 'chị', 'ngài'].map((h) => [h, true] as const),
);

/** Degrees and professions spelled out before a listed name ("là bác sĩ A và B"): skipped, no part of the name. */
export const SPELLED_PREFIXES = phraseSet([
  'bác sĩ', 'tiến sĩ', 'thạc sĩ', 'giáo sư', 'phó giáo sư', 'kỹ sư', 'luật sư', 'dược sĩ', 'nhà báo', 'nhà giáo',
]);
