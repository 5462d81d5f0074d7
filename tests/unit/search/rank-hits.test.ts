import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../utils/search/parse-query';
import { rankHits, type TokenHits } from '../../../utils/search/rank-hits';
import { EXACT_PREFIX, HEAD_PREFIX, searchTokens, TEXT_HEAD_CHARS } from '../../../utils/search/search-tokens';

/** A tiny in-memory stand-in for the `*searchTokens` index: rows by id. */
function hitsFor(query: string, rows: Record<number, string[]>): TokenHits[] {
  const ids = (test: (entry: string) => boolean) =>
    new Set(Object.entries(rows).filter(([, entries]) => entries.some(test)).map(([id]) => Number(id)));
  return parseQuery(query).map((t) => ({
    match: ids((e) => t.prefixes.some((p) => e.startsWith(p))),
    exact: t.exact === null ? null : ids((e) => e === t.exact),
    head: ids((e) => t.headPrefixes.some((p) => e.startsWith(p))),
  }));
}

const row = (head: string[], body: string[] = []) => searchTokens({ head, body });

describe('utils/search/search-tokens', () => {
  it('indexes folded words, accented spellings and head words', () => {
    const entries = row(['Nghị quyết'], ['bàn']);
    expect(entries).toEqual(expect.arrayContaining(['nghy', 'quyet', 'ban', HEAD_PREFIX + 'nghy', EXACT_PREFIX + 'nghi5']));
    expect(entries).not.toContain(HEAD_PREFIX + 'ban');
  });

  it('reads only the first part of a long body text', () => {
    const text = 'mở đầu '.padEnd(TEXT_HEAD_CHARS, '.') + ' cuốicùng';
    const entries = row([], [text]);
    expect(entries).toContain('mo');
    expect(entries).not.toContain('cuoicung');
  });

  it('has no duplicate entries', () => {
    const entries = row(['Thanh Thanh thanh'], ['thanh']);
    expect(new Set(entries).size).toBe(entries.length);
  });
});

describe('utils/search/rank-hits', () => {
  const rows: Record<number, string[]> = {
    1: row(['Triển khai Nghị quyết 57-NQ/TW']),
    2: row(['Bản tin sáng'], ['Bàn về nghi quyet 57 của Bộ Chính trị']),
    3: row(['Nghỉ quyết 57 ngày']),
    4: row(['Trần Sỹ Thanh dự hội nghị']),
    5: row(['Thời sự'], ['ông Trần Sĩ Thanh phát biểu']),
    6: row(['Thủ tướng ký quyết định']),
  };

  it.each([
    ['nghi quyet 57', [3, 1, 2]], // head matches above body matches, then newest
    ['Nghị quyết 57', [1, 3, 2]],
    ['tran sy thanh', [4, 5]],
    ['tran si thanh', [4, 5]],
    ['Trần Sĩ Thanh', [5, 4]],
    ['quyet', [6, 3, 1, 2]],
    ['khong co dau', []],
    ['', []],
  ])('%s → %j', (query, ids) => {
    expect(rankHits(hitsFor(query, rows))).toEqual(ids);
  });

  it('matches the last word as a prefix while typing', () => {
    expect(rankHits(hitsFor('tran sy th', rows))).toEqual([4, 5]);
  });

  it('keeps only rows that pass the other filters', () => {
    expect(rankHits(hitsFor('nghi quyet 57', rows), new Set([2, 9]))).toEqual([2]);
  });
});
