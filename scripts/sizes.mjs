// Per-file breakdown of the detect bundle (dev tool, not shipped). esbuild stands in for the shipped
// minifier with the same renamed properties (MANGLED_PROPS) and reserved names, then the shipped
// packing (packBundle): the per-file figures are esbuild's before packing, the totals are both.
// The shipped bytes are `npm run build` + `ls -l .output/chrome-mv3/detect.js`.

import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { tsImport } from 'tsx/esm/api';

const { RULE_FILES, detectOnlySource, MANGLED_PATTERN, DETECT_RESERVED, packBundle, zopfliDeflate } =
  await tsImport('./detect-only.ts', import.meta.url);
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
  mangleProps: MANGLED_PATTERN,
  reserveProps: /^__/,
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
const packed = packBundle(
  r.outputFiles?.[0]?.text ?? (await readFile(process.env.OUTFILE, 'utf8')),
  false,
  DETECT_RESERVED,
  await zopfliDeflate(),
  true,
);
console.log('total', out.bytes, 'packed', Buffer.byteLength(packed.code));
for (const [b, f] of rows.slice(0, +(process.argv[3] ?? 40))) console.log(String(b).padStart(8), f);
