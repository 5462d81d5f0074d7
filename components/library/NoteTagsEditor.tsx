import { useEffect, useState } from 'preact/hooks';
import { db } from '@/utils/db/trich-bao-db';
import { updateClippingNote, updateClippingTags } from '@/utils/db/update-clipping';
import { describeError } from '@/utils/describe-error';
import type { UiLang } from '@/utils/i18n';
import { parseTags } from '@/utils/popup/snapshot-to-clipping';
import { lt } from './library-strings';

/** Props of {@link NoteTagsEditor}. */
export interface NoteTagsEditorProps {
  id: number;
  note: string;
  tags: string[];
  lang: UiLang;
}

/** The reader's note and tags of one clipping; what was typed stays in the fields if saving fails (e.g. disk full). */
export function NoteTagsEditor({ id, note, tags, lang }: NoteTagsEditorProps) {
  const [noteField, setNote] = useState(note);
  const [tagsField, setTags] = useState(tags.join(', '));
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    setNote(note);
    setTags(tags.join(', '));
  }, [id]);

  const save = async (event: Event) => {
    event.preventDefault();
    try {
      await updateClippingNote(db, id, noteField.trim());
      await updateClippingTags(db, id, parseTags(tagsField));
      setStatus({ ok: true, text: lt('saved', lang) });
    } catch (error) {
      setStatus({ ok: false, text: describeError(error, lang) });
    }
  };

  return (
    <form class="editor" onSubmit={save}>
      <label>
        {lt('note', lang)}
        <textarea rows={3} value={noteField} onInput={(e) => setNote(e.currentTarget.value)} data-testid="edit-note" />
      </label>
      <label>
        {lt('tags', lang)}
        <input value={tagsField} onInput={(e) => setTags(e.currentTarget.value)} data-testid="edit-tags" />
      </label>
      <button type="submit" data-testid="save-edits">{lt('save', lang)}</button>
      {status && <p role="status" class={status.ok ? 'ok' : 'error'}>{status.text}</p>}
    </form>
  );
}
