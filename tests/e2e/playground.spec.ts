/**
 * The playground itself, in plain Chromium (no extension): it loads cleanly with no network
 * beyond the test server, every editor mounts, each field's own model text follows what a
 * person types, the late field arrives about two seconds after load, and the chat page sends
 * on Enter but not on Shift+Enter.
 *
 * Needs `npm run build:playground`; playwright.config.ts's webServer serves tests/fixtures/dist.
 */
import { expect, type Locator, type Page, test } from '@playwright/test';
import type { ChatWindow, FieldName, PlaygroundWindow } from '../fixtures/playground/src/types';
import { PLAIN_CHROMIUM } from './fixtures';

test.use(PLAIN_CHROMIUM);

type Reader = FieldName | 'shadowEditable' | 'iframeEditable';

interface FieldCase {
  name: Reader;
  /** The element a person clicks and types into. */
  locate: (page: Page) => Locator;
  /** Enter makes a new line (false for single-line inputs). */
  multiline: boolean;
}

const FIELDS: FieldCase[] = [
  { name: 'textarea', locate: (p) => p.locator('#plain-textarea'), multiline: true },
  { name: 'input', locate: (p) => p.locator('#plain-input'), multiline: false },
  { name: 'contenteditable', locate: (p) => p.locator('#plain-contenteditable'), multiline: true },
  { name: 'react', locate: (p) => p.locator('#react-textarea'), multiline: true },
  { name: 'lexical', locate: (p) => p.locator('#lexical-editor'), multiline: true },
  { name: 'slate', locate: (p) => p.locator('#slate-editor'), multiline: true },
  { name: 'prosemirror', locate: (p) => p.locator('#prosemirror-editor'), multiline: true },
  { name: 'draft', locate: (p) => p.locator('#draft-editor'), multiline: true },
  { name: 'quill', locate: (p) => p.locator('#quill-editor'), multiline: true },
  { name: 'ckeditor', locate: (p) => p.locator('#ckeditor-editor'), multiline: true },
  // Playwright's CSS locators pierce open shadow roots.
  { name: 'shadow', locate: (p) => p.locator('#shadow-textarea'), multiline: true },
  { name: 'shadowEditable', locate: (p) => p.locator('#shadow-editable'), multiline: true },
  { name: 'iframe', locate: (p) => p.frameLocator('#frame').locator('#frame-textarea'), multiline: true },
  {
    name: 'iframeEditable',
    locate: (p) => p.frameLocator('#frame').locator('#frame-editable'),
    multiline: true,
  },
  { name: 'late', locate: (p) => p.locator('#late-textarea'), multiline: true },
];

/** Records console errors, uncaught page errors, and every request that is not to the test server. */
function watch(page: Page, origin: string) {
  const problems: string[] = [];
  const foreign: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) foreign.push(url);
  });
  return { problems, foreign };
}

async function openPlayground(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(() => (window as unknown as PlaygroundWindow).playgroundReady);
}

function readModel(page: Page, name: Reader): Promise<string | null> {
  return page.evaluate((n) => (window as unknown as PlaygroundWindow).modelText[n](), name);
}

