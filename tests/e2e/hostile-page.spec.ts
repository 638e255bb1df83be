/**
 * A hostile page (issue 10): the page's own scripts (page.evaluate runs in the page's main world,
 * as a site's code would) try to press the coach's buttons and read its verdicts.
 *
 * Real Chromium, the built e2e extension, the playground. Every "the page did X, nothing
 * happened" check is paired with the person doing X for real, which does act: the attack reached
 * the same code, and only the event's origin differed.
 */
import type { Page, Worker } from '@playwright/test';
import { moodOf } from '../../lib/coach/paragraphs';
import { analyze } from '../../lib/tone';
import { expect, serviceWorker, test } from './fixtures';

const HEATED = "WHY DIDN'T YOU ANSWER ME??? You never listen to me!!!";
const OVERLAY = 'soft-start-overlay';
const CARD = `${OVERLAY} .ss-card[role=dialog]`;
const poll = { timeout: 10_000, intervals: [20, 50, 100, 200] };

interface ChatWindow {
  sent(): string[];
  modelText: { chat(): string };
  playgroundReady: Promise<void>;
}

async function open(page: Page, file: string): Promise<void> {
  await page.goto(`/${file}`);
  await page.bringToFront();
  await page.evaluate(() => (window as unknown as { playgroundReady: Promise<void> }).playgroundReady);
}

const nudge = (page: Page) => page.getByRole('alertdialog', { name: 'Pause before sending' });
const sent = (page: Page) => page.evaluate(() => (window as unknown as ChatWindow).sent());
const chatText = (page: Page) => page.evaluate(() => (window as unknown as ChatWindow).modelText.chat());

async function drafts(sw: Worker): Promise<Array<{ text: string }>> {
  return sw.evaluate(async () => {
    const c = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome;
    return ((await c.storage.local.get('drafts')).drafts ?? []) as Array<{ text: string }>;
  });
}

/** The page presses every nudge button it can reach, `times` times, by .click() and by dispatchEvent. */
function pagePressesNudge(page: Page, label: string, times = 1) {
  return page.evaluate(
    ([label, times]) => {
      const root = document.querySelector('soft-start-overlay')?.shadowRoot;
      let pressed = 0;
      for (let i = 0; i < times; i++) {
        const b = [...(root?.querySelectorAll('button') ?? [])].find((x) => x.textContent === label);
        if (!b) continue;
        b.click();
        b.dispatchEvent(
          new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, detail: 1 }),
        );
        pressed++;
      }
      return pressed;
    },
    [label, times] as const,
  );
}

test.beforeAll(() => {
  expect(moodOf(analyze(HEATED))).toBe('heated');
});

test('the page cannot press the nudge: made-up Enters, clicks and 60 "saves" change nothing', async ({
  context,
}) => {
  const page = await context.newPage();
  await open(page, 'chat.html');
  const sw = await serviceWorker(context);
  const field = page.locator('#chat-textarea');
  await field.click();
  await page.keyboard.type(HEATED);
  await page.waitForFunction(() => document.querySelector('soft-start-overlay') !== null);

  // A made-up Enter is not held (the page can send its own field; the coach neither stops it nor
  // opens the nudge). The probe, a window capture listener added after the extension's, sees it.
  const synthetic = await field.evaluate((el) => {
    let preventedBeforePage: boolean | null = null;
    const probe = (e: Event) => {
      preventedBeforePage = e.defaultPrevented;
    };
    window.addEventListener('keydown', probe, { capture: true });
    // The page's own composer would send it: stop it here, after the probe, so the text stays.
    const stop = (e: Event) => e.stopImmediatePropagation();
    el.addEventListener('keydown', stop, { capture: true });
    el.dispatchEvent(
      new KeyboardEvent('keydown', {
        key: 'Enter',
        code: 'Enter',
        keyCode: 13,
        bubbles: true,
        cancelable: true,
      }),
    );
    el.removeEventListener('keydown', stop, { capture: true });
    window.removeEventListener('keydown', probe, { capture: true });
    return preventedBeforePage;
  });
  expect(synthetic).toBe(false);
  await expect(nudge(page)).toBeHidden();

  // The person's Enter is held.
  await page.keyboard.press('Enter');
  await expect(nudge(page)).toBeVisible();
  await expect(nudge(page)).toHaveAttribute('data-ready', 'true');

  // The person saves once: their draft.
  await nudge(page).getByRole('button', { name: 'Save for later' }).click();
  await expect(nudge(page)).toContainText('Clear the field?');
  await expect.poll(() => drafts(sw), poll).toEqual([expect.objectContaining({ text: HEATED })]);
  const mine = await drafts(sw);
  await nudge(page).getByRole('button', { name: 'No, keep it' }).click();
  await expect(nudge(page)).toBeHidden();

  // Held again by the person; now the page presses everything, 60 times over.
  await field.focus(); // (a click could land on an underline and open the card)
  await page.keyboard.press('End');
  await page.keyboard.type(' ');
  await page.keyboard.press('Enter');
  await expect(nudge(page)).toBeVisible();
  await expect(nudge(page)).toHaveAttribute('data-ready', 'true');
  const cardsBefore = await page.locator(CARD).count();
  expect(await pagePressesNudge(page, 'Save for later', 60)).toBe(60);
  expect(await pagePressesNudge(page, 'Send anyway')).toBe(1);
  expect(await pagePressesNudge(page, 'Review')).toBe(1);
  // Nothing happened: same nudge, nothing sent, field as typed, no card, the person's one draft.
  await page.waitForTimeout(500); // a save would have been written by now; compared below
  await expect(nudge(page)).toBeVisible();
  await expect(nudge(page)).not.toContainText('Clear the field?');
  expect(await sent(page)).toEqual([]);
  expect(await chatText(page)).toBe(`${HEATED} `);
  await expect(page.locator(CARD)).toHaveCount(cardsBefore); // "Review" opened nothing
  expect(await drafts(sw)).toEqual(mine);

  // The same button pressed by the person does act.
  await nudge(page).getByRole('button', { name: 'Send anyway' }).click();
  await expect.poll(() => sent(page), poll).toEqual([`${HEATED} `]);
});

