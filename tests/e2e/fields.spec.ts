/**
 * lib/fields against the real editors of the playground, in real Chromium.
 *
 * lib/fields is bundled with esbuild into an IIFE (global `SoftStartFields`, written to a temp dir,
 * not the repo) and injected with page.addScriptTag. That runs it in the page's main world rather
 * than a content script's isolated world; for what lib/fields does (read the DOM, set the selection,
 * dispatch events, execCommand) the behaviour is the same, because both worlds share one DOM and the
 * editors react only to DOM state and events. (Frames get their own copy, as a content script with
 * all_frames would.)
 *
 * For every field: isCoachable, detection and the adapter, snapshot text === the editor's own model
 * text, rangeFor/offsetOf against the words on screen, replace across a bold run where the editor
 * has bold (Ctrl+B while typing), Ctrl+Z, typing afterwards, and a multi-paragraph case with a
 * placeholder selected after replacing. Then the fields that must never be coached.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Frame, type Page, test } from '@playwright/test';
import { build } from 'esbuild';
import type * as FieldsApi from '../../lib/fields/index';
import { modelCaretAtEnd, PLAIN_CHROMIUM } from './fixtures';

test.use(PLAIN_CHROMIUM);
test.describe.configure({ mode: 'parallel' });

/* ------------------------------------------------------------------ the fields */

interface Field {
  /** The playground's `window.modelText` name. */
  name: string;
  selector: string;
  /** Shadow host selector, when the field is inside an open shadow root. */
  host?: string;
  /** In the same-origin iframe. */
  inFrame?: boolean;
  adapter: string;
  /** The method the cascade should end up using. */
  method: string;
  kind: 'control' | 'editable';
  /** Enter makes a new line / paragraph. */
  multiline: boolean;
  /** Ctrl+B makes bold. */
  bold: boolean;
}

const FIELDS: Field[] = [
  {
    name: 'textarea',
    selector: '#plain-textarea',
    adapter: 'textarea',
    method: 'execCommand',
    kind: 'control',
    multiline: true,
    bold: false,
  },
  {
    name: 'input',
    selector: '#plain-input',
    adapter: 'input',
    method: 'execCommand',
    kind: 'control',
    multiline: false,
    bold: false,
  },
  {
    name: 'contenteditable',
    selector: '#plain-contenteditable',
    adapter: 'contenteditable',
    method: 'execCommand',
    kind: 'editable',
    multiline: true,
    bold: true,
  },
  {
    name: 'react',
    selector: '#react-textarea',
    adapter: 'textarea',
    method: 'execCommand',
    kind: 'control',
    multiline: true,
    bold: false,
  },
  {
    name: 'lexical',
    selector: '#lexical-editor',
    adapter: 'lexical',
    method: 'beforeinput',
    kind: 'editable',
    multiline: true,
    bold: true,
  },
  {
    name: 'slate',
    selector: '#slate-editor',
    adapter: 'slate',
    method: 'beforeinput',
    kind: 'editable',
    multiline: true,
    bold: true,
  },
  {
    name: 'prosemirror',
    selector: '#prosemirror-editor',
    adapter: 'prosemirror',
    method: 'paste',
    kind: 'editable',
    multiline: true,
    bold: true,
  },
  {
    name: 'draft',
    selector: '#draft-editor',
    adapter: 'draft',
    method: 'paste',
    kind: 'editable',
    multiline: true,
    bold: true,
  },
  {
    name: 'quill',
    selector: '#quill-editor',
    adapter: 'quill',
    method: 'beforeinput',
    kind: 'editable',
    multiline: true,
    bold: true,
  },
  {
    name: 'ckeditor',
    selector: '#ckeditor-editor',
    adapter: 'ckeditor',
    method: 'beforeinput',
    kind: 'editable',
    multiline: true,
    bold: true,
  },
  {
    name: 'shadow',
    selector: '#shadow-textarea',
    host: 'softstart-shadow-field',
    adapter: 'textarea',
    method: 'execCommand',
    kind: 'control',
    multiline: true,
    bold: false,
  },
  {
    name: 'shadowEditable',
    selector: '#shadow-editable',
    host: 'softstart-shadow-field',
    adapter: 'contenteditable',
    method: 'execCommand',
    kind: 'editable',
    multiline: true,
    bold: true,
  },
  {
    name: 'iframe',
    selector: '#frame-textarea',
    inFrame: true,
    adapter: 'textarea',
    method: 'execCommand',
    kind: 'control',
    multiline: true,
    bold: false,
  },
  {
    name: 'iframeEditable',
    selector: '#frame-editable',
    inFrame: true,
    adapter: 'contenteditable',
    method: 'execCommand',
    kind: 'editable',
    multiline: true,
    bold: true,
  },
  {
    name: 'late',
    selector: '#late-textarea',
    adapter: 'textarea',
    method: 'execCommand',
    kind: 'control',
    multiline: true,
    bold: false,
  },
];

