import { describe, expect, it } from 'vitest';
import { foldSymbol, namedDocumentKey, officialKey, shortDocumentKey, symbolDocumentKey } from '../../../utils/entities/make-key';
import { recognize } from '../../../utils/entities/index';

type KeyArgs = [number: string, year: number | null, symbol: string, party: boolean];

describe('utils/entities/make-key', () => {
  it.each([
    ['NFD and NFC', 'Nguyễn Văn Thành', 'Nguyễn Văn Thành'.normalize('NFD')],
    ['old and new tone placement', 'Hoàng Văn Thụy', 'Hoàng Văn Thuỵ'],
    ['hòa and hoà', 'Lê Thị Hòa', 'Lê Thị Hoà'],
    ['case', 'TRẦN SỸ THANH', 'Trần Sỹ Thanh'],
    ['Sỹ and Sĩ', 'Trần Sĩ Thanh', 'Trần Sỹ Thanh'],
    ['Kỳ and Kì', 'Lê Văn Kì', 'Lê Văn Kỳ'],
    ['Quý and Quí', 'Mai Văn Quí', 'Mai Văn Quý'],
    ['Lý and Lí as a family name', 'Lí Thị Mai', 'Lý Thị Mai'],
    ['Ð look-alike', '\u00D0ặng Văn Tú', 'Đặng Văn Tú'],
    ['spacing', 'Phạm  Minh\u00A0Tâm', 'Phạm Minh Tâm'],
  ])('gives one official key for %s', (_label, a, b) => {
    expect(officialKey(a)).toBe(officialKey(b));
  });

  it.each([
    ['a tone mark', 'Nguyễn Văn Thanh', 'Nguyễn Văn Thành'],
    ['a hook', 'Trần Văn Tú', 'Trần Văn Tư'],
    ['đ and d', 'Đỗ Văn Đông', 'Đỗ Văn Dông'],
    ['a tone on the final i', 'Lê Văn Sĩ', 'Lê Văn Sì'],
    ['uy and ui', 'Phạm Văn Huy', 'Phạm Văn Hui'],
  ])('keeps official keys apart when names differ by %s', (_label, a, b) => {
    expect(officialKey(a)).not.toBe(officialKey(b));
  });

  it('keeps the diacritics in an official key', () => {
    expect(officialKey('Trần Sĩ Thanh')).toBe('official:trần sỹ thanh');
  });

  it.each<[string, KeyArgs, KeyArgs]>([
    ['TƯ and TW', ['57', null, 'NQ/TƯ', true], ['57', null, 'NQ/TW', true]],
    ['T.Ư and TW', ['57', null, 'NQ/T.Ư', true], ['57', null, 'NQ/TW', true]],
    ['a leading zero', ['09', null, 'NQ/TU', true], ['9', null, 'NQ/TU', true]],
    ['a hyphen for the slash', ['21', null, 'NQ-TW', true], ['21', null, 'NQ/TW', true]],
    ['Đ and D in the code', ['45', 2022, 'NĐ-CP', false], ['45', 2022, 'ND-CP', false]],
    ['case', ['12', 2019, 'TT-BTC', false], ['12', 2019, 'tt-btc', false]],
    ['an en dash and a stray space', ['5', 2020, 'QĐ – TTg', false], ['5', 2020, 'QĐ-TTg', false]],
  ])('gives one document key for %s', (_label, a, b) => {
    expect(symbolDocumentKey(...a)).toBe(symbolDocumentKey(...b));
  });

  it.each<[string, KeyArgs, KeyArgs]>([
    ['central and provincial committees', ['29', null, 'NQ/TƯ', true], ['29', null, 'NQ/TU', true]],
    ['years', ['45', 2022, 'NĐ-CP', false], ['45', 2021, 'NĐ-CP', false]],
    ['issuers', ['12', null, 'CT/TU', true], ['12', null, 'CT/HU', true]],
    ['numbers', ['10', null, 'NQ/TW', true], ['100', null, 'NQ/TW', true]],
  ])('keeps document keys apart for %s', (_label, a, b) => {
    expect(symbolDocumentKey(...a)).not.toBe(symbolDocumentKey(...b));
  });

  it('folds a symbol for comparison', () => {
    expect(foldSymbol('QĐi/TƯ')).toBe('qdi/tw');
  });

  it('keys short and named citations apart from numbered ones', () => {
    expect(shortDocumentKey('Nghị quyết', '057')).toBe('document:nghị quyết 57');
    expect(namedDocumentKey('Nghị quyết T.Ư 4 khoá XII')).toBe(namedDocumentKey('Nghị quyết Trung ương 4 khóa XII'));
    expect(namedDocumentKey('Luật Đầu tư 2020')).not.toBe(namedDocumentKey('Luật Đấu thầu 2020'));
  });

  it('gives the same key to the same person written two ways in two articles', () => {
    const a = recognize('Bí thư Tỉnh ủy Nguyễn Sĩ Hòa phát biểu.').officials[0]!;
    const b = recognize('Ông NGUYỄN SỸ HOÀ, Bí thư Tỉnh uỷ, phát biểu.').officials[0]!;
    expect(a.key).toBe(b.key);
    expect(recognize('Bí thư Tỉnh ủy Nguyễn Sĩ Hà phát biểu.').officials[0]!.key).not.toBe(a.key);
  });

  it('gives the same key to one resolution cited with TƯ in one article and TW in another', () => {
    const a = recognize('Thực hiện Nghị quyết số 05-NQ/TƯ của Bộ Chính trị.').documents[0]!;
    const b = recognize('Theo Nghị quyết 5 – NQ/TW, các cấp triển khai.').documents[0]!;
    expect(a.key).toBe('document:5-nq/tw');
    expect(b.key).toBe(a.key);
  });
});
