/**
 * Export timings on 10,000 generated clippings: `npm run bench:export [count]`.
 * Prints the zip (work time: CPU time of this process, and wall time without and with the
 * pauses it gives the page), then Markdown, JSON and CSV. CPU time is shown because the
 * machine is shared: wall time swings with other people's jobs, the work does not.
 * The articles are generated from our own Vietnamese phrases (no third-party text).
 */
import type { Clipping } from '../utils/db/clipping';
import type { DocumentRef, Mention, Official } from '../utils/entities/types';
import { clippingsToCsv } from '../utils/export/clippings-to-csv';
import { clippingsToJson, clippingsToJsonParts } from '../utils/export/clippings-to-json';
import { clippingsToMarkdown, clippingsToMarkdownParts } from '../utils/export/clippings-to-markdown';
import { clippingsToZip } from '../utils/export/clippings-to-zip';
import { entityMentionsToCsv, entityMentionsToCsvParts } from '../utils/export/entity-mentions-to-csv';
import { readClippingsBackup, readClippingsBackupInSlices } from '../utils/export/read-clippings-backup';
import { seededRandom } from './lib/seeded-random';

const COUNT = Number(process.argv[2] ?? 10_000);
const LEVEL = process.argv[3] === undefined ? undefined : (Number(process.argv[3]) as 0 | 1 | 6 | 9);

const random = seededRandom(20240115);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Hữu', 'Đức', 'Thanh', 'Quốc', 'Ngọc', 'Xuân', 'Hồng'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hùng', 'Khôi', 'Lan', 'Long', 'Nam', 'Phúc', 'Sơn', 'Tâm', 'Thảo', 'Trung', 'Vinh'];
const TITLES = ['Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh', 'Phó Chủ tịch HĐND tỉnh', 'Giám đốc Sở Tài chính', 'Trưởng Ban Tuyên giáo Tỉnh ủy', 'Bộ trưởng Bộ Xây dựng', 'Thứ trưởng Bộ Công Thương'];
const DOCS: Array<[string, string, number | null]> = [['Nghị quyết', 'NQ/TU', null], ['Nghị định', 'NĐ-CP', 2023], ['Quyết định', 'QĐ-UBND', null], ['Kết luận', 'KL/TW', null], ['Luật', 'QH15', 2024]];
const SITES = ['Báo Tỉnh', 'Báo Đồng Bằng', 'Tin Miền Trung', 'Thời sự Cao Nguyên'];
const TAGS = ['kinh tế', 'đầu tư công', 'nhân sự', 'giáo dục', 'y tế', 'chuyển đổi số', 'đất đai'];
const CLAUSES = [
  'các sở, ngành cần khẩn trương hoàn thiện hồ sơ trình Hội đồng nhân dân tỉnh trong quý tới',
  'tiến độ giải ngân vốn đầu tư công mới đạt khoảng một phần ba kế hoạch được giao',
  'nhiều ý kiến đề nghị rà soát lại quy hoạch khu dân cư phía tây thành phố',
  'địa phương sẽ tổ chức đối thoại với người dân bị ảnh hưởng bởi dự án mở rộng quốc lộ',
  'chương trình chuyển đổi số được triển khai đồng bộ tại các xã vùng sâu, vùng xa',
  'hội nghị đã thống nhất giao chỉ tiêu thu ngân sách cho từng huyện, thị xã',
  'ngành y tế đề xuất bổ sung trang thiết bị cho trạm y tế tuyến xã',
  'đoàn kiểm tra ghi nhận một số sai sót trong công tác quản lý đất đai giai đoạn trước',
];

function person() {
  return `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
}

/** One article: paragraphs of clauses, with officials and documents mentioned at known offsets. */
function article(n: number): Clipping {
  const officials: Official[] = [];
  const documents: DocumentRef[] = [];
  let text = '';
  const paragraphs: string[] = [];
  const at = (offset: number, surface: string): Mention => ({ start: offset, end: offset + surface.length, surface });
  for (let p = int(8, 14); p > 0; p--) {
    let para = '';
    for (let s = int(3, 5); s > 0; s--) {
      const offset = text.length + para.length; // where this sentence starts in the plain text
      const clause = pick(CLAUSES);
      if (random() < 0.25) {
        const name = officials.length > 0 && random() < 0.5 ? pick(officials).name : person();
        const title = pick(TITLES);
        const lead = `Theo ${title} `;
        const m = at(offset + lead.length, name);
        const existing = officials.find((o) => o.name === name);
        if (existing) existing.mentions.push(m);
        else officials.push({ kind: 'official', key: name.toLowerCase(), name, titles: [title], ranks: [], mentions: [m] });
        para += `${lead}${name}, ${clause}. `;
      } else if (random() < 0.1) {
        const [type, symbol, year] = pick(DOCS);
        const number = String(int(1, 300));
        const surface = `${type} số ${number}${year ? `/${year}` : ''}/${symbol}`;
        const key = `${type}:${number}/${symbol}`.toLowerCase();
        documents.push({ kind: 'document', key, surface, type, number, symbol, year, date: null, issuer: null, term: null, mentions: [at(offset, surface)] });
        para += `${surface} nêu rõ ${clause}. `;
      } else {
        para += `${clause[0]!.toUpperCase()}${clause.slice(1)}. `;
      }
    }
    paragraphs.push(para.trim());
    text += `${para.trim()}\n\n`;
  }
  const clippedAt = Date.UTC(2024, 0, 1) + n * 3_600_000;
  return {
    id: n + 1, url: `https://bao.example.vn/thoi-su/bai-${n}.html?utm_source=zalo`, canonicalUrl: `https://bao.example.vn/thoi-su/bai-${n}.html`,
    title: `${pick(['Tỉnh ủy', 'UBND tỉnh', 'HĐND tỉnh', 'Sở Tài chính'])} bàn ${pick(TAGS)}: ${pick(CLAUSES).slice(0, 50)}`,
    author: random() < 0.8 ? person() : null, published: new Date(clippedAt - 7_200_000).toISOString(), site: pick(SITES), lang: 'vi',
    markdown: paragraphs.map((p, i) => (i === 3 ? `## ${p.slice(0, 40)}\n\n${p}` : p)).join('\n\n'), text: text.trim(),
    officials, documents, entityKeys: [...officials, ...documents].map((e) => e.key),
    note: random() < 0.3 ? 'Cần theo dõi tiếp kỳ họp sau.' : '', tags: [pick(TAGS)], clippedAt, updatedAt: clippedAt,
  };
}

