import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { NewClipping } from '../../../utils/db/clipping';
import { createDb, type TrichBaoDb } from '../../../utils/db/trich-bao-db';
import type { DocumentRef, Official } from '../../../utils/entities/types';

let counter = 0;

/** A database on its own fresh fake IndexedDB, so tests never share rows. */
export function freshDb(): TrichBaoDb {
  counter += 1;
  return createDb(`trich-bao-test-${counter}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}

/** An official as the recognizer would return it. */
export function official(key: string, name: string, titles: string[] = []): Official {
  return { kind: 'official', key, name, titles, ranks: [], mentions: [{ start: 0, end: name.length, surface: name }] };
}

/** A document reference as the recognizer would return it. */
export function documentRef(key: string, surface: string): DocumentRef {
  return {
    kind: 'document', key, surface, type: 'Nghị quyết', number: '12', symbol: 'NQ/TU',
    year: null, date: null, issuer: null, term: null, mentions: [{ start: 0, end: surface.length, surface }],
  };
}

/** A made-up provincial news article (our own text). */
export function sampleClipping(overrides: Partial<NewClipping> = {}): NewClipping {
  return {
    url: 'https://baotinh.example.vn/hoi-nghi-tinh-uy-123.html?utm_source=fb',
    canonicalUrl: 'https://baotinh.example.vn/hoi-nghi-tinh-uy-123.html',
    title: 'Hội nghị Tỉnh ủy bàn kế hoạch chuyển đổi số',
    author: 'Lê Thu Hà',
    published: '2024-05-02T08:30:00+07:00',
    site: 'Báo Tỉnh',
    lang: 'vi',
    markdown: 'Sáng nay, **Tỉnh ủy** họp bàn kế hoạch.',
    text: 'Sáng nay, Tỉnh ủy họp bàn kế hoạch.',
    officials: [official('nguyen van an', 'Nguyễn Văn An', ['Bí thư Tỉnh ủy'])],
    documents: [documentRef('nghi-quyet:12-nq/tu', 'Nghị quyết số 12-NQ/TU')],
    ...overrides,
  };
}
