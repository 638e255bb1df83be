/**
 * The in-page card and badge (issues 10 and 12) end to end: real Chromium, the built e2e extension,
 * the playground. What is expected is computed from the tone engine itself (lib/tone runs here in
 * the test process), not copied strings.
 *
 * - Trust: the overlay's shadow root is closed by default (the page cannot find the card, nor read
 *   the badge); with the e2e-only open root, clicks the page dispatches on every card control and
 *   on the badge change nothing.
 * - The card: result state after a rewording (no old label over new words), "1 of N" with
 *   Previous / Next, confirmations with Undo, Tab out returns to the field, Escape, accessible
 *   names, the "Why?" link, closing when typing goes on or the pointer leaves a hover card.
 * - Placement: never over the flagged words or the caret's line, at 400 px wide and at 200% zoom,
 *   always inside the viewport (it scrolls inside itself when room is short).
 * - The badge: plural tooltip from the browser's rules, never over a narrow composer's text.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { analyze, type Finding } from '../../lib/tone';
import { expect, serviceWorker, test } from './fixtures';

test.describe.configure({ mode: 'parallel' });

const OVERLAY = 'soft-start-overlay';
const CARD = `${OVERLAY} .ss-card[role=dialog]`;
const BADGE = `${OVERLAY} .ss-badge:not([hidden])`;
const TEXTAREA = '#plain-textarea';
const poll = { timeout: 10_000, intervals: [20, 50, 100, 200] };

interface PW {
  playgroundReady: Promise<void>;
}

async function openPage(context: BrowserContext, path = '/index.html'): Promise<Page> {
  const page = await context.newPage();
  await page.bringToFront();
  await page.goto(path);
  await page.evaluate(() => (window as unknown as PW).playgroundReady);
  return page;
}

function words(text: string): string[] {
  return analyze(text).findings.map((f) => text.slice(f.start, f.end));
}

/** The words under the marks drawn over a textarea (our mirror, in the open e2e root). */
function markTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('soft-start-overlay')?.shadowRoot;
    return [...(root?.querySelectorAll('.ss-mark') ?? [])].map((m) => m.textContent ?? '');
  });
}

async function typeFlagged(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).click();
  await page.keyboard.type(text);
  await expect.poll(() => markTexts(page), poll).toEqual(words(text));
}

/** Where the mark over `word` is (retried: a repaint after the last keystroke replaces the span). */
async function markBox(
  page: Page,
  word: string,
): Promise<{ x: number; y: number; width: number; height: number }> {
  let box: { x: number; y: number; width: number; height: number } | null = null;
  await expect(async () => {
    box = await page.locator(`${OVERLAY} .ss-mark`, { hasText: word }).first().boundingBox({ timeout: 2000 });
    expect(box, `a mark on "${word}"`).not.toBeNull();
    // A bound as generous as the suite's other waits: at load ~24 on two cores, 5 s ran out.
  }).toPass({ timeout: 15_000 });
  return box as unknown as { x: number; y: number; width: number; height: number };
}

/** A real click on the mark over `word` (a textarea's mirror span). */
async function clickMark(page: Page, word: string): Promise<void> {
  const box = await markBox(page, word);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator(`${CARD} .ss-quote`)).toHaveText(`“${word}”`);
}

async function storage(context: BrowserContext): Promise<string> {
  const sw = await serviceWorker(context);
  return sw.evaluate(async () => {
    const c = (
      globalThis as unknown as { chrome: { storage: Record<string, { get(k: null): Promise<object> }> } }
    ).chrome;
    return JSON.stringify([await c.storage.local?.get(null), await c.storage.sync?.get(null)]);
  });
}

/** Whether focus is in the field (through our shadow root, whose host then has focus). */
function fieldFocused(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => document.activeElement === document.querySelector(sel), selector);
}

