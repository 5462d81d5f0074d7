// mark.js ships no types; the benchmark uses only these calls.
declare module 'mark.js' {
  export default class Mark {
    constructor(context: Element);
    mark(keywords: string[], options: Record<string, unknown> & { done?: (marks: number) => void }): void;
    unmark(): void;
  }
}
