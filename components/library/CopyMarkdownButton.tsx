import { useState } from 'preact/hooks';
import { listUserHighlights } from '@/utils/db/list-user-highlights';
import { db as defaultDb, type TrichBaoDb } from '@/utils/db/trich-bao-db';
import { clippingToMarkdown } from '@/utils/export/clipping-to-markdown';
import type { ClippingLike } from '@/utils/export/clipping-like';
import type { UiLang } from '@/utils/i18n';
import { toUserHighlightLike } from './attach-user-highlights';
import { lt } from './library-strings';

/** Props of {@link CopyMarkdownButton}. */
export interface CopyMarkdownButtonProps {
  clipping: ClippingLike;
  lang: UiLang;
  /** Where the text goes; the page's clipboard by default (allowed on a click in an extension page). */
  writeText?: (text: string) => Promise<void>;
  /** Where the reader's highlights are read; tests hand in their own. */
  db?: TrichBaoDb;
}

/** Copies one clipping as a Markdown file's text (front matter, the reader's highlights) to the clipboard, and says so. */
export function CopyMarkdownButton({ clipping, lang, writeText = (text) => navigator.clipboard.writeText(text), db = defaultDb }: CopyMarkdownButtonProps) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const copy = async () => {
    try {
      // Read at the click: a short IndexedDB read stays well inside the click's user activation (5 s in Chromium).
      const highlights = await listUserHighlights(db, clipping.canonicalUrl);
      await writeText(clippingToMarkdown({ ...clipping, userHighlights: highlights.map(toUserHighlightLike) }));
      setStatus({ ok: true, text: lt('copied', lang) });
    } catch (error) {
      setStatus({ ok: false, text: `${lt('copyFailed', lang)}: ${error instanceof Error ? error.message : String(error)}` });
    }
  };
  return (
    <div class="copy-markdown">
      <button type="button" onClick={copy} data-testid="copy-markdown">{lt('copyMarkdown', lang)}</button>
      {status && <span role="status" class={status.ok ? 'ok' : 'error'} data-testid="copy-status"> {status.text}</span>}
    </div>
  );
}