function focusedInCard(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const root = document.querySelector('soft-start-overlay')?.shadowRoot;
    const a = root?.activeElement;
    return a ? (a.getAttribute('aria-label') ?? a.textContent ?? a.className) : null;
  });
}

const THREE = 'You make me so angry. You never listen, you idiot.';

/* ------------------------------------------------------------------ trust */

test.describe('closed shadow root (every real build)', () => {
  test.use({ openOverlay: false });

  test('the page finds no root, no verdict on the host, and cannot press anything', async ({ context }) => {
    const page = await openPage(context);
    const text = 'You never listen to me!!!';
    const field = page.locator(TEXTAREA);
    await field.click();
    await page.keyboard.type(text);
    // The coach is there (its host is attached) but the page sees only an empty, neutral element.
    const seen = () =>
      page.evaluate(() => {
        const host = document.querySelector('soft-start-overlay');
        return host
          ? {
              root: host.shadowRoot === null ? 'closed' : 'open',
              attrs: host.getAttributeNames().sort(),
              html: host.innerHTML,
              text: host.textContent,
            }
          : null;
      });
    await expect
      .poll(seen, poll)
      .toEqual({ root: 'closed', attrs: ['data-softstart', 'style'], html: '', text: '' });
    // The real keyboard opens the card: focus goes into our (closed) layer, the field keeps its text.
    await page.waitForTimeout(200); // the analysis pause (90 ms) is past, so there is a finding
    await page.keyboard.press('Alt+Shift+S');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.localName), poll)
      .toBe('soft-start-overlay');
    expect(await seen()).toEqual({ root: 'closed', attrs: ['data-softstart', 'style'], html: '', text: '' });
    // What a page can try from outside: click the host, send Enter/Space to it. Nothing is applied.
    await page.evaluate(() => {
      const host = document.querySelector('soft-start-overlay') as HTMLElement;
      host.click();
      for (const key of ['Enter', ' ']) {
        host.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
        host.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true }));
      }
    });
    await page.waitForTimeout(300);
    await expect(field).toHaveValue(text);
    // The person's own Enter does apply the first rewording: the check above could fail.
    await page.keyboard.press('Enter');
    await expect(field).not.toHaveValue(text);
  });
});