test('the playground loads without errors or outside requests, and every editor mounts', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4599').origin;
  const seen = watch(page, origin);
  await openPlayground(page);

  // Every field's reader answers with its (empty) model text. The late field comes about two
  // seconds after load: on a busy machine it may already be there (its own test times it).
  for (const { name } of FIELDS) {
    const text = await readModel(page, name);
    if (name === 'late') expect([null, ''], name).toContain(text);
    else expect(text, name).toBe('');
  }
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('status')).toHaveText(/All editors ready/);

  // Draft.js really runs on React 18, the rest of the page on React 19.
  const versions = await page.evaluate(() => (window as unknown as PlaygroundWindow).reactVersions);
  expect(versions.page).toMatch(/^19\./);
  expect(versions.draft).toMatch(/^18\.3\./);

  // Each card is labelled, with a stable test id.
  for (const card of await page.locator('section.card').all()) {
    await expect(card).toHaveAttribute('aria-label', /\S/);
    await expect(card).toHaveAttribute('data-testid', /^card-/);
  }

  // The editors' instances are exposed for tests that need their own API.
  const editors = await page.evaluate(() =>
    Object.keys((window as unknown as PlaygroundWindow).editors).sort(),
  );
  expect(editors).toEqual(['ckeditor', 'draft', 'lexical', 'prosemirror', 'quill', 'slate']);

  await page.waitForTimeout(300); // let late console output arrive
  expect(seen.problems).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('typing reaches each editor’s own model, and only that editor’s', async ({ page }) => {
  const seen = watch(page, 'http://127.0.0.1');
  await openPlayground(page);
  await page.evaluate(() => (window as unknown as PlaygroundWindow).lateReady);

  // One page for all fields (quicker than a page each); each field is its own step and soft
  // assertions report every field that fails, not just the first.
  const expected = new Map<Reader, string>(FIELDS.map((f) => [f.name, '']));
  for (const field of FIELDS) {
    await test.step(field.name, async () => {
      const target = field.locate(page);
      await target.click();
      await expect.soft(target, `${field.name} takes focus`).toBeFocused();
      await page.keyboard.type('hello world');
      await expect.soft.poll(() => readModel(page, field.name), { message: field.name }).toBe('hello world');
      expected.set(field.name, 'hello world');

      if (field.multiline) {
        // Enter starts a new line or block: the model text has exactly one "\n" there.
        await page.keyboard.press('Enter');
        await page.keyboard.type('again');
        await expect.soft
          .poll(() => readModel(page, field.name), { message: `${field.name} after Enter` })
          .toBe('hello world\nagain');
        expected.set(field.name, 'hello world\nagain');
      }

      // Nothing leaked into the other fields: each still holds exactly what was typed into it.
      for (const [name, text] of expected) {
        if (name !== field.name) expect.soft(await readModel(page, name), `${name} untouched`).toBe(text);
      }
    });
  }
  expect(seen.problems).toEqual([]);
});

test('the late field appears about two seconds after load', async ({ page }) => {
  // Note, from inside the page, when the late field is added relative to the load event.
  await page.addInitScript(() => {
    new MutationObserver((_records, observer) => {
      if (document.getElementById('late-textarea')) {
        (window as unknown as { lateSeenAt: number }).lateSeenAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await openPlayground(page);
  await expect(page.locator('#late-textarea')).toHaveCount(0);
  await expect(page.getByText('A field appears here two seconds after the page loads')).toBeVisible();

  // Generous wait: on a busy two-core machine timers run late. The timing itself is checked below, in-page.
  await expect(page.locator('#late-textarea')).toBeVisible({ timeout: 15_000 });
  const delay = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return (window as unknown as { lateSeenAt: number }).lateSeenAt - nav.loadEventStart;
  });
  expect(delay).toBeGreaterThanOrEqual(1950);
  expect(delay).toBeLessThan(5000);
  await expect(page.locator('#late-textarea')).toHaveAttribute('aria-label', /\S/);
});

test.describe('chat page', () => {
  const sent = (page: Page) => page.evaluate(() => (window as unknown as ChatWindow).sent());
  const chatModel = (page: Page, name: 'chat' | 'chatLexical') =>
    page.evaluate((n) => (window as unknown as ChatWindow).modelText[n](), name);

  for (const [name, selector] of [
    ['chat', '#chat-textarea'],
    ['chatLexical', '#chat-lexical'],
  ] as const) {
    test(`${name}: Enter sends, Shift+Enter makes a new line`, async ({ page }) => {
      const seen = watch(page, 'http://127.0.0.1');
      await page.goto('/chat.html');
      await page.evaluate(() => (window as unknown as ChatWindow).playgroundReady);
      const field = page.locator(selector);
      await field.click();

      await page.keyboard.type('first line');
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type('second line');
      await expect.poll(() => chatModel(page, name)).toBe('first line\nsecond line');
      expect(await sent(page)).toEqual([]);

      await page.keyboard.press('Enter');
      await expect(page.getByTestId('sent').locator('li')).toHaveCount(1);
      expect(await sent(page)).toEqual(['first line\nsecond line']);
      await expect.poll(() => chatModel(page, name)).toBe('');
      await expect(field).toBeFocused();

      // The next message goes the same way; an empty Enter sends nothing.
      await page.keyboard.type('and another');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('sent').locator('li')).toHaveCount(2);
      expect(await sent(page)).toEqual(['first line\nsecond line', 'and another']);
      expect(seen.problems).toEqual([]);
    });
  }
});
