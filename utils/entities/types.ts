/** A span of the original input text: UTF-16 offsets, `text.slice(start, end) === surface`. */
export interface Mention {
  start: number;
  end: number;
  surface: string;
}

/** A person holding a Party, State, army, police or Front post, with every mention in the text. */
export interface Official {
  kind: 'official';
  /** Same for every spelling of the same person (tone placement, case, i/y): feeds cross-article lookups. */
  key: string;
  /** The name as the text spells it (first full mention). */
  name: string;
  /** Titles found for this person in the text, in order of appearance, without duplicates. */
  titles: string[];
  /** Ranks and academic prefixes before the name (Đại tướng, PGS.TS), kept apart from titles. */
  ranks: string[];
  /** Every mention of the name (full and later short mentions such as "ông Thanh"). */
  mentions: Mention[];
}

/** A legal, administrative or Party document cited in the text. */
export interface DocumentRef {
  kind: 'document';
  /** Same for every spelling of the same document (e.g. `nghi-quyet:29-nq/tu`). */
  key: string;
  /** Surface of the first mention. */
  surface: string;
  /** Type word in canonical spelling ("Nghị quyết"), or null when only a law symbol shows the type. */
  type: string | null;
  number: string | null;
  /** Symbol without the number: `NQ/TU`, `NĐ-CP`, `QH14`. */
  symbol: string | null;
  year: number | null;
  /** Signing date, ISO yyyy-mm-dd, when the text gives it after the reference. */
  date: string | null;
  /** Issuer phrase after "của" ("Bộ Chính trị"). */
  issuer: string | null;
  /** Party term ("XII") when cited with "khóa". */
  term: string | null;
  mentions: Mention[];
}

export type Entity = Official | DocumentRef;

/** What the recognizer finds in one text. */
export interface Recognition {
  officials: Official[];
  documents: DocumentRef[];
}

/** The recognizer's signature (`recognize`), for code that is handed one rather than importing it. */
export type Recognizer = (text: string, known?: readonly Official[]) => Recognition;