test('page-dispatched clicks on every card control and on the badge do nothing (open e2e root)', async ({
  context,
}) => {
  const page = await openPage(context);
  await typeFlagged(page, TEXTAREA, THREE);
  const before = await storage(context);
  // The badge: a synthetic click opens no card.
  await page.evaluate(() => {
    const badge = document
      .querySelector('soft-start-overlay')
      ?.shadowRoot?.querySelector<HTMLElement>('.ss-badge');
    if (!badge) throw new Error('no badge');
    badge.click();
  });

  await page.waitForTimeout(300);
  await expect(page.locator(CARD)).toHaveCount(0);

  const first = words(THREE)[0] as string;
  await clickMark(page, first);
  await expect(page.locator(`${CARD} .ss-pos`)).toHaveText(`1 of ${words(THREE).length}`);
  const pages = context.pages().length;
  const names = await page.evaluate(() => {
    const card = document.querySelector('soft-start-overlay')?.shadowRoot?.querySelector('.ss-card');
    const buttons = [...(card?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    for (const b of buttons) {
      b.click();
      b.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
      b.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    }
    card?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    return buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent);
  });
  // Every kind of control was there to be pressed.
  expect(names).toEqual(
    expect.arrayContaining([
      'Close',
      'Previous suggestion',
      'Next suggestion',
      'Dismiss',
      "Don't flag this phrase again",
      'Pause on this site',
      'Why? The thinking behind Soft Start, on its About page',
    ]),
  );
  expect(names.filter((n) => n?.startsWith('Replace')).length).toBeGreaterThan(0);
  await page.waitForTimeout(500);
  await expect(page.locator(TEXTAREA)).toHaveValue(THREE);
  await expect(page.locator(`${CARD} .ss-quote`)).toHaveText(`“${first}”`);
  await expect(page.locator(`${CARD} .ss-pos`)).toHaveText(`1 of ${words(THREE).length}`);
  await expect(page.locator(`${CARD} .ss-status`)).toHaveCount(0);
  expect(await markTexts(page)).toEqual(words(THREE));
  expect(await storage(context)).toBe(before);
  expect(context.pages().length).toBe(pages);
  // The person's own click works (so the checks above could fail).
  await page.locator(CARD).getByRole('button', { name: 'Next suggestion' }).click();
  await expect(page.locator(`${CARD} .ss-pos`)).toHaveText(`2 of ${words(THREE).length}`);
});

/* ------------------------------------------------------------------ card states */

test('after applying: the result (Done, Undo, Next), never the old label over the new words', async ({
  context,
}) => {
  const page = await openPage(context);
  await typeFlagged(page, TEXTAREA, THREE);
  const [f1, f2] = analyze(THREE).findings as [Finding, Finding];
  await clickMark(page, THREE.slice(f1.start, f1.end));
  const card = page.locator(CARD);
  await card.locator('.ss-suggest').first().click();
  await expect(card.locator('.ss-status')).toHaveAttribute('data-kind', 'applied');
  await expect(card).toHaveAttribute('data-view', 'status');
  await expect(card.locator('.ss-quote')).toHaveCount(0);
  await expect(card.locator('h2')).toHaveCount(0);
  await expect(card.getByRole('button', { name: "Don't flag this phrase again" })).toHaveCount(0);
  await expect(card.locator('.ss-undo')).toBeVisible();
  // Next: the next finding of the new text, with its own words and label.
  await card.getByRole('button', { name: 'Next suggestion' }).click();
  await expect(card.locator('.ss-quote')).toHaveText(`“${THREE.slice(f2.start, f2.end)}”`);
  await expect(card.locator('.ss-pos')).toHaveText(`1 of ${words(THREE).length - 1}`);
});

test('"1 of 3": Previous / Next reach every finding, round the ends, by mouse and keyboard', async ({
  context,
}) => {
  const page = await openPage(context);
  await typeFlagged(page, TEXTAREA, THREE);
  const all = words(THREE);
  expect(all.length).toBe(3);
  await clickMark(page, all[0] as string);
  const card = page.locator(CARD);
  const next = card.getByRole('button', { name: 'Next suggestion' });
  const prev = card.getByRole('button', { name: 'Previous suggestion' });
  await expect(card.getByRole('navigation', { name: '1 of 3' })).toBeVisible();
  for (const i of [1, 2, 0]) {
    await next.click();
    await expect(card.locator('.ss-quote')).toHaveText(`“${all[i]}”`);
    await expect(card.locator('.ss-pos')).toHaveText(`${i + 1} of 3`);
  }
  await prev.click();
  await expect(card.locator('.ss-quote')).toHaveText(`“${all[2]}”`);
  // Keyboard: Enter on Next keeps focus on Next.
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(card.locator('.ss-quote')).toHaveText(`“${all[0]}”`);
  expect(await focusedInCard(page)).toBe('Next suggestion');
});

test("Don't flag this phrase again: a confirmation with Undo that brings the underline back", async ({
  context,
}) => {
  const page = await openPage(context);
  const text = "Whatever. I'm done.";
  await typeFlagged(page, TEXTAREA, text);
  await clickMark(page, "I'm done");
  const card = page.locator(CARD);
  await card.getByRole('button', { name: "Don't flag this phrase again" }).click();
  const status = card.locator('.ss-status');
  await expect(status).toHaveAttribute('data-kind', 'done');
  await expect(status).toHaveText(/“I'm done” won't be flagged again/);
  await expect.poll(() => markTexts(page), poll).toEqual(['Whatever']);
  await expect.poll(() => storage(context), poll).toContain(JSON.stringify("I'm done"));
  await card.locator('.ss-undo').click();
  await expect(status).toHaveAttribute('data-kind', 'action-undone');
  await expect(status).toHaveText(/“I'm done” will be flagged again/);
  await expect.poll(() => storage(context), poll).not.toContain(JSON.stringify("I'm done"));
  await expect.poll(() => markTexts(page), poll).toEqual(['Whatever', "I'm done"]);
});

test('Pause on this site: the confirmation outlives the coach going quiet; Undo turns it back on', async ({
  context,
}) => {
  const page = await openPage(context);
  const text = 'You never listen to me!!!';
  await typeFlagged(page, TEXTAREA, text);
  await clickMark(page, 'You never');
  const card = page.locator(CARD);
  await card.getByRole('button', { name: 'Pause on this site' }).click();
  const status = card.locator('.ss-status');
  await expect(status).toHaveAttribute('data-kind', 'done');
  await expect(status).toHaveText(/Paused on this site/);
  await expect.poll(() => markTexts(page), poll).toEqual([]);
  await page.waitForTimeout(300);
  await expect(status).toHaveAttribute('data-kind', 'done');
  await card.locator('.ss-undo').click();
  await expect(status).toHaveAttribute('data-kind', 'action-undone');
  // Coached again: the field's marks come back.
  await page.locator(TEXTAREA).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' ');
  await expect.poll(() => markTexts(page), poll).toEqual(words(`${text} `));
});

/* ------------------------------------------------------------------ keyboard */

test('keyboard: Tab past the last control returns to the field, Shift+Tab too; Escape closes', async ({
  context,
}) => {
  const page = await openPage(context);
  await typeFlagged(page, TEXTAREA, THREE);
  await page.keyboard.press('Alt+Shift+S');
  const card = page.locator(CARD);
  await expect(card).toBeVisible();
  await expect.poll(() => focusedInCard(page), poll).toMatch(/^Replace/);
  // From the first rewording to the last control, every Tab stays in the card.
  let last: string | null = null;
  for (let i = 0; i < 10 && last !== 'Pause on this site'; i++) {
    await page.keyboard.press('Tab');
    last = await focusedInCard(page);
    expect(last, `Tab ${i + 1} stays in the card`).not.toBeNull();
  }
  expect(last).toBe('Pause on this site');
  await page.keyboard.press('Tab');
  await expect.poll(() => fieldFocused(page, TEXTAREA), poll).toBe(true);
  await expect(card).toBeVisible();
  // Shift+Tab before the first control.
  await page.keyboard.press('Alt+Shift+S');
  await expect.poll(() => focusedInCard(page), poll).toMatch(/^Replace/);
  for (let i = 0; i < 10 && (await focusedInCard(page)) !== 'Close'; i++)
    await page.keyboard.press('Shift+Tab');
  expect(await focusedInCard(page)).toBe('Close');
  await page.keyboard.press('Shift+Tab');
  await expect.poll(() => fieldFocused(page, TEXTAREA), poll).toBe(true);
  // Escape from inside the card: closed, focus back in the field.
  await page.keyboard.press('Alt+Shift+S');
  await expect.poll(() => focusedInCard(page), poll).toMatch(/^Replace/);
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect.poll(() => fieldFocused(page, TEXTAREA), poll).toBe(true);
  await expect(page.locator(TEXTAREA)).toHaveValue(THREE);
});

test('each rewording button says what it does; "Why?" opens the About section', async ({ context }) => {
  const page = await openPage(context);
  const text = 'You make me feel so stupid.';
  await typeFlagged(page, TEXTAREA, text);
  const f = analyze(text).findings[0] as Finding;
  await clickMark(page, text.slice(f.start, f.end));
  const card = page.locator(CARD);
  for (const s of f.suggestions.slice(0, 3)) {
    const name = s.replacement
      ? `Replace “${text.slice(s.start, s.end)}” with “${s.replacement}”`
      : `Remove “${text.slice(s.start, s.end)}”`;
    await expect(card.getByRole('button', { name, exact: true })).toBeVisible();
  }
  // The reason fits in two lines.
  const why = await card
    .locator('.ss-why')
    .first()
    .evaluate((el) => {
      const line = Number.parseFloat(getComputedStyle(el).lineHeight);
      return { h: el.getBoundingClientRect().height, line };
    });
  expect(why.h).toBeLessThanOrEqual(why.line * 2 + 1);
  const [options] = await Promise.all([
    context.waitForEvent('page'),
    card.getByRole('button', { name: /^Why\?/ }).click(),
  ]);
  await options.waitForLoadState();
  expect(new URL(options.url()).hash).toBe('#about');
  await expect(options.locator('#about')).toBeVisible();
});

/**
 * Which files the background injected into the tab at `marker` (a query string only this test
 * uses): executeScript is wrapped in the service worker to record its calls.
 */
async function injectedInto(context: BrowserContext, marker: string): Promise<string[]> {
  const sw = await serviceWorker(context);
  return sw.evaluate(async (m) => {
    type Call = { tabId?: number; files: string[] };
    const g = globalThis as unknown as {
      __injected?: Call[];
      chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
    };
    const tabs = await g.chrome.tabs.query({});
    const tab = tabs.find((t) => t.url?.includes(m));
    return (g.__injected ?? []).filter((c) => tab && c.tabId === tab.id).flatMap((c) => c.files);
  }, marker);
}

test('the rewording half loads only once something is flagged, and the first card has its rewordings', async ({
  context,
}) => {
  const sw = await serviceWorker(context);
  await sw.evaluate(() => {
    type Injection = { target: { tabId?: number }; files?: string[] };
    const g = globalThis as unknown as {
      __injected?: Array<{ tabId?: number; files: string[] }>;
      chrome: { scripting: { executeScript(i: Injection): Promise<unknown> } };
    };
    if (g.__injected) return;
    g.__injected = [];
    const scripting = g.chrome.scripting;
    const original = scripting.executeScript.bind(scripting);
    scripting.executeScript = (i: Injection) => {
      g.__injected?.push({ tabId: i.target.tabId, files: [...(i.files ?? [])] });
      return original(i);
    };
  });
  const marker = `on-demand-${Date.now()}`;
  const page = await openPage(context, `/index.html?${marker}`);
  // A warm message: the coach and its detection load on focus, nothing else.
  await page.locator(TEXTAREA).click();
  await page.keyboard.type('See you soon.');
  await expect.poll(() => injectedInto(context, marker), poll).toEqual(['/coach.js', '/detect.js']);
  await page.waitForTimeout(1500);
  expect(await injectedInto(context, marker)).toEqual(['/coach.js', '/detect.js']);
  // Something flagged: React and the whole engine load (the page idle), once.
  const more = ' You never listen to me.';
  await page.keyboard.type(more);
  const text = `See you soon.${more}`;
  await expect.poll(() => markTexts(page), poll).toEqual(words(text));
  await expect
    .poll(async () => (await injectedInto(context, marker)).sort(), poll)
    .toEqual(['/card.js', '/coach.js', '/detect.js', '/reword.js']);
  // The card shows the whole engine's first rewording.
  const f = analyze(text).findings[0] as Finding;
  await clickMark(page, text.slice(f.start, f.end));
  const first = f.suggestions[0];
  expect(first).toBeDefined();
  await expect(page.locator(`${CARD} .ss-suggest`).first()).toContainText(first?.label ?? '');
  expect((await injectedInto(context, marker)).length).toBe(4);
});

/* ------------------------------------------------------------------ closing by itself */

test('typing on closes the card; a card opened by hovering closes when the pointer leaves', async ({
  context,
}) => {
  const page = await openPage(context);
  const text = 'You never listen to me';
  await typeFlagged(page, TEXTAREA, text);
  await clickMark(page, 'You never');
  await page.keyboard.press('End');
  await page.keyboard.type('!');
  await expect(page.locator(CARD)).toHaveCount(0);
  // And it stays closed: the click's pointer still rests on the words, and the hover that its
  // arrival started (350 ms) must not open the card again once the person has clicked and typed
  // (it did, when the typing came quicker than the hover delay). Absence needs a wait: longer than
  // the hover delay; a slow machine can only make this pass more easily, never fail it wrongly.
  await page.waitForTimeout(800);
  await expect(page.locator(CARD)).toHaveCount(0);

  // Hover: opens after a short rest on the words, closes a moment after the pointer leaves them.
  const mark = await markBox(page, 'You never');
  await page.mouse.move(mark.x + 4, mark.y + mark.height / 2);
  await page.mouse.move(mark.x + 8, mark.y + mark.height / 2);
  await expect(page.locator(CARD)).toBeVisible();
  await page.mouse.move(5, 5, { steps: 3 });
  await expect(page.locator(CARD)).toHaveCount(0);

  // Hover, then into the card: it stays (the person is reading it).
  await page.mouse.move(mark.x + 4, mark.y + mark.height / 2);
  await page.mouse.move(mark.x + 8, mark.y + mark.height / 2);
  await expect(page.locator(CARD)).toBeVisible();
  const card = await page.locator(CARD).boundingBox();
  if (!card) throw new Error('no card');
  await page.mouse.move(card.x + card.width / 2, card.y + 10, { steps: 5 });
  await page.waitForTimeout(800);
  await expect(page.locator(CARD)).toBeVisible();
});

/* ------------------------------------------------------------------ placement */

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The caret's line and the first mark, measured on our mirror of the textarea (open e2e root). */
function caretAndWords(page: Page): Promise<{ caret: Box; words: Box } | null> {
  return page.evaluate(() => {
    const root = document.querySelector('soft-start-overlay')?.shadowRoot;
    const ta = document.querySelector<HTMLTextAreaElement>('#plain-textarea');
    const mirror = root?.querySelector('.ss-mirror-content');
    const mark = root?.querySelector('.ss-mark');
    if (!ta || !mirror || !mark) return null;
    let left = ta.selectionEnd;
    const walker = document.createTreeWalker(mirror, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (left <= n.data.length) {
        const range = document.createRange();
        range.setStart(n, left);
        const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
        const w = mark.getBoundingClientRect();
        return {
          caret: { x: r.left, y: r.top, width: r.width, height: r.height },
          words: { x: w.left, y: w.top, width: w.width, height: w.height },
        };
      }
      left -= n.data.length;
    }
    return null;
  });
}

function overlapsVertically(a: Box, b: Box): boolean {
  return a.y < b.y + b.height && b.y < a.y + a.height;
}

const LINES = 'Honestly you never listen.\nI tried again today.\nLet us talk tonight please';

async function expectCardClear(page: Page, label: string): Promise<void> {
  const card = page.locator(CARD);
  await expect(card).toBeVisible();
  await expect(card.locator('.ss-quote')).toHaveText('“you never”');
  // Placement settles in the frame after the card renders.
  await expect(async () => {
    const box = (await card.boundingBox()) as Box;
    const at = await caretAndWords(page);
    if (!box || !at) throw new Error('not laid out');
    const vh = await page.evaluate(() => document.documentElement.clientHeight);
    const vw = await page.evaluate(() => document.documentElement.clientWidth);
    const info = JSON.stringify({ label, box, at, vh, vw });
    expect(overlapsVertically(box, at.caret), `card over the caret's line: ${info}`).toBe(false);
    expect(overlapsVertically(box, at.words), `card over the words: ${info}`).toBe(false);
    expect(box.y, info).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height, info).toBeLessThanOrEqual(vh + 0.5);
    expect(box.x, info).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, info).toBeLessThanOrEqual(vw + 0.5);
  }).toPass({ timeout: 10_000 });
  // Its controls can be reached: the card scrolls inside itself when room is short.
  const last = card.getByRole('button', { name: 'Pause on this site' });
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
}

