/**
 * Patterns, privately, and putting drafts back (issue 6) end to end: real Chromium, the built e2e
 * extension, the playground.
 *
 * - Applying a rewording from the card counts a flagged and a softened message (counts only, by
 *   local day and category); the popup's 7-day chart and the options page's 30 days show them;
 *   "Clear" empties them.
 * - With "Count my patterns" off (options switch), nothing is recorded; back on, it counts again.
 * - A saved draft goes back into the focused field from the popup (textarea and Lexical, lines
 *   kept), never disturbs words already in a rich editor, and never goes into a password field.
 * - With counts and a draft stored: "Remind me" registers an alarm, and axe finds nothing on the
 *   popup and the options page, light and dark.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { analyze } from '../../lib/tone';
import { axeViolations } from './axe';
import { expect, serviceWorker, test } from './fixtures';
import { tabIdOf } from './settings-helpers';

const poll = { timeout: 10_000, intervals: [20, 50, 100, 200] };
const SOFTENABLE = 'You make me feel so stupid.';

interface ChromeLocal {
  storage: {
    local: {
      get(k: string): Promise<Record<string, unknown>>;
      set(v: Record<string, unknown>): Promise<void>;
    };
  };
}

type Stats = Record<string, Record<string, Record<string, number>>>;

async function storedStats(sw: Worker): Promise<Stats | undefined> {
  return sw.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: ChromeLocal }).chrome;
    return (await c.storage.local.get('stats')).stats as Stats | undefined;
  });
}

/**
 * Messages per kind over all days: the per-day messages bucket ('*', MESSAGES in lib/coach/stats),
 * which counts a message once however many categories it was flagged for.
 */
function totals(stats: Stats | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const cats of Object.values(stats ?? {})) {
    for (const [k, v] of Object.entries(cats['*'] ?? {})) out[k] = (out[k] ?? 0) + v;
  }
  return out;
}

async function openPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.bringToFront();
  await page
    .evaluate(() => (window as unknown as { playgroundReady: Promise<void> }).playgroundReady)
    .catch(() => undefined);
  return page;
}

/** Type into a field and wait for the coach's underline (its session is live). */
async function typeFlagged(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).click();
  await page.waitForFunction(() => document.querySelector('soft-start-overlay') !== null);
  await page.keyboard.type(text);
}

/** Keyboard only: open the card for the finding and apply its first rewording. */
async function applyFirstRewording(page: Page): Promise<void> {
  const card = page.locator('soft-start-overlay').getByRole('dialog');
  await expect
    .poll(async () => {
      await page.keyboard.press('Alt+Shift+S');
      return card.isVisible();
    }, poll)
    .toBe(true);
  await card.locator('.ss-suggest').first().click();
  await expect(card.locator('.ss-status')).toHaveAttribute('data-kind', 'applied');
}

const DISMISSIVE = "Calm down, you're overreacting.";

test.beforeAll(() => {
  expect(analyze(SOFTENABLE).findings.map((f) => f.category)).toContain('blame');
  expect(analyze(DISMISSIVE).findings.map((f) => f.category)).toContain('talking-down');
  expect(analyze('Can we talk tonight? Thanks.').findings).toEqual([]);
});

test('a rewording applied is counted as softened; popup (7 days) and options (30 days) show it; Clear empties it', async ({
  context,
  extensionId,
}) => {
  const sw = await serviceWorker(context);
  const page = await openPage(context, '/index.html');
  await typeFlagged(page, '#plain-textarea', SOFTENABLE);
  await expect.poll(async () => totals(await storedStats(sw)).flagged ?? 0, poll).toBeGreaterThan(0);
  expect(totals(await storedStats(sw)).softened).toBeUndefined();
  await applyFirstRewording(page);
  await expect.poll(async () => totals(await storedStats(sw)).softened, poll).toBe(1);

  // Edited until calm counts too; deleting a flagged message does not.
  await typeFlagged(page, '#plain-input', DISMISSIVE);
  await expect.poll(async () => totals(await storedStats(sw)).flagged ?? 0, poll).toBeGreaterThan(1);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.waitForTimeout(400);
  expect(totals(await storedStats(sw)).softened).toBe(1);
  await page.keyboard.type(DISMISSIVE);
  await page.waitForTimeout(300);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Can we talk tonight?');
  await page.waitForTimeout(300);
  await page.keyboard.type(' Thanks.');
  await expect.poll(async () => totals(await storedStats(sw)).softened, poll).toBe(2);

  // Counts only: no word of the message is stored.
  const raw = JSON.stringify(await storedStats(sw));
  expect(raw).not.toMatch(/stupid|feel|overreact|tonight|thanks/i);
  const stats = (await storedStats(sw)) as Stats;
  const [today] = Object.keys(stats);
  expect(stats[today as string]?.blame?.softened).toBe(1);
  expect(stats[today as string]?.['talking-down']?.softened).toBe(1);

  // The popup: today's row in the 7-day table and the summary.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(context, page)}`);
  const chart = popup.getByTestId('patterns-chart');
  await expect(chart.locator(`tr[data-day="${today}"] td[data-kind="softened"]`)).toHaveText('2');
  await expect(chart.locator('tbody tr')).toHaveCount(7);
  await expect(popup.getByTestId('patterns-chart-summary')).toContainText('2 softened');
  await expect(popup.getByTestId('patterns-top')).toBeVisible();

  // The options page: 30 days, then Clear.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#patterns`);
  const chart30 = options.getByTestId('patterns-chart-30');
  await expect(chart30.locator('tbody tr')).toHaveCount(30);
  await expect(chart30.locator(`tr[data-day="${today}"] td[data-kind="softened"]`)).toHaveText('2');
  await options.getByTestId('clear-patterns').click();
  await expect(options.getByTestId('patterns-status')).toHaveText(
    'Cleared. The counts start again from now.',
  );
  await expect(chart30.locator(`tr[data-day="${today}"] td[data-kind="softened"]`)).toHaveText('0');
  expect(await storedStats(sw)).toBeUndefined();
  // The popup follows live.
  await expect(popup.getByTestId('patterns-chart-summary')).toContainText('0 flagged, 0 softened');
});

