/** The recognizer's public surface: `recognize(text)` and its result types. */
export { recognize } from './recognize';
export type { DocumentRef, Entity, Mention, Official, Recognition, Recognizer } from './types';