for (const zoom of [1, 2]) {
  test(`placement: never over the caret's line or the words, 400 px wide${zoom === 2 ? ' at 200% zoom' : ''}`, async ({
    context,
  }) => {
    test.slow(); // Three openings at one size; on a busy machine this takes a while.
    const page = await openPage(context);
    const cdp = await context.newCDPSession(page);
    // 200% zoom of a 400 × 720 window: a CSS viewport of 200 × 360, two device pixels per CSS pixel.
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: 400 / zoom,
      height: 720 / zoom,
      deviceScaleFactor: zoom,
      mobile: false,
    });
    const field = page.locator(TEXTAREA);
    await field.scrollIntoViewIfNeeded();
    await field.click();
    await page.keyboard.type(LINES);
    await expect.poll(() => markTexts(page), poll).toEqual(['you never']);
    // Caret on the last line, the words on the first: the shortcut opens the card.
    await page.keyboard.press('Alt+Shift+S');
    await expectCardClear(page, 'shortcut, field in the middle');
    await page.keyboard.press('Escape');
    // Field low in the viewport: the card goes above.
    await field.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await page.keyboard.press('Alt+Shift+S');
    await expectCardClear(page, 'shortcut, field at the bottom');
    await page.keyboard.press('Escape');
    // Field high in the viewport: the card goes below.
    await field.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.keyboard.press('Alt+Shift+S');
    await expectCardClear(page, 'shortcut, field at the top');
  });
}

