import { describe, expect, it } from 'vitest';
import { uniqueFileNames } from '../../../utils/export/unique-file-names';

describe('utils/export/unique-file-names', () => {
  it.each([
    [['a.md', 'b.md'], [], ['a.md', 'b.md']],
    [['a.md', 'a.md', 'a.md'], [], ['a.md', 'a-2.md', 'a-3.md']],
    [['a.md', 'A.md'], [], ['a.md', 'A-2.md']],
    [['a-2.md', 'a.md', 'a.md'], [], ['a-2.md', 'a.md', 'a-3.md']],
    [['entities.csv', 'x.md'], ['entities.csv'], ['entities-2.csv', 'x.md']],
    [['README'], ['readme'], ['README-2']],
  ])('names %j (reserved %j) %j', (names, reserved, expected) => {
    expect(uniqueFileNames(names, reserved)).toEqual(expected);
  });

  it('keeps numbered names within 80 characters', () => {
    const long = `${'a'.repeat(77)}.md`;
    const [, second] = uniqueFileNames([long, long]);
    expect(second).toBe(`${'a'.repeat(75)}-2.md`);
  });

  it('never repeats a name among thousands of collisions', () => {
    const names = uniqueFileNames(Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? 'bai-2.md' : 'bai.md')));
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(3000);
  });
});
