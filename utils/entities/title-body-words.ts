import { phraseSet } from './phrase-lexicon';

// Word lists the title chain reads a title's body with.

/** Abbreviations written with a dot inside a title ("TP. Hải Phòng", "T.Ư"). */
export const DOT_ABBREV = new Set(['tp', 'tx', 'q', 'h', 'p', 't.ư', 'tw']);

/** A number before one of these counts time or things ("… UBND tỉnh 2 năm tù"): it ends the title. */
export const COUNT_UNITS = new Set(['năm', 'tháng', 'ngày', 'tuổi', 'lần', 'người', 'tỷ', 'triệu', 'giờ', 'phút', 'km', 'ha', 'đồng']);

/** A head ending in an organ word ("Phó chánh Tòa …", "Trưởng ban …") takes lower-case words after it. */
export const ORGAN_HEAD_ENDS = new Set(['tòa', 'toà', 'ban', 'đội', 'phòng']);

/** After a caption's dash: a photo credit or what the person does there, no part of an organ's name. */
export const CAPTION_WORDS = phraseSet(['ảnh', 'nguồn', 'theo', 'chủ trì', 'phát biểu', 'trao', 'tặng', 'thăm', 'tiếp', 'dự', 'chụp']);
