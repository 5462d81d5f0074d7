import { describe, expect, it } from 'vitest';
import { recognize } from '../../../utils/entities/index';

const docs = (text: string) => recognize(text).documents.map((d) => [d.surface, d.symbol, d.mentions.length]);

describe('utils/entities/merge-short-forms (round 22)', () => {
  it('files a short form written before the full citation under it', () => {
    expect(docs('Tỉnh triển khai Chỉ thị số 12 của Ban Bí thư. Hội nghị quán triệt Chỉ thị số 12-CT/TW của Ban Bí thư về công tác dân vận.'))
      .toEqual([['Chỉ thị số 12-CT/TW', 'CT/TW', 2]]);
  });

  it('files a symbol cut short under the full one, in either order', () => {
    expect(docs('Thực hiện Nghị quyết số 41-NQ/TW. Triển khai Nghị quyết số 41-NQ là nhiệm vụ trọng tâm.')).toEqual([['Nghị quyết số 41-NQ/TW', 'NQ/TW', 2]]);
    expect(docs('Nghị quyết số 41-NQ là nhiệm vụ trọng tâm. Thực hiện Nghị quyết số 41-NQ/TW.')).toEqual([['Nghị quyết số 41-NQ/TW', 'NQ/TW', 2]]);
  });

  it('keeps a short form whose issuer is not the full citation\'s', () => {
    expect(docs('Thực hiện Quyết định số 15/QĐ-TTg của Thủ tướng. Theo Quyết định số 15 của UBND tỉnh, dự án được duyệt.')).toHaveLength(2);
  });
});