/* ------------------------------------------------------------------ badge */

test('badge: its tooltip counts with the browser\'s plural rules ("1 suggestion", "2 suggestions")', async ({
  context,
}) => {
  const page = await openPage(context);
  await typeFlagged(page, TEXTAREA, 'You never listen to me');
  const badge = page.locator(BADGE);
  await expect(badge).toHaveAttribute('title', /, 1 suggestion\. Open\.$/);
  await page.keyboard.type('. Whatever.');
  await expect(badge).toHaveAttribute('title', /, 2 suggestions\. Open\.$/);
  await expect(badge).toHaveAttribute('aria-label', /, 2 suggestions\. Open\.$/);
});

test("badge: never over the text of a narrow composer, never over the page's controls", async ({
  context,
}) => {
  const page = await openPage(context, '/chat.html');
  await page.setViewportSize({ width: 400, height: 700 });
  const field = page.locator('#chat-textarea');
  await field.click();
  await page.keyboard.type('You never listen to me and you always forget what I told you');
  const badge = page.locator(BADGE);
  await expect(badge).toBeVisible();
  await expect(async () => {
    const b = (await badge.boundingBox()) as Box;
    const f = (await field.boundingBox()) as Box;
    const send = (await page.getByRole('button', { name: 'Send (textarea)' }).boundingBox()) as Box;
    const overlaps = (a: Box, c: Box) =>
      a.x < c.x + c.width && c.x < a.x + a.width && a.y < c.y + c.height && c.y < a.y + a.height;
    expect(overlaps(b, f), JSON.stringify({ b, f })).toBe(false);
    expect(overlaps(b, send), JSON.stringify({ b, send })).toBe(false);
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(400);
  }).toPass({ timeout: 10_000 });
});

