/**
 * Storage benchmark: `npm run bench:db [count]`. Generates `count` (default 10,000) realistic
 * clippings in fake-indexeddb (Node) and prints the times of the library's UI paths against
 * the targets of issue #5. fake-indexeddb is pure JavaScript, usually slower than a browser's
 * IndexedDB, so these numbers are a pessimistic stand-in, not a browser measurement.
 */
import { loadavg } from 'node:os';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Clipping, ClippingBody, ClippingSummary, NewClipping } from '../utils/db/clipping';
import { deriveIndexFields } from '../utils/db/derive-index-fields';
import type { EntityEntry } from '../utils/db/entity-entry';
import { entityKeys } from '../utils/db/entity-keys';
import { entitySightings } from '../utils/db/entity-sightings';
import { entityTimeline } from '../utils/db/entity-timeline';
import { getClipping } from '../utils/db/get-clipping';
import { getEntity, listEntities } from '../utils/db/list-entities';
import { mergeEntityEntry } from '../utils/db/merge-entity-entry';
import { facetToken } from '../utils/db/facet-token';
import { orderKeyRange } from '../utils/db/order-keys';
import { postingCount } from '../utils/db/posting-ids';
import { primaryIds } from '../utils/db/primary-ids';
import { queryLibrary } from '../utils/db/query-library';
import { saveClipping } from '../utils/db/save-clipping';
import { flushSearchPending, PENDING_MAX } from '../utils/db/search-changes';
import { applySearchDeltas } from '../utils/db/search-postings';
import { createDb } from '../utils/db/trich-bao-db';
import { splitBody } from '../utils/db/with-bodies';
import type { DocumentRef, Official } from '../utils/entities/types';
import { seededRandom } from './lib/seeded-random';

const COUNT = Number(process.argv[2] ?? 10_000);

const random = seededRandom(57);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
/** Popular items far more often than rare ones, as in the news. */
const zipf = <T>(xs: readonly T[]): T => xs[Math.floor(xs.length * random() ** 3)]!;

// Our own vocabulary (not copied from any article).
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLES = ['Văn', 'Thị', 'Minh', 'Quốc', 'Đức', 'Thanh', 'Hữu', 'Xuân', 'Ngọc', 'Sỹ', 'Hồng', 'Công'];
const GIVENS = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hùng', 'Khoa', 'Lan', 'Long', 'Mai', 'Nam', 'Phúc', 'Quân', 'Sơn', 'Thanh', 'Thủy', 'Tuấn', 'Việt', 'Yến'];
const TITLES = ['Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh', 'Phó Thủ tướng', 'Bộ trưởng Bộ Tài chính', 'Chủ tịch HĐND thành phố', 'Ủy viên Bộ Chính trị'];
const DOC_TYPES: [string, string][] = [['Nghị quyết', 'NQ/TW'], ['Nghị định', 'NĐ-CP'], ['Quyết định', 'QĐ-TTg'], ['Chỉ thị', 'CT-TTg'], ['Nghị quyết', 'NQ/TU']];
const SITES = ['Báo Nhân Dân Số', 'Tin Tỉnh Nhà', 'Thời Báo Kinh Tế Mẫu', 'Báo Điện Tử Miền Trung', 'Tạp Chí Chính Sách', 'Báo Đồng Bằng'];
const TOPICS = ['chuyển đổi số', 'nông nghiệp xanh', 'cải cách hành chính', 'đường sắt tốc độ cao', 'phòng chống tham nhũng', 'giáo dục nghề nghiệp',
  'khoa học công nghệ', 'an sinh xã hội', 'thu hút đầu tư', 'quy hoạch đô thị', 'bảo vệ môi trường', 'phát triển du lịch'];
