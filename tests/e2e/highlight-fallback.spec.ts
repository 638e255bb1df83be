/**
 * The underline fallback for browsers without the CSS Custom Highlight API (older Firefox):
 * BoxPainter draws boxes in our own layer from the words' client rects. Chromium has the
 * Highlight API, so the content script never picks this path here; this spec bundles the painter
 * and the field layer (esbuild, to a temp dir) and runs them in the playground's page against real
 * editors, checking the boxes sit on the words and follow scrolling.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { build } from 'esbuild';
import { PLAIN_CHROMIUM } from './fixtures';

test.use(PLAIN_CHROMIUM);

let bundle = '';

test.beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'softstart-boxes-'));
  try {
    const outfile = path.join(dir, 'boxes.js');
    await build({
      stdin: {
        contents:
          "export { BoxPainter } from './lib/highlight/BoxPainter';\nexport { adapterFor } from './lib/fields/detect';",
        resolveDir: path.resolve('.'),
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      globalName: 'SoftStartBoxes',
      target: 'es2022',
      outfile,
      logLevel: 'silent',
    });
    bundle = readFileSync(outfile, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const WORD = 'never';
const TEXT = `You ${WORD} listen to me`;

/** Paints one mark on WORD in the field and returns each box's rect next to the word's own rects. */
async function paintAndMeasure(page: Page, selector: string) {
  return page.evaluate(
    ({ selector, word, text }) => {
      type Painter = { paint(m: unknown[]): void; reposition(): void; rectsFor(id: string): DOMRect[] };
      const api = (window as unknown as Record<string, unknown>).SoftStartBoxes as {
        BoxPainter: new (el: HTMLElement, snap: () => unknown, parent: HTMLElement) => Painter;
        adapterFor(el: HTMLElement): { read(el: HTMLElement): unknown };
      };
      const el = document.querySelector<HTMLElement>(selector);
      if (!el) throw new Error(`no ${selector}`);
      const w = window as unknown as { __layer?: HTMLElement; __painter?: Painter };
      w.__layer ??= document.body.appendChild(document.createElement('div'));
      const adapter = api.adapterFor(el);
      w.__painter = new api.BoxPainter(el, () => adapter.read(el), w.__layer);
      const start = text.indexOf(word);
      w.__painter.paint([{ id: 'm', start, end: start + word.length, category: 'absolutes', severity: 2 }]);
      return { ok: true };
    },
    { selector, word: WORD, text: TEXT },
  );
}

/** The drawn boxes and a Range built directly on the word's text node, in viewport coordinates. */
async function boxesAndWord(page: Page, selector: string) {
  return page.evaluate(
    ({ selector, word }) => {
      const el = document.querySelector<HTMLElement>(selector);
      if (!el) throw new Error(`no ${selector}`);
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let range: Range | null = null;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n.textContent ?? '').indexOf(word);
        if (i >= 0) {
          range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + word.length);
          break;
        }
      }
      if (!range) throw new Error('word not found');
      const r = range.getBoundingClientRect();
      const boxes = [...document.querySelectorAll<HTMLElement>('.ss-box')].map((b) =>
        b.getBoundingClientRect(),
      );
      return {
        word: { left: r.left, top: r.top, width: r.width, height: r.height },
        boxes: boxes.map((b) => ({ left: b.left, top: b.top, width: b.width, height: b.height })),
      };
    },
    { selector, word: WORD },
  );
}

for (const [name, selector] of [
  ['contenteditable', '#plain-contenteditable'],
  ['lexical', '#lexical-editor'],
  ['prosemirror', '#prosemirror-host .ProseMirror'],
] as const) {
  test(`fallback boxes sit on the flagged word and follow scrolling: ${name}`, async ({ page }) => {
    await page.goto('/index.html');
    await page.evaluate(() => (window as unknown as { playgroundReady: Promise<void> }).playgroundReady);
    await page.addScriptTag({ content: bundle });
    await page.click(selector);
    await page.keyboard.type(TEXT);
    await paintAndMeasure(page, selector);

    const check = async () => {
      const { word, boxes } = await boxesAndWord(page, selector);
      expect(boxes).toHaveLength(1);
      const [box] = boxes;
      for (const k of ['left', 'top', 'width', 'height'] as const) {
        expect(Math.abs((box?.[k] ?? Number.NaN) - word[k]), k).toBeLessThanOrEqual(1);
      }
    };
    await check();
    // Scroll the page: boxes are fixed-position, so they must be re-placed to stay on the word.
    await page.evaluate(() => window.scrollBy(0, 37));
    await page.evaluate(() =>
      (window as unknown as { __painter: { reposition(): void } }).__painter.reposition(),
    );
    await check();
  });
}
