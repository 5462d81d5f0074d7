import type { UiLang } from '@/utils/i18n';
import { lt } from './library-strings';

/** Props of {@link UndoBar}. */
export interface UndoBarProps {
  title: string;
  onUndo: () => void;
  lang: UiLang;
}

/** "Deleted … — Undo": the deleted clipping is held in memory until the page closes or another delete. */
export function UndoBar({ title, onUndo, lang }: UndoBarProps) {
  return (
    <div class="undo" role="status" data-testid="undo-bar">
      {lt('deleted', lang)}: <strong>{title}</strong>{' '}
      <button type="button" onClick={onUndo} data-testid="undo">{lt('undo', lang)}</button>
    </div>
  );
}
