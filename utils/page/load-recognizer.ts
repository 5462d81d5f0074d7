import { installedRecognizer } from '../entities/installed-recognizer';
import type { Recognizer } from '../entities/types';

/**
 * The recognizer for this tab: the one already installed in the extension's isolated world, or the one `inject`
 * has the background install (recognizer.js). Rejects when it cannot be had, so the scan stops with a clear error.
 */
export async function loadRecognizer(inject: () => Promise<boolean>): Promise<Recognizer> {
  const ready = installedRecognizer();
  if (ready) return ready;
  const injected = await inject();
  const recognizer = installedRecognizer();
  if (!injected || !recognizer) throw new Error('Trích Báo: the recognizer could not be loaded into this page');
  return recognizer;
}