test('the page cannot open the card: made-up shortcut, hover and click do nothing', async ({ context }) => {
  const page = await context.newPage();
  await open(page, 'index.html');
  const field = page.locator('#plain-textarea');
  await field.click();
  await page.keyboard.type('You never listen to me, you idiot!');
  // The first mark, as drawn over the field (open root in this build).
  const spot = async () => {
    let at: { x: number; y: number } | null = null;
    await expect(async () => {
      at = await page.evaluate(() => {
        const span = document.querySelector('soft-start-overlay')?.shadowRoot?.querySelector('.ss-mark');
        const r = span?.getClientRects()[0];
        return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
      });
      expect(at).not.toBeNull();
    }).toPass(poll);
    return at as unknown as { x: number; y: number };
  };
  const { x, y } = await spot();

  // The page: Alt+Shift+S on the field and on the document, a hover and a click on the mark.
  await page.evaluate(
    ([x, y]) => {
      const el = document.querySelector('#plain-textarea') as HTMLElement;
      const key = { key: 'S', code: 'KeyS', altKey: true, shiftKey: true, bubbles: true, cancelable: true };
      el.dispatchEvent(new KeyboardEvent('keydown', key));
      document.dispatchEvent(new KeyboardEvent('keydown', key));
      const at = { clientX: x, clientY: y, bubbles: true, composed: true, cancelable: true, detail: 1 };
      el.dispatchEvent(new MouseEvent('mousemove', at));
      el.dispatchEvent(new MouseEvent('mousedown', at));
      el.dispatchEvent(new MouseEvent('mouseup', at));
      el.dispatchEvent(new MouseEvent('click', at));
    },
    [x, y] as const,
  );
  await page.waitForTimeout(700); // past the 350 ms hover delay
  await expect(page.locator(CARD)).toHaveCount(0);

  // The person's shortcut opens it.
  await page.keyboard.press('Alt+Shift+S');
  await expect(page.locator(CARD)).toBeVisible();
});

