import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { recognize } from '../../../utils/entities/index';
import type { Recognition } from '../../../utils/entities/types';

// One assertion per text, not four per mention: a 50k-mention input would otherwise spend seconds in expect().
function checkSpans(text: string, r: Recognition): void {
  const bad: unknown[] = [];
  for (const e of [...r.officials, ...r.documents]) {
    for (const m of e.mentions) {
      const ok = m.start >= 0 && m.end <= text.length && m.start < m.end && text.slice(m.start, m.end) === m.surface;
      if (!ok) bad.push(m);
    }
  }
  expect(bad).toEqual([]);
}

// Pieces of Vietnamese news text, glued at random, so properties are tested where the grammar actually fires.
const PIECES = [
  'Đồng chí ', 'Nguyễn Văn An', ', ', 'Bí thư Tỉnh ủy', ' - ', 'Chủ tịch UBND tỉnh', '; ', ' và ', 'các đồng chí: ',
  'Nghị quyết số ', '29-NQ/TU', ' ngày 10/11/2011', ' của Ban Chấp hành Đảng bộ tỉnh', '100/2019/NĐ-CP', ' (khóa XII)',
  'Thủ tướng ', 'Phạm Minh Chính', '.', '\n', 'uỷ', 'Ð', '\u00A0', '\u2013', 'e\u0302\u0301', 'Đại tướng ', 'GS.TS ',
  'số', '31', '/', '-', 'QĐ', 'TW', 'ông Chính', ' phát biểu', '(', ')', ':', 'TP.', 'HCM', 'Lạng Sơn', ' ',
];

describe('utils/entities/recognize (properties)', () => {
  it('never throws and keeps every span inside the text on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        checkSpans(text, recognize(text));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps text.slice(start, end) === surface on news-like strings, NFD and NFC alike', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.boolean(), (parts, nfd) => {
        const text = nfd ? parts.join('').normalize('NFD') : parts.join('');
        checkSpans(text, recognize(text));
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ['1 MB without a space', () => 'a'.repeat(1_000_000)],
    ['100k commas', () => ','.repeat(100_000)],
    ['50k capitalised words', () => 'Nguyễn '.repeat(50_000)],
    ['100k "Nghị quyết số"', () => 'Nghị quyết số '.repeat(100_000)],
    ['100k title heads', () => 'Bí thư, '.repeat(100_000)],
    ['100k digit-dash runs', () => '12- '.repeat(100_000)],
    ['50k "các đồng chí:" lists', () => 'các Đại biểu Quốc hội: Lê Văn A, '.repeat(50_000)],
    ['100k initials before a title', () => 'Ngài ' + 'A. '.repeat(100_000) + 'Smith, Thứ trưởng Bộ Ngoại giao.'],
    ['50k ambassadors of a three-word country', () => 'Đại sứ Bồ Đào Nha '.repeat(50_000)],
    ['50k signers', () => 'Người ký: Lê Văn An '.repeat(50_000)],
    ['30k counted appositions', () => 'hai Thứ trưởng Bộ Tài chính, Lê Văn A và Lê Văn B, '.repeat(30_000)],
    ['50k steering-committee purposes', () => 'Trưởng Ban Chỉ đạo về phòng, chống '.repeat(50_000)],
    ['30k "các ông bà:" lists', () => 'các ông bà: Lê Văn An, Trần Thị Bình; '.repeat(30_000)],
    ['50k comrades', () => 'đồng chí Lê Văn An, '.repeat(50_000)],
    ['50k flat signatures', () => 'UBND tỉnh KT CHỦ TỊCH PHÓ CHỦ TỊCH Lưu Văn Bản '.repeat(50_000)],
    ['20k long asides in parentheses', () => 'Lê Văn An (sinh năm 1955, trú tại quận Tây Hồ, TP Hà Nội, '.repeat(20_000)],
    ['20k residence clauses before parentheses', () => 'Lê Văn An (SN 1960), trú tại phường A, Tp.B (nguyên Chủ tịch UBND huyện C); '.repeat(20_000)],
    ['20k plural titles over titled items', () => 'các Ủy viên Bộ Chính trị: Chủ tịch nước Lê Văn An, Thủ tướng Trần Văn Bình, '.repeat(20_000)],
    ['20k titled items in one list', () => 'các Ủy viên Bộ Chính trị: ' + 'Chủ tịch nước Lê Văn An, '.repeat(20_000)],
    ['50k "hiện là" appositions', () => 'Ông Lê Văn An, hiện là Phó Giám đốc Sở Y tế, '.repeat(50_000)],
    ['50k delegates with their delegations', () => 'Đại biểu Lê Văn An (Đoàn Hà Nội) '.repeat(50_000)],
    ['50k pronouns giving posts', () => 'Ông Lê Văn An, Bí thư Tỉnh ủy. ' + 'Ông từng giữ các chức vụ: Giám đốc Sở Tài chính; '.repeat(50_000)],
    ['30k defendants with former posts', () => 'Lê Văn An, cựu Giám đốc Sở Y tế 4 năm tù; ' + 'Lê Thị Bình, cựu Phó Chánh văn phòng 3 năm tù; '.repeat(30_000)],
    ['a 1 MB hyphen chain of capitalised syllables', () => 'ông ' + 'Xa-'.repeat(250_000) + 'Xa, Bộ trưởng.'],
    ['50k table rows', () => '| Ông Lê Văn An | Giám đốc Sở Y tế |\n'.repeat(50_000)],
    ['30k listed holders with asides', () => 'các nguyên Chủ tịch nước Lê Văn An (tại điểm cầu Hà Nam), '.repeat(30_000)],
    ['50k places in parentheses', () => 'Chủ tịch UBND xã A (huyện Gia Lâm, TP. Hà Nội, tỉnh Hà Nam) '.repeat(50_000)],
    ['a 1 MB chain of Cambodian styles', () => 'Thủ tướng Cam-pu-chia ' + 'Xăm-đéc '.repeat(120_000) + 'Hun Xen'],
    ['100k leaders named by one word', () => 'Tổng thống Putin, Tổng thống Vladimir Putin, '.repeat(50_000)],
    ['30k predecessors', () => 'bổ nhiệm ông Lê Văn An giữ chức Giám đốc Sở Y tế, thay ông Trần Văn Bình, '.repeat(30_000)],
    ['30k approvals with clauses', () => 'miễn nhiệm Phó Chủ tịch UBND tỉnh đối với: ông Lê Văn An, để nghỉ hưu; '.repeat(30_000)],
    ['30k pronouns given posts in the passive', () => 'đồng chí Lê Văn An, nhân dịp đồng chí được bổ nhiệm giữ chức Bộ trưởng Bộ Y tế, '.repeat(30_000)],
    ['30k career lists', () => 'Ông Lê Văn An, Bí thư Tỉnh ủy. Ông trải qua các chức vụ: Bí thư Huyện ủy, Chủ tịch UBND huyện; '.repeat(30_000)],
  ])('finishes quickly on %s', (_label, make) => {
    const text = make();
    const t0 = performance.now();
    const r = recognize(text);
    const ms = performance.now() - t0;
    checkSpans(text, r);
    expect(ms).toBeLessThan(3000);
  });
});