const NEVER = [
  'password',
  'email',
  'number',
  'tel',
  'cc-number',
  'one-time-code',
  'readonly-textarea',
  'disabled-textarea',
  'hidden-textarea',
  'optout-textarea',
  'gramm-off-textarea',
  'code-content',
];

/* ------------------------------------------------------------------ in-page helpers */

type Offsets = { start: number; end: number };
interface Probe {
  coachable: boolean;
  rootFromInside: boolean;
  rootFromHost: boolean;
  adapter: string;
  text: string;
}
interface RangeCheck {
  isNull: boolean;
  str: string | null;
  /** Offsets of the caret positions under the centre of each of the range's rects. */
  hits: number[];
  rects: number;
  /** Largest distance between the range's rect and an independent range over the same word. */
  wordDelta: number | null;
}
interface Helpers {
  probe(sel: string, host?: string): Probe;
  read(sel: string, host?: string): string;
  range(sel: string, host: string | undefined, start: number, end: number, word: string | null): RangeCheck;
  replace(
    sel: string,
    host: string | undefined,
    start: number,
    end: number,
    text: string,
    select?: Offsets,
  ): Promise<FieldsApi.ReplaceResult>;
  selection(sel: string, host?: string): Offsets | null;
}

declare global {
  interface Window {
    SoftStartFields: typeof FieldsApi;
    __ss: Helpers;
    modelText: Record<string, () => string | null>;
    playgroundReady: Promise<void>;
    lateReady: Promise<void>;
  }
}

/** Runs in the page (and in the iframe): small helpers over window.SoftStartFields. */
function installHelpers(): void {
  const F = window.SoftStartFields;
  const find = (sel: string, host?: string): HTMLElement => {
    const root: ParentNode | null | undefined = host ? document.querySelector(host)?.shadowRoot : document;
    const el = root?.querySelector<HTMLElement>(sel);
    if (!el) throw new Error(`no field ${sel}`);
    return el;
  };
  const deepest = (el: Element): Node => {
    let n: Node = el;
    while (n.lastChild) n = n.lastChild;
    return n;
  };
  const caretAt = (x: number, y: number, el: Element): [Node, number] | null => {
    const root = el.getRootNode();
    const shadowRoots = root instanceof ShadowRoot ? [root] : [];
    const doc = document as Document & {
      caretPositionFromPoint?: (
        x: number,
        y: number,
        o?: { shadowRoots: ShadowRoot[] },
      ) => { offsetNode: Node; offset: number } | null;
    };
    const pos = doc.caretPositionFromPoint?.(x, y, { shadowRoots });
    return pos ? [pos.offsetNode, pos.offset] : null;
  };
  window.__ss = {
    probe(sel, host) {
      const el = find(sel, host);
      const hostEl = host ? document.querySelector(host) : null;
      return {
        coachable: F.isCoachable(el),
        rootFromInside: F.findEditableRoot(deepest(el)) === el,
        rootFromHost: hostEl ? F.findEditableRoot(hostEl) === el : true,
        adapter: F.adapterFor(el).id,
        text: F.adapterFor(el).read(el).text,
      };
    },
    read(sel, host) {
      const el = find(sel, host);
      return F.adapterFor(el).read(el).text;
    },
    range(sel, host, start, end, word) {
      const el = find(sel, host);
      const snap = F.adapterFor(el).read(el);
      const range = snap.rangeFor(start, end);
      if (!range) return { isNull: true, str: null, hits: [], rects: 0, wordDelta: null };
      const hits: number[] = [];
      const rects = [...range.getClientRects()].filter((r) => r.width > 1 && r.height > 1);
      for (const r of rects) {
        const p = caretAt(r.left + r.width / 2, r.top + r.height / 2, el);
        hits.push(p ? snap.offsetOf(p[0], p[1]) : -2);
      }
      let wordDelta: number | null = null;
      if (word) {
        // An independent range: the word found by scanning the text nodes directly.
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = (n as Text).data.indexOf(word);
          if (i < 0) continue;
          const own = document.createRange();
          own.setStart(n, i);
          own.setEnd(n, i + word.length);
          const a = own.getBoundingClientRect();
          const b = range.getBoundingClientRect();
          wordDelta = Math.max(
            Math.abs(a.left - b.left),
            Math.abs(a.right - b.right),
            Math.abs(a.top - b.top),
            Math.abs(a.bottom - b.bottom),
          );
          break;
        }
      }
      return { isNull: false, str: range.toString(), hits, rects: rects.length, wordDelta };
    },
    replace(sel, host, start, end, text, select) {
      const el = find(sel, host);
      const adapter = F.adapterFor(el);
      // The caller states the words it expects there: here, what the field holds now.
      const expected = adapter.read(el).text.slice(start, end);
      return F.replaceText(adapter, el, start, end, text, { expected, select });
    },
    selection(sel, host) {
      const el = find(sel, host);
      if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
        return { start: el.selectionStart ?? -1, end: el.selectionEnd ?? -1 };
      }
      const root = el.getRootNode() as ShadowRoot & { getSelection?: () => Selection | null };
      const s =
        root instanceof ShadowRoot && root.getSelection ? root.getSelection() : document.getSelection();
      if (!s?.anchorNode || !s.focusNode) return null;
      const snap = F.adapterFor(el).read(el);
      const a = snap.offsetOf(s.anchorNode, s.anchorOffset);
      const b = snap.offsetOf(s.focusNode, s.focusOffset);
      return { start: Math.min(a, b), end: Math.max(a, b) };
    },
  };
}