/* ------------------------------------------------------------------ speed */

test('speed: every click on an underline shows its card with rewordings (figures printed; bounds in bench:page)', async ({
  context,
}) => {
  test.slow(); // Fifteen measured clicks, each waited for.
  const page = await openPage(context);
  await typeFlagged(page, TEXTAREA, THREE);
  const all = words(THREE);
  await page.evaluate(() => {
    const w = window as unknown as { __down: number };
    window.addEventListener(
      'mousedown',
      (e) => {
        if (e.isTrusted) w.__down = performance.now();
      },
      true,
    );
  });
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const word = all[i % all.length] as string;
    // Watch our (open, e2e) root for the card of this word with its rewordings, then one frame.
    await page.evaluate((word) => {
      const w = window as unknown as { __down: number; __shown: Promise<number | null> };
      const root = document.querySelector('soft-start-overlay')?.shadowRoot;
      w.__shown = new Promise((resolve) => {
        if (!root) return resolve(null);
        const ready = () =>
          root.querySelector('.ss-card .ss-quote')?.textContent === `“${word}”` &&
          root.querySelector('.ss-card .ss-suggest') !== null;
        const mo = new MutationObserver(() => {
          if (!ready()) return;
          mo.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - w.__down));
        });
        mo.observe(root, { childList: true, subtree: true, characterData: true });
        setTimeout(() => {
          mo.disconnect();
          resolve(null);
        }, 5000);
      });
    }, word);
    const box = await markBox(page, word);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const t = await page.evaluate(() => (window as unknown as { __shown: Promise<number | null> }).__shown);
    expect(t, `card for "${word}" shown`).not.toBeNull();
    times.push(t as number);
  }
  // The first click may still include loading the card's bundle (it loads when the page is idle
  // after the first underline); the rest is the card's own work.
  const [first, ...rest] = times as [number, ...number[]];
  const sorted = [...rest].sort((a, b) => a - b);
  const p95 = sorted[Math.ceil(sorted.length * 0.95) - 1] as number;
  const median = sorted[Math.floor(sorted.length / 2)] as number;
  const figures = `click → card with rewordings: median ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms (${rest.length} clicks); first click ${first.toFixed(0)} ms; all ${times.map((t) => t.toFixed(0)).join(' ')}`;
  test.info().annotations.push({ type: 'speed', description: figures });
  console.log(figures);
  // Speed is a benchmark's business (`npm run bench:page` holds click → card to p95 ≤ 150 ms on a
  // quiet machine, medians of five runs): the suite runs on busy machines, so it prints the
  // figures and asserts only that every click showed its card with rewordings (above).
  expect(times).toHaveLength(15);
});