const VERBS = ['triển khai', 'sơ kết', 'đánh giá', 'bàn giải pháp', 'kiểm tra tiến độ', 'tháo gỡ vướng mắc', 'đẩy mạnh', 'tổng kết'];
const FILLER = ['Hội nghị ghi nhận nhiều kết quả tích cực trong năm qua.', 'Các sở, ngành cần phối hợp chặt chẽ hơn để hoàn thành chỉ tiêu.',
  'Nhiều ý kiến đề xuất tháo gỡ khó khăn về vốn và mặt bằng.', 'Người dân địa phương phấn khởi trước những thay đổi rõ rệt.',
  'Đoàn công tác đã khảo sát thực tế tại một số xã vùng sâu.', 'Kế hoạch năm tới tập trung vào chất lượng thay vì số lượng.',
  'Đại biểu kiến nghị sửa đổi quy định chưa phù hợp với thực tiễn.', 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt hơn chín mươi phần trăm.'];

const officials: Official[] = Array.from({ length: 400 }, (_, i) => {
  const name = `${SURNAMES[i % SURNAMES.length]} ${MIDDLES[(i * 7) % MIDDLES.length]} ${GIVENS[(i * 13) % GIVENS.length]}`;
  return { kind: 'official', key: `official:bench ${i}`, name, titles: [pick(TITLES)], ranks: [], mentions: [] };
});
const documents: DocumentRef[] = Array.from({ length: 250 }, (_, i) => {
  const [type, symbol] = DOC_TYPES[i % DOC_TYPES.length]!;
  const surface = `${type} số ${i + 1}-${symbol}`;
  return { kind: 'document', key: `document:${i + 1}-${symbol.toLowerCase()}`, surface, type, number: String(i + 1), symbol,
    year: 2015 + (i % 10), date: null, issuer: null, term: null, mentions: [] };
});

/** One made-up article: about 4,500 characters of text, 1–6 officials, 0–3 documents. */
function article(n: number): NewClipping {
  const who = [...new Set(Array.from({ length: 1 + Math.floor(random() * 6) }, () => zipf(officials)))];
  const docs = [...new Set(Array.from({ length: Math.floor(random() * 4) }, () => zipf(documents)))];
  const topic = pick(TOPICS);
  const title = `${who[0]!.titles[0]} ${who[0]!.name} ${pick(VERBS)} ${topic}${docs[0] ? ` theo ${docs[0].surface}` : ''}`;
  const paragraphs: string[] = [];
  for (let p = 0; p < 14; p++) {
    const o = pick(who);
    const d = docs.length > 0 && random() < 0.3 ? ` theo tinh thần ${pick(docs).surface}` : '';
    paragraphs.push(`Ông ${o.name}, ${o.titles[0]}, nhấn mạnh yêu cầu ${pick(VERBS)} ${pick(TOPICS)}${d}. ${pick(FILLER)} ${pick(FILLER)} ${pick(FILLER)}`);
  }
  const text = paragraphs.join('\n\n');
  const day = new Date(Date.UTC(2016, 0, 1) + Math.floor(random() * 3300) * 86_400_000);
  return {
    url: `https://bao-mau.example.vn/tin-${n}.html?ref=home`, canonicalUrl: `https://bao-mau.example.vn/tin-${n}.html`,
    title, author: `${pick(SURNAMES)} ${pick(GIVENS)}`, published: random() < 0.9 ? day.toISOString() : null,
    site: pick(SITES), lang: 'vi', markdown: paragraphs.map((p) => `${p}\n`).join('\n'), text,
    officials: who, documents: docs, note: random() < 0.2 ? `Theo dõi ${topic}` : '', tags: random() < 0.4 ? [topic] : [],
  };
}

/** Median and 95th percentile (ms) of `runs` calls after two warm-up calls. */
async function measure(runs: number, fn: (i: number) => Promise<unknown>): Promise<{ median: number; p95: number }> {
  await fn(-1);
  await fn(-2);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)]!, p95: times[Math.min(runs - 1, Math.floor(runs * 0.95))]! };
}

/** One timed call, for work that cannot be repeated on the same data. */
async function once(fn: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
  const t0 = performance.now();
  await fn();
  const t = performance.now() - t0;
  return { median: t, p95: t };
}