/* ------------------------------------------------------------------ setup */

let bundle = '';

test.beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'softstart-fields-'));
  try {
    const outfile = path.join(dir, 'fields.js');
    await build({
      entryPoints: [path.resolve('lib/fields/index.ts')],
      bundle: true,
      format: 'iife',
      globalName: 'SoftStartFields',
      target: 'es2022',
      outfile,
      logLevel: 'silent',
    });
    bundle = readFileSync(outfile, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

async function inject(frame: Frame | Page): Promise<void> {
  await frame.addScriptTag({ content: bundle });
  await frame.evaluate(installHelpers);
}

async function openPlayground(page: Page, late = false): Promise<Frame> {
  await page.goto('/index.html');
  await page.evaluate(() => window.playgroundReady);
  if (late) await page.evaluate(() => window.lateReady);
  await inject(page);
  const frame = page.frame({ url: /frame\.html/ });
  if (!frame) throw new Error('no iframe');
  await inject(frame);
  return frame;
}

/** A handle on one field: where it lives, its model text, its helpers. */
function handle(page: Page, frame: Frame, f: Field) {
  const ctx = f.inFrame ? frame : page.mainFrame();
  const locator = f.inFrame ? page.frameLocator('#frame').locator(f.selector) : page.locator(f.selector);
  return {
    locator,
    model: () => page.evaluate((n) => window.modelText[n]?.() ?? null, f.name),
    probe: () => ctx.evaluate(([s, h]) => window.__ss.probe(s, h), [f.selector, f.host] as const),
    read: () => ctx.evaluate(([s, h]) => window.__ss.read(s, h), [f.selector, f.host] as const),
    range: (start: number, end: number, word: string | null = null) =>
      ctx.evaluate(([s, h, a, b, w]) => window.__ss.range(s, h, a, b, w), [
        f.selector,
        f.host,
        start,
        end,
        word,
      ] as const),
    replace: (start: number, end: number, text: string, select?: Offsets) =>
      ctx.evaluate(([s, h, a, b, t, sel]) => window.__ss.replace(s, h, a, b, t, sel), [
        f.selector,
        f.host,
        start,
        end,
        text,
        select,
      ] as const),
    selection: () => ctx.evaluate(([s, h]) => window.__ss.selection(s, h), [f.selector, f.host] as const),
  };
}

/** Types `parts`; odd-indexed parts are typed in bold (Ctrl+B before and after) when the field has bold. */
async function typeParts(page: Page, f: Field, parts: string[]): Promise<void> {
  for (const [i, part] of parts.entries()) {
    const bold = f.bold && i % 2 === 1;
    if (bold) await page.keyboard.press('Control+b');
    await page.keyboard.type(part);
    if (bold) await page.keyboard.press('Control+b');
  }
}

/** Model text and our snapshot agree, and equal `expected`. */
async function expectInStep(h: ReturnType<typeof handle>, expected: string): Promise<void> {
  await expect.poll(h.model, { timeout: 10_000, intervals: [20, 50, 100] }).toBe(expected);
  expect(await h.read()).toBe(expected);
}

/* ------------------------------------------------------------------ per field */

for (const f of FIELDS) {
  test(`${f.name}: detect, read, map, replace, undo, type on`, async ({ page }) => {
    const frame = await openPlayground(page, f.name === 'late');
    const h = handle(page, frame, f);
    await h.locator.click();

    // 1. One line with a bold run in the middle (where the editor has bold).
    await typeParts(page, f, ['You never ', 'listen to', ' me at all.']);
    const first = 'You never listen to me at all.';
    await expectInStep(h, first);
    if (f.bold && f.kind === 'editable') {
      // The bold run is really there (the editor made it, not us).
      const bolds = await h.locator.locator('strong, b, .lx-bold, [style*="bold"]').count();
      expect(bolds, 'Ctrl+B made a bold run').toBeGreaterThan(0);
    }

    const probe = await h.probe();
    expect(probe.coachable).toBe(true);
    expect(probe.rootFromInside).toBe(true);
    expect(probe.rootFromHost).toBe(true);
    expect(probe.adapter).toBe(f.adapter);
    expect(probe.text).toBe(first);

    // Ranges: a plain word, and a range that crosses into the bold run.
    const never = first.indexOf('never');
    const word = await h.range(never, never + 'never'.length, 'never');
    const cross = first.indexOf('never listen to');
    const crossEnd = cross + 'never listen to'.length;
    const crossing = await h.range(cross, crossEnd);
    if (f.kind === 'control') {
      // A textarea's text has no DOM nodes: the overlay (lib/highlight) measures it instead.
      expect(word.isNull).toBe(true);
    } else {
      expect(word.str).toBe('never');
      expect(word.wordDelta, 'rect of rangeFor == rect of the word itself').not.toBeNull();
      expect(word.wordDelta as number).toBeLessThan(0.5);
      expect(word.hits.length).toBeGreaterThan(0);
      for (const hit of word.hits) expect(hit).toBeGreaterThanOrEqual(never);
      for (const hit of word.hits) expect(hit).toBeLessThanOrEqual(never + 5);
      expect(crossing.str).toBe('never listen to');
      expect(crossing.rects).toBeGreaterThan(0);
      for (const hit of crossing.hits) {
        expect(hit).toBeGreaterThanOrEqual(cross);
        expect(hit).toBeLessThanOrEqual(crossEnd);
      }
    }

    // 2. Replace across the bold run, after a pause like a person's (editors merge undo steps
    //    that come within their history delay, up to 500 ms in Quill).
    await page.waitForTimeout(600);
    const replaced = `You rarely hear me at all.`;
    const result = await h.replace(cross, crossEnd, 'rarely hear');
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true, method: f.method, text: replaced });
    await expectInStep(h, replaced);

    // 3. Ctrl+Z restores the original.
    expect(result.nativeUndo).toBe(true);
    await page.keyboard.press('Control+z');
    await expectInStep(h, first);

    // 4. Typing afterwards keeps model and DOM in step. Ctrl+Z left the restored words selected;
    //    wait until the editor's model has the caret at the end (see modelCaretAtEnd).
    await page.keyboard.press(f.kind === 'control' ? 'End' : 'Control+End');
    await expect.poll(() => page.evaluate(modelCaretAtEnd, f.name), { timeout: 5000 }).toBe(true);
    await page.keyboard.type(' Ok?');
    const typed = `${first} Ok?`;
    await expectInStep(h, typed);

    // 5. More lines (paragraphs); replace in the last one with a placeholder selected afterwards,
    //    then type over the placeholder.
    const sep = f.multiline ? '\n' : ' ';
    if (f.multiline) await page.keyboard.press('Enter');
    else await page.keyboard.type(' ');
    await typeParts(page, f, ['Second ', 'line', ' here.']);
    if (f.multiline) await page.keyboard.press('Enter');
    else await page.keyboard.type(' ');
    await page.keyboard.type('Third, you idiot.');
    const multi = `${typed}${sep}Second line here.${sep}Third, you idiot.`;
    await expectInStep(h, multi);

    // A range spanning all lines maps onto the DOM (text nodes only, so no newlines in toString).
    if (f.kind === 'editable') {
      const span = await h.range(first.indexOf('at'), multi.indexOf('Third') + 5);
      // (Where the browser wrote the line breaks as "\n" characters, toString has them too.)
      const want = multi.slice(first.indexOf('at'), multi.indexOf('Third') + 5);
      expect(span.str?.replaceAll('\n', '')).toBe(want.replaceAll('\n', ''));
      const second = multi.indexOf('line here');
      const w = await h.range(second, second + 4, 'line');
      expect(w.str).toBe('line');
      expect(w.wordDelta as number).toBeLessThan(0.5);
    }

    const at = multi.indexOf('you idiot');
    const placeholder = '[name]';
    const r2 = await h.replace(at, at + 'you idiot'.length, placeholder, {
      start: 0,
      end: placeholder.length,
    });
    const afterMulti = `${multi.slice(0, at)}${placeholder}${multi.slice(at + 'you idiot'.length)}`;
    expect(r2, JSON.stringify(r2)).toMatchObject({ ok: true, method: f.method, text: afterMulti });
    await expectInStep(h, afterMulti);
    await expect
      .poll(h.selection, { intervals: [20, 50, 100] })
      .toEqual({ start: at, end: at + placeholder.length });
    await page.keyboard.type('Sam');
    await expectInStep(h, afterMulti.replace(placeholder, 'Sam'));
  });
}