test('with counting switched off nothing is recorded; back on, it counts again', async ({
  context,
  extensionId,
}) => {
  const sw = await serviceWorker(context);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#patterns`);
  const toggle = options.getByTestId('stats-enabled');
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'false');

  const page = await openPage(context, '/chat.html');
  await typeFlagged(page, '#chat-textarea', "WHY DIDN'T YOU ANSWER ME???");
  await page.keyboard.press('Enter'); // held
  await expect(page.getByRole('alertdialog', { name: 'Pause before sending' })).toBeVisible();
  // A press in the nudge's first moment is taken for a double press and ignored: wait until it is ready.
  await expect(page.getByRole('alertdialog', { name: 'Pause before sending' })).toHaveAttribute(
    'data-ready',
    'true',
  );
  await page.keyboard.press('Enter'); // sent anyway
  await expect(page.getByRole('alertdialog', { name: 'Pause before sending' })).toBeHidden();
  await page.waitForTimeout(300);
  expect(await storedStats(sw)).toBeUndefined();

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(context, page)}`);
  await expect(popup.getByTestId('patterns-off')).toBeVisible();
  await popup.close();

  // Back on: the same kind of message is counted (flagged, then sent anyway).
  await options.bringToFront();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await page.bringToFront();
  await page.locator('#chat-textarea').click();
  await page.keyboard.type("WHY DIDN'T YOU ANSWER ME???");
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alertdialog', { name: 'Pause before sending' })).toBeVisible();
  await expect(page.getByRole('alertdialog', { name: 'Pause before sending' })).toHaveAttribute(
    'data-ready',
    'true',
  );
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => totals(await storedStats(sw)), poll)
    .toEqual(expect.objectContaining({ flagged: expect.any(Number), sentAnyway: expect.any(Number) }));
});

test('the popup puts a draft back into the focused field (textarea, Lexical), never into a password field', async ({
  context,
  extensionId,
}) => {
  const sw = await serviceWorker(context);
  const DRAFT = 'Can we talk about last night later today?';
  await sw.evaluate(async (text) => {
    const c = (globalThis as unknown as { chrome: ChromeLocal }).chrome;
    await c.storage.local.set({
      drafts: [
        { id: 'd1', text, site: 'http://127.0.0.1:4599', savedAt: Date.now() },
        { id: 'd2', text: 'Line one\nline two', site: 'https://chat.example', savedAt: Date.now() - 1 },
      ],
    });
  }, DRAFT);

  const page = await openPage(context, '/chat.html');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(context, page)}`);
  const putBack = popup.getByRole('button', {
    name: 'Put back the draft from 127.0.0.1:4599 into the field',
  });
  const notice = popup.getByTestId('draft-notice');
  const model = (m: string) =>
    page.evaluate(
      (name) => (window as unknown as { modelText: Record<string, () => string> }).modelText[name]?.(),
      m,
    );

  for (const [selector, name] of [
    ['#chat-textarea', 'chat'],
    ['#chat-lexical', 'chatLexical'],
  ] as const) {
    await page.bringToFront();
    await page.locator(selector).click();
    await page.waitForFunction(() => document.querySelector('soft-start-overlay') !== null);
    await popup.bringToFront();
    await putBack.click();
    await page.bringToFront(); // editors may finish on the next frame
    await expect(notice).toHaveText('Put back into the field.');
    await expect.poll(() => model(name), poll).toBe(DRAFT);
    // Nothing was sent by putting it back.
    expect(await page.locator('#sent li').count()).toBe(0);
  }

  // Lines stay lines in an empty Lexical composer; a field with words in it refuses a multi-line
  // draft and keeps its words.
  const fresh = await openPage(context, '/chat.html?again'); // its own address: tabIdOf finds it
  const model2 = () =>
    fresh.evaluate(() =>
      (window as unknown as { modelText: { chatLexical(): string } }).modelText.chatLexical(),
    );
  await fresh.locator('#chat-lexical').click();
  await fresh.waitForFunction(() => document.querySelector('soft-start-overlay') !== null);
  const popup3 = await context.newPage();
  await popup3.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(context, fresh)}`);
  const putBack2 = popup3.getByRole('button', {
    name: 'Put back the draft from chat.example into the field',
  });
  // The page stays in front (a real popup leaves it visible beneath); the popup is clicked anyway.
  await fresh.bringToFront();
  await putBack2.click();
  await expect(popup3.getByTestId('draft-notice')).toHaveText('Put back into the field.');
  await expect.poll(model2, poll).toBe('Line one\nline two');
  await putBack2.click();
  await expect(popup3.getByTestId('draft-notice')).toHaveText(/didn't take the text/);
  expect(await model2()).toBe('Line one\nline two');

  // A password field is never written to: "no field" instead.
  const other = await openPage(context, '/index.html');
  await other.locator('#password').click();
  const popup2 = await context.newPage();
  await popup2.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(context, other)}`);
  await popup2.getByRole('button', { name: 'Put back the draft from 127.0.0.1:4599 into the field' }).click();
  await expect(popup2.getByTestId('draft-notice')).toHaveText(
    'Click into a message field on the page first, then try again.',
  );
  expect(await other.locator('#password').inputValue()).toBe('');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`with counts and a draft: Remind me sets an alarm; axe finds nothing on popup and options (${colorScheme})`, async ({
    context,
    extensionId,
  }) => {
    const sw = await serviceWorker(context);
    await sw.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: ChromeLocal }).chrome;
      const d = new Date();
      const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      await c.storage.local.set({
        drafts: [
          { id: 'd1', text: 'Can we talk later?', site: 'http://127.0.0.1:4599', savedAt: Date.now() },
        ],
        stats: {
          [day]: { heat: { flagged: 3, softened: 1, sentAnyway: 1 }, blame: { flagged: 1, saved: 1 } },
        },
      });
    });
    const page = await openPage(context, '/chat.html');
    const popup = await context.newPage();
    await popup.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(context, page)}`);
    await expect(popup.getByTestId('patterns-chart-summary')).toContainText('4 flagged, 1 softened');
    await expect(popup.getByTestId('patterns-top')).toContainText('Heat');

    await popup.getByLabel('Remind me').selectOption('1h');
    await expect(popup.getByLabel('Remind me')).toContainText('Reminder at');
    const alarm = await sw.evaluate(async () => {
      const c = (
        globalThis as unknown as {
          chrome: { alarms: { get(n: string): Promise<{ scheduledTime: number }> } };
        }
      ).chrome;
      return (await c.alarms.get('draft-reminder:d1'))?.scheduledTime ?? null;
    });
    expect(alarm).not.toBeNull();
    expect(Math.abs((alarm as number) - (Date.now() + 3_600_000))).toBeLessThan(60_000);
    // A put-back without a focused field shows its notice (checked by axe too).
    await popup
      .getByRole('button', { name: 'Put back the draft from 127.0.0.1:4599 into the field' })
      .click();
    await expect(popup.getByTestId('draft-notice')).toBeVisible();
    expect(await axeViolations(popup)).toEqual([]);

    const options = await context.newPage();
    await options.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await options.goto(`chrome-extension://${extensionId}/options.html#patterns`);
    await expect(options.getByTestId('patterns-chart-30-summary')).toContainText('4 flagged');
    await expect(options.getByTestId('drafts-count')).toContainText('1');
    expect(await axeViolations(options)).toEqual([]);

    // Delete all drafts: the list and the reminder go.
    await options.getByTestId('delete-all-drafts').click();
    await expect(options.getByTestId('drafts-count')).toContainText('0');
    await expect
      .poll(() =>
        sw.evaluate(async () => {
          const c = (globalThis as unknown as { chrome: { alarms: { getAll(): Promise<unknown[]> } } })
            .chrome;
          return (await c.alarms.getAll()).length;
        }),
      )
      .toBe(0);
  });
}