const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const seconds = (s: number) => `${s.toFixed(3).padStart(7)} s`;

function time<T>(label: string, fn: () => T): T {
  const [t0, c0] = [performance.now(), cpuSeconds()];
  const out = fn();
  console.log(`${label.padEnd(34)} ${seconds(cpuSeconds() - c0)} CPU ${seconds((performance.now() - t0) / 1000)} wall`);
  return out;
}

async function main() {
  const clippings = Array.from({ length: COUNT }, (_, i) => article(i));
  const mb = (s: string | Uint8Array[]) => ((typeof s === 'string' ? Buffer.byteLength(s) : s.reduce((n, p) => n + p.length, 0)) / 1e6).toFixed(1);
  console.log(`${COUNT} clippings, ${mb(clippings.map((c) => c.markdown + c.text).join(''))} MB of Markdown + text; times are CPU (this process) and wall`);
  await clippingsToZip(clippings.slice(0, 500), { yieldToPage: async () => {} }); // JIT warm-up

  let paused = 0;
  let pauses = 0;
  const [t0, c0] = [performance.now(), cpuSeconds()];
  const zip = await clippingsToZip(clippings, {
    exportedAt: Date.UTC(2024, 6, 1),
    level: LEVEL,
    yieldToPage: async () => {
      const p0 = performance.now();
      pauses++;
      await new Promise((resolve) => setTimeout(resolve, 0));
      paused += performance.now() - p0;
    },
  });
  const [wall, cpu] = [(performance.now() - t0) / 1000, cpuSeconds() - c0];
  console.log(`zip: ${mb(zip)} MB in ${zip.length} parts, ${COUNT + 1} files, level ${LEVEL ?? 'default'}, ${pauses} pauses (target ≤ 2 s of work)`);
  console.log(`${'zip work'.padEnd(34)} ${seconds(cpu)} CPU ${seconds(wall - paused / 1000)} wall without pauses`);
  console.log(`${'zip, pauses included'.padEnd(34)} ${seconds(wall)} wall`);
  const md = time('Markdown, one file', () => clippingsToMarkdown(clippings, { exportedAt: 0 }));
  const json = time('JSON backup', () => clippingsToJson(clippings, 0));
  time('JSON backup read + validate', () => readClippingsBackup(json));
  const csv = time('CSV, one row per clipping', () => clippingsToCsv(clippings));
  const ent = time('CSV, one row per entity mention', () => entityMentionsToCsv(clippings));
  console.log(`sizes: Markdown ${mb(md)} MB, JSON ${mb(json)} MB, CSV ${mb(csv)} MB, entities.csv ${mb(ent)} MB`);

  console.log('\nas the library runs them: in 12 ms slices, the page gets a turn between slices');
  await sliced('Markdown, one file', (o) => clippingsToMarkdownParts(clippings, { exportedAt: 0, ...o }));
  await sliced('JSON backup', (o) => clippingsToJsonParts(clippings, 0, [], o));
  await sliced('JSON backup read + validate', (o) => readClippingsBackupInSlices(json, o), 'JSON.parse');
  await sliced('CSV, one row per entity mention', (o) => entityMentionsToCsvParts(clippings, o));
}

/**
 * Runs a sliced export and prints its work time and its longest uninterrupted stretch (the
 * longest the page would freeze). `firstStep` names work before the first slice boundary.
 */
async function sliced(label: string, run: (o: { yieldToPage: () => Promise<void> }) => Promise<unknown>, firstStep?: string) {
  const t0 = performance.now();
  let last = t0;
  let longest = 0;
  let paused = 0;
  await run({
    yieldToPage: async () => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      await new Promise((resolve) => setTimeout(resolve, 0));
      last = performance.now();
      paused += last - now;
    },
  });
  longest = Math.max(longest, performance.now() - last);
  const note = firstStep ? ` (the first stretch includes ${firstStep}, which cannot be cut)` : '';
  console.log(`${label.padEnd(34)} ${seconds((performance.now() - t0 - paused) / 1000)} work, longest stretch ${longest.toFixed(0)} ms${note}`);
}

void main();
