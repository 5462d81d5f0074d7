import { StorageError, toStorageError } from './db/storage-error';
import { t, type UiLang } from './i18n';

/** A message for the reader about a failed action, in the UI language; never empty. */
export function describeError(error: unknown, lang: UiLang): string {
  const storage = error instanceof StorageError ? error : toStorageError(error);
  if (storage.reason !== 'unknown') return lang === 'vi' ? storage.messageVi : storage.messageEn;
  const detail = error instanceof Error && error.message ? error.message : String(error);
  return `${t('error', lang)}: ${detail}`;
}