/* ------------------------------------------------------------------ fields never coached */

test('never coachable: secrets, numbers, codes, read-only, disabled, hidden, opted out, code editors', async ({
  page,
}) => {
  await openPlayground(page);
  const results = await page.evaluate((ids) => {
    const F = window.SoftStartFields;
    const out: Record<string, boolean | string> = {};
    for (const id of ids) {
      const el = document.getElementById(id);
      out[id] = el ? F.isCoachable(el) : 'missing';
    }
    // Made here, because the playground has no such fields: more opt-outs and code editors.
    const make = (html: string): boolean => {
      const box = document.createElement('div');
      box.innerHTML = html;
      document.body.append(box);
      const target = box.querySelector('[data-target]') ?? box.firstElementChild;
      const ok = target ? F.isCoachable(target) : true;
      box.remove();
      return ok;
    };
    out['gramm_editor=false'] = make('<textarea data-gramm_editor="false"></textarea>');
    out['enable-grammarly=false'] = make('<textarea data-enable-grammarly="false"></textarea>');
    out['ancestor opt-out'] = make(
      '<div data-softstart="off"><p><textarea data-target></textarea></p></div>',
    );
    out['visibility:hidden'] = make('<textarea style="visibility:hidden"></textarea>');
    out['zero size'] = make('<textarea style="width:0;height:0;padding:0;border:0"></textarea>');
    out['display:none ancestor'] = make('<div style="display:none"><textarea data-target></textarea></div>');
    out['aria-readonly'] = make('<div contenteditable="true" aria-readonly="true">x</div>');
    out['type=url'] = make('<input type="url">');
    out['type=hidden'] = make('<input type="hidden">');
    out['autocomplete=cc-exp'] = make('<input autocomplete="billing cc-exp">');
    out['autocomplete=current-password'] = make('<input autocomplete="current-password">');
    out['inner node of contenteditable'] = make('<div contenteditable="true"><p data-target>hi</p></div>');
    out['.CodeMirror'] = make('<div class="CodeMirror"><textarea data-target></textarea></div>');
    out['.monaco-editor'] = make('<div class="monaco-editor"><textarea data-target></textarea></div>');
    out['.ace_editor'] = make('<div class="ace_editor"><textarea data-target></textarea></div>');
    out['role=textbox, not editable'] = make('<div role="textbox">x</div>');
    // Opt-out on the page itself.
    document.body.dataset.gramm = 'false';
    out['body data-gramm=false'] = F.isCoachable(document.getElementById('plain-textarea') as Element);
    delete document.body.dataset.gramm;
    document.documentElement.dataset.softstart = 'off';
    out['html data-softstart=off'] = F.isCoachable(document.getElementById('plain-textarea') as Element);
    delete document.documentElement.dataset.softstart;
    // And the positive controls, so the negatives above cannot pass by accident.
    out['control: textarea'] = F.isCoachable(document.getElementById('plain-textarea') as Element);
    out['control: input no type'] = make('<input>');
    out['control: search'] = make('<input type="search">');
    out['control: role=textbox contenteditable'] = make('<div role="textbox" contenteditable="true">x</div>');
    return out;
  }, NEVER);
  for (const [key, value] of Object.entries(results)) {
    expect(value, key).toBe(key.startsWith('control:'));
  }
  // Shadow-root fields opt out through their host.
  const shadowOff = await page.evaluate(() => {
    const host = document.querySelector('softstart-shadow-field') as HTMLElement;
    const ta = host.shadowRoot?.querySelector('textarea') as HTMLTextAreaElement;
    const before = window.SoftStartFields.isCoachable(ta);
    host.dataset.softstart = 'off';
    const after = window.SoftStartFields.isCoachable(ta);
    delete host.dataset.softstart;
    return { before, after };
  });
  expect(shadowOff).toEqual({ before: true, after: false });
});

