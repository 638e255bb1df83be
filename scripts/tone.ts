/**
 * npm run --silent tone -- [--sensitivity gentle|balanced|strict] [--json] [TEXT...]
 *
 * With no TEXT, reads stdin: one message a line. --json prints one Analysis JSON object a line,
 * in input order; otherwise a readable report: the message with flagged words marked, why, and
 * the suggestions (each shown applied).
 */
import { analyze, applySuggestion } from '../lib/tone/index';
import { type Analysis, SENSITIVITIES, type Sensitivity } from '../lib/tone/types';

function usage(msg?: string): never {
  if (msg) process.stderr.write(`tone: ${msg}\n`);
  process.stderr.write(
    'usage: npm run --silent tone -- [--sensitivity gentle|balanced|strict] [--json] [TEXT...]\n',
  );
  process.exit(2);
}

let sensitivity: Sensitivity = 'balanced';
let json = false;
const texts: string[] = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i] as string;
  if (a === '--json') json = true;
  else if (a === '--sensitivity' || a === '-s') {
    const v = argv[++i];
    if (!v || !SENSITIVITIES.includes(v as Sensitivity)) usage(`unknown sensitivity ${v ?? '(missing)'}`);
    sensitivity = v as Sensitivity;
  } else if (a.startsWith('--sensitivity=')) {
    const v = a.slice('--sensitivity='.length);
    if (!SENSITIVITIES.includes(v as Sensitivity)) usage(`unknown sensitivity ${v}`);
    sensitivity = v as Sensitivity;
  } else if (a === '--help' || a === '-h') usage();
  else if (a === '--') continue;
  else if (a.startsWith('--')) usage(`unknown option ${a}`);
  else texts.push(a);
}

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const mark = (s: string) => (color ? `\x1b[4;33m${s}\x1b[0m` : `[[${s}]]`);
const dim = (s: string) => (color ? `\x1b[2m${s}\x1b[0m` : s);

function marked(text: string, a: Analysis): string {
  // Merge overlapping ranges, then wrap them.
  const ranges = a.findings.map((f) => [f.start, f.end] as [number, number]).sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  let out = '';
  let pos = 0;
  for (const [s, e] of merged) {
    out += text.slice(pos, s) + mark(text.slice(s, e));
    pos = e;
  }
  return out + text.slice(pos);
}

function report(text: string, a: Analysis): string {
  const lines: string[] = [];
  lines.push(`> ${marked(text, a)}`);
  if (!a.flagged) {
    lines.push(dim('  ✓ reads fine'));
    return lines.join('\n');
  }
  lines.push(dim(`  heat ${a.heat}/100`));
  for (const f of a.findings) {
    lines.push(`  • ${f.category} (${f.rule}, severity ${f.severity}): “${text.slice(f.start, f.end)}”`);
    lines.push(`    ${f.why}`);
    for (const s of f.suggestions) {
      const result = applySuggestion(text, s);
      const ph = s.placeholder ? dim(' (fill in the [brackets])') : '';
      lines.push(`    → ${result}${ph}`);
    }
    if (f.pause) lines.push(dim('    ⏸ or save this draft and come back when things are calmer'));
  }
  return lines.join('\n');
}

function handle(text: string): void {
  const a = analyze(text, { sensitivity });
  process.stdout.write(json ? `${JSON.stringify(a)}\n` : `${report(text, a)}\n\n`);
}

if (texts.length > 0) {
  for (const t of texts) handle(t);
} else {
  let buf = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk: string) => {
    buf += chunk;
    let nl = buf.indexOf('\n');
    while (nl >= 0) {
      handle(buf.slice(0, nl).replace(/\r$/, ''));
      buf = buf.slice(nl + 1);
      nl = buf.indexOf('\n');
    }
  });
  process.stdin.on('end', () => {
    if (buf !== '') handle(buf.replace(/\r$/, ''));
  });
}
