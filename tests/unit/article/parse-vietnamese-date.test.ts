import { describe, expect, it } from 'vitest';
import { parseVietnameseDate } from '../../../utils/article/parse-vietnamese-date';
import { parseDate } from '../../../utils/article/parse-date';

describe('utils/article/parse-vietnamese-date', () => {
  it.each([
    ['Thứ hai, 9/8/2024, 18:30 (GMT+7)', '2024-08-09T18:30:00+07:00'],
    ['08:15 30/12/2024', '2024-12-30T08:15:00+07:00'],
    ['30/12/2024 - 08:15', '2024-12-30T08:15:00+07:00'],
    ['Cập nhật lúc 14h20, 05/01/2025', '2025-01-05T14:20:00+07:00'],
    ['30-12-2024', '2024-12-30'],
    ['30.12.2024', '2024-12-30'],
    ['ngày 30 tháng 12 năm 2024', '2024-12-30'],
    ['Hà Nội, ngày 5 tháng 1 năm 2025', '2025-01-05'],
    ['Chủ nhật, 1/9/2024 07:05 GMT+8', '2024-09-01T07:05:00+08:00'],
  ])('%s → %s', (text, iso) => {
    expect(parseVietnameseDate(text)).toBe(iso);
  });

  it.each([['31/2/2024'], ['12/2024'], ['20/30'], ['Hotline 0912 345 678'], [''], ['25:99 30/12/2024 không phải giờ']])(
    'rejects %s (or keeps only the valid date)',
    (text) => {
      const result = parseVietnameseDate(text);
      if (result !== null) expect(result).toBe('2024-12-30');
    },
  );

  it('uses the given offset when the text names no zone', () => {
    expect(parseVietnameseDate('08:15 30/12/2024', '')).toBe('2024-12-30T08:15:00');
  });
});

describe('utils/article/parse-date', () => {
  it.each([
    ['2021-11-01T10:52:50+0100', null, '2021-11-01T10:52:50+01:00'],
    ['2015-03-27T13:07:55.096Z', null, '2015-03-27T13:07:55.096+00:00'],
    ['2019-04-28 06:01:07', null, '2019-04-28T06:01:07'],
    ['2025-02-12 07:45', '+07:00', '2025-02-12T07:45:00+07:00'],
    ['2024-06-25', '+07:00', '2024-06-25'],
    ['30/12/2024 08:15', '+07:00', '2024-12-30T08:15:00+07:00'],
    ['Tue, 09 Apr 2024 10:00:00 GMT', null, '2024-04-09T10:00:00+00:00'],
  ])('%s (zone %s) → %s', (value, offset, iso) => {
    expect(parseDate(value, offset)).toBe(iso);
  });

  it.each([['yesterday'], ['April 9'], ['']])('gives null for %j', (value) => {
    expect(parseDate(value)).toBeNull();
  });
});