/* ------------------------------------------------------------------ text map rules and edge cases */

/** [html, expected text] per EDITORS.md's rules. */
const MAP_CASES: Array<[string, string]> = [
  ['<p>Hello</p><p>World</p>', 'Hello\nWorld'],
  ['<p>a</p><p></p><p>b</p>', 'a\n\nb'],
  ['<p>a</p><p><br></p><p>b</p>', 'a\n\nb'],
  ['<p>a<br></p>', 'a'],
  ['<p>a<br>b</p>', 'a\nb'],
  ['<p>a<br><br></p><p>c</p>', 'a\n\nc'],
  ['<p>a<br><br>b</p>', 'a\n\nb'],
  ['a<div>b</div>c', 'a\nb\nc'],
  ['<div><p>a</p><p>b</p></div><div>c</div>', 'a\nb\nc'],
  ['<p>x\uFEFFy\u200Bz\u2060</p><p>\u2060</p>', 'xyz\n'],
  ['<p>a<span contenteditable="false">NOPE</span>b</p>', 'ab'],
  ['<p>a<span style="display:none">NOPE</span><span hidden>NO</span>b</p>', 'ab'],
  ['<span style="display:block">a</span><span style="display:block">b</span>', 'a\nb'],
  ['<div style="display:inline">a</div><div style="display:inline">b</div>', 'ab'],
  ['<ul><li>one</li><li>two</li></ul><p>three</p>', 'one\ntwo\nthree'],
  ['<p>You <b>ne<i>ver</i></b> listen</p>', 'You never listen'],
  [
    '<p><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-zero-width="n" data-slate-length="0">\uFEFF<br></span></span></span></p><p>x</p>',
    '\nx',
  ],
  ['<p><span data-slate-placeholder="true">Type here</span>hi</p>', 'hi'],
  ['<p>pre-wrap\nkept</p>', 'pre-wrap\nkept'],
  ['', ''],
];

