/**
 * Recognizer CLI. `npm run -s entities -- --jsonl` reads {"id","text"} lines and writes one result line each;
 * without --jsonl it reads plain text and prints a readable summary (or JSON with --json).
 */
import { createInterface } from 'node:readline';
import { recognize } from '../utils/entities/index';
import type { Recognition } from '../utils/entities/types';

const HELP = `Usage: npm run -s entities -- [--jsonl | --json] < input

  --jsonl   input: one JSON object {"id": ..., "text": "..."} per line
            output: one line {"id","officials":[{"name","titles","ranks","start","end"}],
                    "documents":[{"surface","type","number","symbol","year","date","issuer","term","start","end"}]}
            with one entry per mention. Bad lines are reported on stderr (exit code 1 at the end).
  --json    input: plain text; output: the full recognition as JSON
  (none)    input: plain text; output: a readable summary
  --help    this text`;

/** One output line for the JSONL mode: every mention becomes one entry. */
export function toJsonlRecord(id: unknown, rec: Recognition): object {
  return {
    id,
    officials: rec.officials.flatMap((o) =>
      o.mentions.map((m) => ({ name: o.name, titles: o.titles, ranks: o.ranks, start: m.start, end: m.end })),
    ),
    documents: rec.documents.flatMap((d) =>
      d.mentions.map((m) => ({
        surface: m.surface, type: d.type, number: d.number, symbol: d.symbol, year: d.year, date: d.date,
        issuer: d.issuer, term: d.term, start: m.start, end: m.end,
      })),
    ),
  };
}

function summary(rec: Recognition): string {
  const lines: string[] = [`Officials (${rec.officials.length}):`];
  for (const o of rec.officials) {
    const ranks = o.ranks.length ? ` [${o.ranks.join(', ')}]` : '';
    lines.push(`  ${o.name}${ranks} — ${o.titles.join('; ') || '(no title)'} — ${o.mentions.length} mention(s)`);
  }
  lines.push(`Documents (${rec.documents.length}):`);
  for (const d of rec.documents) {
    const extra = [d.date && `ngày ${d.date}`, d.issuer && `của ${d.issuer}`, d.term && `khóa ${d.term}`].filter(Boolean).join(', ');
    lines.push(`  ${d.surface} — ${d.type ?? '?'} ${d.number ?? ''}${d.symbol ? ' ' + d.symbol : ''}${extra ? ' — ' + extra : ''}`);
  }
  return lines.join('\n');
}

async function runJsonl(): Promise<number> {
  let failed = 0;
  let lineNo = 0;
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let input: unknown;
    try {
      input = JSON.parse(line);
    } catch (e) {
      failed++;
      process.stderr.write(`line ${lineNo}: not valid JSON (${(e as Error).message})\n`);
      continue;
    }
    const text = (input as { text?: unknown } | null)?.text;
    if (typeof input !== 'object' || input === null || typeof text !== 'string') {
      failed++;
      process.stderr.write(`line ${lineNo}: expected an object with a string "text" field\n`);
      continue;
    }
    process.stdout.write(JSON.stringify(toJsonlRecord((input as { id?: unknown }).id ?? null, recognize(text))) + '\n');
  }
  return failed ? 1 : 0;
}

async function readAll(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(HELP);
    return 0;
  }
  const unknown = args.filter((a) => !['--jsonl', '--json'].includes(a));
  if (unknown.length) {
    process.stderr.write(`unknown option(s): ${unknown.join(' ')}\n${HELP}\n`);
    return 2;
  }
  if (args.includes('--jsonl')) return runJsonl();
  const rec = recognize(await readAll());
  console.log(args.includes('--json') ? JSON.stringify(rec, null, 2) : summary(rec));
  return 0;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
