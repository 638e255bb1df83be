// Per-file breakdown of the detect bundle (dev tool, not shipped).

import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { tsImport } from 'tsx/esm/api';

const { RULE_FILES, detectOnlySource } = await tsImport('./detect-only.ts', import.meta.url);
const lean = await tsImport('./lean-data.ts', import.meta.url);
const plugins = [
  {
    name: 'detect-only',
    setup(b) {
      b.onLoad({ filter: RULE_FILES }, async (a) => ({
        contents: detectOnlySource(await readFile(a.path, 'utf8'), a.path).code,
        loader: 'ts',
      }));
    },
  },
  lean.leanDataEsbuild(),
];
const entry = process.argv[2] ?? 'entrypoints/detect.ts';
const r = await build({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2022',
  write: !!process.env.OUTFILE,
  outfile: process.env.OUTFILE ?? '/tmp/x.js',
  metafile: true,
  logLevel: 'silent',
  plugins,
  define: { 'process.env.NODE_ENV': '"production"', 'import.meta.env.BROWSER': '"chrome"' },
});
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs)
  .map(([f, i]) => [i.bytesInOutput, f])
  .sort((a, b) => b[0] - a[0]);
console.log('total', out.bytes);
for (const [b, f] of rows.slice(0, +(process.argv[3] ?? 40))) console.log(String(b).padStart(8), f);