test('badge: clear of CKEditor\'s own label (its "Powered by" balloon at the editable\'s corner)', async ({
  context,
}) => {
  const page = await openPage(context);
  const field = page.locator('#ckeditor-editor');
  await field.scrollIntoViewIfNeeded();
  await field.click();
  await page.keyboard.type('You never listen to me!!!');
  const badge = page.locator(BADGE);
  const label = page.locator('.ck-powered-by').first();
  await expect(badge).toBeVisible();
  await expect(label).toBeVisible();
  await expect(async () => {
    const b = (await badge.boundingBox()) as Box;
    const l = (await label.boundingBox()) as Box;
    // Not even touching: 2 px apart at least.
    const near = (a: Box, c: Box) =>
      a.x < c.x + c.width + 2 &&
      c.x < a.x + a.width + 2 &&
      a.y < c.y + c.height + 2 &&
      c.y < a.y + a.height + 2;
    expect(near(b, l), JSON.stringify({ b, l })).toBe(false);
  }).toPass({ timeout: 10_000 });
});

test("keyboard: Don't flag this phrase again → focus on its Undo; Enter undoes it", async ({ context }) => {
  const page = await openPage(context);
  const text = "Whatever. I'm done.";
  await typeFlagged(page, TEXTAREA, text);
  await page.keyboard.press('Alt+Shift+S');
  await expect.poll(() => focusedInCard(page), poll).toMatch(/^Replace/);
  for (let i = 0; i < 10 && (await focusedInCard(page)) !== "Don't flag this phrase again"; i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  const status = page.locator(`${CARD} .ss-status`);
  await expect(status).toHaveAttribute('data-kind', 'done');
  await expect.poll(() => focusedInCard(page), poll).toBe('Undo');
  await page.keyboard.press('Enter');
  await expect(status).toHaveAttribute('data-kind', 'action-undone');
  await expect.poll(() => markTexts(page), poll).toEqual(words(text));
});
