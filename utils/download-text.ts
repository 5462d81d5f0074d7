import { downloadBlob } from './download-blob';

/** Saves text as a UTF-8 file through the downloads API (see {@link downloadBlob}). */
export async function downloadText(filename: string, text: string, mime = 'text/markdown'): Promise<number> {
  return downloadBlob(filename, new Blob([text], { type: `${mime};charset=utf-8` }));
}
