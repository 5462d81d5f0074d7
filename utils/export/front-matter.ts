import { yamlScalar } from './yaml-scalar';

/** A front-matter value: a string, a finite number, null, or a list of strings. */
export type FrontMatterValue = string | number | null | readonly string[];

/** The `key: value` lines of a YAML mapping (keys are ours: plain ASCII, never quoted). */
export function yamlMappingLines(fields: ReadonlyArray<readonly [string, FrontMatterValue]>): string[] {
  const lines: string[] = [];
  for (const [key, value] of fields) {
    if (typeof value === 'number') {
      // Non-finite numbers have no YAML 1.2 core spelling that JSON shares: write null.
      lines.push(`${key}: ${Number.isFinite(value) ? String(value) : 'null'}`);
    } else if (value === null || typeof value === 'string') {
      lines.push(`${key}: ${yamlScalar(value)}`);
    } else if (value.length === 0) {
      lines.push(`${key}: []`);
    } else {
      lines.push(`${key}:`, ...value.map((item) => `  - ${yamlScalar(item)}`));
    }
  }
  return lines;
}

/** A YAML front-matter block (`---` … `---`) ending with a newline. */
export function frontMatter(fields: ReadonlyArray<readonly [string, FrontMatterValue]>): string {
  return ['---', ...yamlMappingLines(fields), '---', ''].join('\n');
}