test('text map: the EDITORS.md rules, and every offset maps to the DOM and back', async ({ page }) => {
  await page.setContent('<div id="root" contenteditable="true" style="white-space:pre-wrap"></div>');
  await inject(page);
  const report = await page.evaluate((cases) => {
    const F = window.SoftStartFields;
    const root = document.getElementById('root') as HTMLElement;
    const problems: string[] = [];
    for (const [html, expected] of cases) {
      root.innerHTML = html;
      const before = root.innerHTML;
      const m = F.buildTextMap(root);
      if (root.innerHTML !== before) problems.push(`${html}: reading mutated the DOM`);
      if (m.text !== expected) {
        problems.push(`${html}: text ${JSON.stringify(m.text)} != ${JSON.stringify(expected)}`);
        continue;
      }
      if (m.offsetOf(root, 0) !== 0) problems.push(`${html}: offsetOf(root, 0)`);
      if (m.offsetOf(root, root.childNodes.length) !== m.text.length)
        problems.push(`${html}: offsetOf(root, end)`);
      if (m.text === '') continue;
      for (let i = 0; i <= m.text.length; i++) {
        const caret = m.rangeFor(i, i);
        if (!caret) {
          problems.push(`${html}: no caret at ${i}`);
          continue;
        }
        const back = m.offsetOf(caret.startContainer, caret.startOffset);
        if (back !== i) problems.push(`${html}: caret ${i} maps back to ${back}`);
        if (i < m.text.length && m.text[i] !== '\n') {
          const one = m.rangeFor(i, i + 1);
          if (one?.toString() !== m.text[i]) problems.push(`${html}: [${i},${i + 1}) is ${one?.toString()}`);
        }
      }
    }
    return problems;
  }, MAP_CASES);
  expect(report).toEqual([]);
});

