import type { Recognition } from '../entities/types';
import type { MentionEntry } from './mention-lookup';

/** Steps through an article's mentions in reading order, wrapping around at either end. */
export interface MentionStepper {
  step(recognition: Recognition, direction: 1 | -1): MentionEntry | null;
}

/** A stepper that starts over whenever the article's recognition changes. */
export function createMentionStepper(): MentionStepper {
  let last: Recognition | null = null;
  let order: MentionEntry[] = [];
  let position = -1;
  return {
    step(recognition, direction) {
      if (recognition !== last) {
        last = recognition;
        order = [...recognition.officials, ...recognition.documents]
          .flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity })))
          .sort((a, b) => a.start - b.start);
        position = -1;
      }
      if (order.length === 0) return null;
      position = position < 0 && direction < 0 ? order.length - 1 : (position + direction + order.length) % order.length;
      return order[position]!;
    },
  };
}