async function main(): Promise<void> {
  const db = createDb('bench', { indexedDB: new IDBFactory(), IDBKeyRange });
  const t0 = performance.now();
  // Bulk load (what an import of a big backup amounts to), with the same derived fields and entity counts as saveClipping.
  const entries = new Map<string, EntityEntry>();
  for (let start = 0; start < COUNT; start += 500) {
    const rows: ClippingSummary[] = [];
    const bodies: ClippingBody[] = [];
    for (let n = start; n < Math.min(COUNT, start + 500); n++) {
      const input = article(n);
      const c: Clipping = { ...input, note: input.note ?? '', tags: input.tags ?? [], entityKeys: entityKeys(input), clippedAt: 1_600_000_000_000 + n * 60_000, updatedAt: 1_600_000_000_000 + n * 60_000 };
      // As saveClipping stores it from version 5: the body and search tokens in their own table under the same id.
      const { row, body } = splitBody({ ...c, ...deriveIndexFields(c), id: n + 1 });
      rows.push(row);
      bodies.push({ clippingId: n + 1, ...body });
      for (const s of entitySightings(c)) entries.set(s.key, mergeEntityEntry(entries.get(s.key), s, (entries.get(s.key)?.count ?? 0) + 1));
    }
    // The search postings as every write keeps them (save, import, upgrade), one batch at a time.
    await db.transaction('rw', [db.clippings, db.clippingBodies, db.searchPostings], async () => {
      await db.clippings.bulkAdd(rows);
      await db.clippingBodies.bulkAdd(bodies);
      await applySearchDeltas(db, bodies.map((b) => [b.clippingId, undefined, b.searchTokens] as const));
    });
  }
  await db.entities.bulkPut([...entries.values()]);
  const tokens = (await db.clippingBodies.limit(200).toArray()).reduce((n, b) => n + b.searchTokens.length, 0) / 200;
  console.log(`generated ${COUNT} clippings, ${entries.size} entities, ~${tokens.toFixed(0)} search tokens per clipping, in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`fake-indexeddb in Node; ms, median / p95 of 20 runs after warm-up; load average ${loadavg().map((l) => l.toFixed(2)).join(', ')}\n`);

  // Recent clips whose search tokens still wait to be merged (one short of a merge): queries read them too.
  let n = COUNT;
  for (let i = 0; i < PENDING_MAX - 1; i++) await saveClipping(db, article(n++));
  console.log(`then ${PENDING_MAX - 1} clippings saved one by one, their search tokens pending; ${((performance.now() - t0) / 1000).toFixed(1)} s in all`);
  const popular = (await listEntities(db, { kind: 'official', limit: 1 })).rows[0]!;
  const middling = (await listEntities(db, { kind: 'official', limit: 1, offset: 150 })).rows[0]!;
  // What clicking an entity needs before reading rows: its entry, how many clippings mention it (its
  // posting rows) and which come first on its timeline (newest published first, the `*orderKeys` index).
  const lookup = (key: string) => {
    const range = db.clippings.where('orderKeys').between(...orderKeyRange({ entityKey: key }, 'published'), true, true);
    return db.transaction('r', [db.clippings, db.entities, db.searchPostings, db.searchPending], () =>
      Promise.all([getEntity(db, key), postingCount(db, facetToken({ entityKey: key })), primaryIds(range.limit(50))]));
  };
  // Not a UI path since version 5 (kept for comparison with earlier runs): every id through the `*entityKeys` index.
  const allIds = (key: string) => db.clippings.where('entityKeys').equals(key).primaryKeys();
  const searches = ['nghi quyet 5', 'Nghị quyết', 'tran van', 'chuyển đổi số', 'bao dong bang khoa', 'uy ban', 'thu hut dau tu'];
  const rows: [string, number, { median: number; p95: number }, string][] = [
    ['first page of library (50, newest clipped)', 10, await measure(20, () => queryLibrary(db, { limit: 50 })), ''],
    ['first page sorted by published date', 10, await measure(20, () => queryLibrary(db, { sort: 'published', limit: 50 })), ''],
    ['first page filtered by site', 10, await measure(20, () => queryLibrary(db, { filter: { site: SITES[1] }, limit: 50 })), ''],
    ['entity index, first 100 officials', 5, await measure(20, () => listEntities(db, { kind: 'official' })), ''],
    [`entity lookup: ${middling.name} (entry, count ${middling.count}, first 50 ids)`, 5, await measure(20, () => lookup(middling.key)), 'index hits'],
    [`entity lookup: ${popular.name} (entry, count ${popular.count}, first 50 ids)`, 5, await measure(20, () => lookup(popular.key)), 'most mentioned'],
    [`all ${popular.count} ids of ${popular.name} (*entityKeys)`, Infinity, await measure(20, () => allIds(popular.key)), 'not a UI path'],
    [`entity timeline page: ${middling.name} (50 rows)`, 5, await measure(20, () => entityTimeline(db, middling.key, { limit: 50 })), 'rows without bodies'],
    [`entity timeline page: ${popular.name} (50 rows)`, 5, await measure(20, () => entityTimeline(db, popular.key, { limit: 50 })), 'rows without bodies'],
    ['open one clipping (row + body)', 10, await measure(20, (i) => getClipping(db, 1 + ((i + 2) * 37) % COUNT)), ''],
  ];
  for (const search of searches) {
    const total = (await queryLibrary(db, { search })).total;
    rows.push([`search "${search}" (${total} hits)`, 100, await measure(20, () => queryLibrary(db, { search, limit: 50 })), '']);
  }
  // The first of these saves starts a background merge of the pending tokens, as in use.
  rows.push(['clip save (new article)', 50, await measure(20, () => saveClipping(db, article(n++))), '']);
  rows.push(['clip save (re-clip same article)', 50, await measure(20, () => saveClipping(db, { ...article(n), canonicalUrl: 'https://bao-mau.example.vn/tin-5.html' })), '']);
  const pendingNow = await db.searchPending.count();
  rows.push([`merge ${pendingNow} pending clippings into the search postings`, Infinity, await once(() => flushSearchPending(db)), 'one run; in the background after a save']);

  for (const [label, target, { median, p95 }, note] of rows) {
    // The verdict is on the median; p95 is shown because the machine may be shared.
    const goal = Number.isFinite(target) ? `target ≤ ${String(target).padStart(3)} ms  ${median <= target ? '✓' : '✗'}` : 'no target     -';
    console.log(`${label.padEnd(62)} ${median.toFixed(1).padStart(7)} / ${p95.toFixed(1).padStart(7)}   ${goal}${note ? `  (${note})` : ''}`);
  }
  const failed = rows.filter(([, target, { median }]) => median > target).length;
  console.log(`\n${failed === 0 ? 'all targets met' : `${failed} over target`}; load average ${loadavg().map((l) => l.toFixed(2)).join(', ')}`);
  db.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