test('the page finds no verdict in highlight names, styles, timing entries or the mirror', async ({
  context,
}) => {
  const page = await context.newPage();
  await open(page, 'index.html');
  await page.locator('#plain-textarea').click();
  await page.keyboard.type('You never listen to me, you idiot!');
  await page.locator('#lexical-editor').click();
  await page.keyboard.type('You always make me so angry. Calm down!');
  // Underlines in both (the Highlight registry for Lexical, the mirror for the textarea).
  await page.waitForFunction(() => CSS.highlights.size > 0);
  await page.waitForFunction(
    () =>
      (document.querySelector('soft-start-overlay')?.shadowRoot?.querySelectorAll('.ss-mark').length ?? 0) >
      0,
  );

  const seen = await page.evaluate(() => {
    const out: string[] = [];
    for (const [name, hl] of CSS.highlights) out.push(`highlight ${name} ${hl.size}`);
    const sheets = [...document.adoptedStyleSheets];
    for (const sheet of sheets) for (const rule of sheet.cssRules) out.push(`rule ${rule.cssText}`);
    for (const e of [...performance.getEntriesByType('mark'), ...performance.getEntriesByType('measure')])
      out.push(`timing ${e.name}`);
    // Every attribute in the light DOM and in the mirror (the overlay's root is open in this build).
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        for (const a of el.getAttributeNames()) out.push(`attr ${a}=${el.getAttribute(a)}`);
      }
    };
    walk(document);
    const overlay = document.querySelector('soft-start-overlay')?.shadowRoot;
    for (const m of overlay?.querySelectorAll('.ss-mirror, .ss-mirror *') ?? []) {
      for (const a of m.getAttributeNames()) out.push(`mirror ${a}=${m.getAttribute(a)}`);
    }
    return out;
  });
  const names = seen.filter((s) => s.startsWith('highlight '));
  expect(names).toHaveLength(1); // one name for every finding in the page
  const verdict =
    /softstart[-:]|\b(blame|absolutes|contempt|talking-down|withdrawal|you-make-me|insults?|shouting|heated|tense)\b|\w\.\w+:\d+/i;
  const leaks = seen.filter((s) =>
    verdict.test(
      s.replace(
        /^attr (data-testid|data-softstart-e2e-open|id|class|aria-label|for|placeholder|data-field|href|src|name)=.*$/,
        '',
      ),
    ),
  );
  // The e2e build keeps its own startup timings for the benchmark and its loader's steps for the
  // tests (none says anything about the text); the store build has none (below).
  expect(
    leaks.filter(
      (s) =>
        !/^timing softstart:(startup|coach-start|idle|focusin|input|load|load-failed-\d|started)$/.test(s),
    ),
  ).toEqual([]);
  // No two colours: the page cannot tell one kind of finding from another by its style.
  const colours = new Set(
    seen.filter((s) => s.startsWith('rule ')).flatMap((s) => s.match(/#[0-9a-f]{6}|rgba?\([^)]*\)/gi) ?? []),
  );
  expect(colours.size).toBeLessThanOrEqual(2); // the underline and its translucent wash
});

test('the store build leaves no timing marks', async () => {
  const { existsSync, readFileSync } = await import('node:fs');
  const files = ['.output/chrome-mv3/content-scripts/content.js', '.output/chrome-mv3/coach.js'];
  test.skip(!files.every((f) => existsSync(f)), 'needs `npm run build` (npm test builds it)');
  for (const f of files) {
    const code = readFileSync(f, 'utf8');
    expect(code, f).not.toContain('softstart:');
    expect(code, f).not.toContain('performance.measure');
  }
});

test('with the closed overlay, the page sees no verdict anywhere in the DOM', async ({ context }) => {
  // Contract 4: the e2e build opens the overlay only where <html> carries data-softstart-e2e-open
  // at overlay creation (the shared fixture adds it by default). Remove it before any field is
  // focused, so this page gets the real closed root.
  const page = await context.newPage();
  await open(page, 'index.html');
  await page.evaluate(() => document.documentElement.removeAttribute('data-softstart-e2e-open'));
  const sw = await serviceWorker(context);
  const count = () =>
    sw.evaluate(async (url) => {
      const chrome = (
        globalThis as unknown as {
          chrome: {
            tabs: {
              query(q: object): Promise<Array<{ id?: number; url?: string }>>;
              sendMessage(id: number, m: unknown): Promise<{ count: number }>;
            };
          };
        }
      ).chrome;
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
      return tab?.id === undefined
        ? -1
        : (await chrome.tabs.sendMessage(tab.id, { type: 'coach:get-status' })).count;
    }, page.url());
  await page.locator('#plain-textarea').click();
  await page.keyboard.type('You never listen to me, you idiot!');
  await expect.poll(count, poll).toBeGreaterThan(0);

  const seen = await page.evaluate(() => {
    const host = document.querySelector('soft-start-overlay') as HTMLElement | null;
    const out: string[] = [`shadowRoot ${host?.shadowRoot === null ? 'closed' : 'open'}`];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        for (const a of el.getAttributeNames()) out.push(`attr ${a}=${el.getAttribute(a)}`);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    out.push(`text ${host?.textContent ?? ''}`);
    return out;
  });
  expect(seen[0]).toBe('shadowRoot closed');
  const verdict = /\b(calm|tense|heated)\b|data-count|contempt|blame|\w\.\w+:\d+/i;
  // The playground's own test ids ("samples-heated") are the page's words, not ours.
  expect(
    seen.filter((s) => s.startsWith('attr data-') && !s.startsWith('attr data-testid=') && verdict.test(s)),
  ).toEqual([]);
});
