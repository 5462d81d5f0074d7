import type { Recognition } from '../entities/types';

/** Keys of every official and document, first occurrence order, without duplicates or empty keys. */
export function entityKeys(recognition: Pick<Recognition, 'officials' | 'documents'>): string[] {
  const keys = [...recognition.officials, ...recognition.documents].map((entity) => entity.key);
  return [...new Set(keys.filter((key) => key !== ''))];
}
