/** One title: token range [from, to) and whether it is a public post on its own. */
export interface TitleSpan {
  from: number;
  to: number;
  isPublic: boolean;
}

/** Titles read from a head onwards, and the name that closes a title-first chain. */
export interface TitleChain {
  titles: TitleSpan[];
  /** Token index just after the chain (after the name when there is one). */
  end: number;
  /** Token range of the name closing a title-first chain. */
  name: [number, number] | null;
  /**
   * The name is two words right after a district or commune ("Bí thư Huyện ủy Vũ Quang", "… Huyện ủy Lâm Bình"):
   * as likely that unit's own name as its holder's, so it counts only for someone the text names elsewhere.
   */
  nameUnsure?: boolean;
}

/** 'title-first': a capitalised name may close the chain; 'name-first': the person is already known. */
export type ChainMode = 'title-first' | 'name-first';