test('replace cascade: a page that takes the event over gets it once; refusals and bad input are handled', async ({
  page,
}) => {
  await page.setContent(`
    <div id="async" contenteditable="true">hello world</div>
    <div id="swallow" contenteditable="true">hello world</div>
    <div id="plain" contenteditable="true"><p>one <b>two</b> three</p><p>four</p></div>
    <textarea id="limited" maxlength="12">hello world</textarea>
  `);
  await inject(page);
  const out = await page.evaluate(async () => {
    const F = window.SoftStartFields;
    const el = (id: string) => document.getElementById(id) as HTMLElement;
    const counts = { paste: 0 };
    // An "editor" that cancels beforeinput and applies the change itself, 80 ms later.
    el('async').addEventListener('beforeinput', (e) => {
      e.preventDefault();
      const text = e.dataTransfer?.getData('text/plain') ?? '';
      const [r] = e.getTargetRanges();
      setTimeout(() => {
        if (!r) return;
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        range.deleteContents();
        range.insertNode(document.createTextNode(text));
      }, 80);
    });
    // One that cancels everything and does nothing.
    el('swallow').addEventListener('beforeinput', (e) => e.preventDefault());
    for (const id of ['async', 'swallow']) el(id).addEventListener('paste', () => counts.paste++);
    const a = await F.replaceText(F.adapterFor(el('async')), el('async'), 6, 11, 'there', {
      expected: 'world',
    });
    const s = await F.replaceText(F.adapterFor(el('swallow')), el('swallow'), 6, 11, 'there', {
      expected: 'world',
    });
    const p = await F.replaceText(F.adapterFor(el('plain')), el('plain'), 4, 13, 'TWO THREE', {
      expected: 'two three',
    });
    const ta = el('limited') as HTMLTextAreaElement;
    const t = await F.replaceText(F.adapterFor(ta), ta, 6, 11, 'everyone', { expected: 'world' });
    const x = { expected: '' };
    const bad = [
      await F.replaceText(F.adapterFor(el('plain')), el('plain'), 5, 2, 'x', x),
      await F.replaceText(F.adapterFor(el('plain')), el('plain'), 0, 999, 'x', x),
      await F.replaceText(F.adapterFor(el('plain')), el('plain'), Number.NaN, 1, 'x', x),
      await F.replaceText(F.adapterFor(el('plain')), el('plain'), 0, 1, 'two\nlines', { expected: 'o' }),
      await F.replaceText(
        F.adapterFor(document.createElement('div')),
        document.createElement('div'),
        0,
        0,
        'x',
        x,
      ),
    ].map((r) => r.reason);
    const quiet = [
      F.isCoachable(null),
      F.findEditableRoot(null),
      F.findEditableRoot(window),
      F.findEditableRoot(document.body),
      F.adapterFor(el('plain')).read(el('plain')).rangeFor(-1, 2),
      F.adapterFor(el('plain')).read(el('plain')).offsetOf(document.body, 0),
    ];
    return {
      a,
      asyncText: el('async').textContent,
      s,
      swallowText: el('swallow').textContent,
      pastes: counts.paste,
      p,
      t,
      limited: ta.value,
      bad,
      quiet,
    };
  });
  expect(out.a).toMatchObject({ ok: true, method: 'beforeinput', text: 'hello there' });
  expect(out.asyncText).toBe('hello there');
  expect(out.s).toMatchObject({ ok: false, method: 'beforeinput', reason: 'rejected', text: 'hello world' });
  expect(out.swallowText).toBe('hello world');
  expect(out.pastes, 'no fall-through after the page took the event').toBe(0);
  expect(out.p).toMatchObject({
    ok: true,
    method: 'execCommand',
    text: 'one TWO THREE\nfour',
    nativeUndo: true,
  });
  // maxlength cut the insertion: not what we asked for, so the original is put back.
  expect(out.t).toMatchObject({ ok: false, reason: 'mismatch', text: 'hello world' });
  expect(out.limited).toBe('hello world');
  expect(out.bad).toEqual(['bad-range', 'bad-range', 'bad-range', 'multiline', 'rejected']);
  expect(out.quiet).toEqual([false, null, null, null, null, -1]);
});
