import { createShadowHost } from '../dom/create-shadow-host';

/** The words the dialog shows, in the reader's language. */
export interface NoteDialogText {
  heading: string;
  placeholder: string;
  save: string;
  cancel: string;
}

const DIALOG_CSS = `
:host { all: initial; }
form { position: fixed; z-index: 2147483647; width: 320px; box-sizing: border-box; padding: 10px 12px; border-radius: 8px;
  font: 13px/1.4 system-ui, 'Segoe UI', Roboto, 'Noto Sans', sans-serif; color: #1f2937; background: #fbfffb;
  border: 1px solid #4caf6a; box-shadow: 0 6px 20px rgba(0,0,0,.2); }
.heading { font-weight: 600; margin-bottom: 4px; }
.quote { margin: 0 0 8px; padding-left: 8px; border-left: 3px solid #34c759; color: #4b5563; max-height: 4.2em; overflow: hidden; }
input { width: 100%; box-sizing: border-box; font: inherit; padding: 5px 6px; border: 1px solid #9ca3af; border-radius: 4px; }
.actions { display: flex; justify-content: flex-end; gap: 6px; margin-top: 8px; }
button { font: inherit; padding: 4px 10px; border-radius: 4px; border: 1px solid #9ca3af; background: #fff; color: inherit; cursor: pointer; }
button[type=submit] { background: #16823c; border-color: #16823c; color: #fff; }
button:disabled { opacity: .6; cursor: default; }
.error { margin-top: 6px; color: #b91c1c; }
@media (prefers-color-scheme: dark) { form { color: #f3f4f6; background: #1f2937; } .quote { color: #d1d5db; } input, button { background: #111827; color: #f3f4f6; } }
`;

/** Longest part of the passage the dialog repeats (the rest is cut with an ellipsis). */
const QUOTE_PREVIEW = 160;

/**
 * Asks for an optional note on a passage in a small form inside a closed shadow root (page CSS
 * and scripts cannot reach it), next to `anchor`, and hands it to `save`. Resolves to the note
 * (maybe empty) once saved, null on cancel, Escape or `signal` abort. When `save` fails, its
 * message shows in the form, which stays open for another try. Text is only ever set as text.
 */
export function askForNote(
  doc: Document,
  quote: string,
  anchor: DOMRect | null,
  text: NoteDialogText,
  save: (note: string) => Promise<void>,
  signal?: AbortSignal,
): Promise<string | null> {
  const { host, shadow } = createShadowHost(doc, 'trich-bao-note', DIALOG_CSS);
  const form = doc.createElement('form');
  form.setAttribute('role', 'dialog');
  form.setAttribute('aria-label', text.heading);
  const heading = doc.createElement('div');
  heading.className = 'heading';
  heading.textContent = text.heading;
  const preview = doc.createElement('blockquote');
  preview.className = 'quote';
  preview.textContent = quote.length > QUOTE_PREVIEW ? `${quote.slice(0, QUOTE_PREVIEW)}…` : quote;
  const input = doc.createElement('input');
  input.type = 'text';
  input.maxLength = 5000;
  input.placeholder = text.placeholder;
  input.setAttribute('aria-label', text.placeholder);
  const cancel = doc.createElement('button');
  cancel.type = 'button';
  cancel.textContent = text.cancel;
  const saveButton = doc.createElement('button');
  saveButton.type = 'submit';
  saveButton.textContent = text.save;
  const actions = doc.createElement('div');
  actions.className = 'actions';
  actions.append(cancel, saveButton);
  const failure = doc.createElement('div');
  failure.className = 'error';
  failure.setAttribute('role', 'alert');
  failure.hidden = true;
  form.append(heading, preview, input, actions, failure);
  shadow.append(form);

  const view = doc.defaultView;
  const width = view?.innerWidth ?? 800;
  const height = view?.innerHeight ?? 600;
  const top = anchor ? (anchor.bottom + 170 < height ? anchor.bottom + 8 : Math.max(8, anchor.top - 170)) : 16;
  form.style.top = `${Math.round(top)}px`;
  form.style.left = `${Math.round(Math.max(8, Math.min(anchor?.left ?? width - 336, width - 336)))}px`;
  doc.documentElement.append(host);
  input.focus();

  return new Promise((resolve) => {
    const finish = (note: string | null) => {
      host.remove();
      signal?.removeEventListener('abort', onAbort);
      resolve(note);
    };
    const onAbort = () => finish(null);
    signal?.addEventListener('abort', onAbort, { once: true });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const note = input.value.trim();
      saveButton.disabled = true;
      failure.hidden = true;
      save(note).then(
        () => finish(note),
        (error: unknown) => {
          saveButton.disabled = false;
          failure.textContent = error instanceof Error && error.message ? error.message : String(error);
          failure.hidden = false;
        },
      );
    });
    cancel.addEventListener('click', () => finish(null));
    form.addEventListener('keydown', (event) => {
      // Keys typed here are the reader's, not the page's shortcuts.
      event.stopPropagation();
      if (event.key === 'Escape') finish(null);
    });
  });
}
