/**
 * The toolbar popup, opened as chrome-extension://ID/popup.html?tab=<id> (the tests cannot click
 * the toolbar; `?tab=` names the tab the popup is about, as the active tab would be).
 */
import { analyze } from '../../lib/tone';
import { expect, test } from './fixtures';
import {
  BADGE,
  badgeCount,
  MARKS,
  notReloaded,
  playgroundWith,
  storedSettings,
  tabIdOf,
} from './settings-helpers';

test('popup: field status, the site switch removes and restores underlines', async ({
  context,
  extensionId,
}) => {
  const message = 'You never listen to me!!!';
  const playground = await playgroundWith(context, message);
  // Every finding of the whole message (a count read while the last words were still being
  // analysed would be one short).
  const count = analyze(message).findings.length;
  expect(count).toBeGreaterThan(1);
  await expect.poll(() => badgeCount(playground)).toBe(count);
  await expect(playground.locator(MARKS).first()).toBeAttached();

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(context, playground)}`);
  await expect(popup.getByRole('heading', { level: 1, name: 'Soft Start' })).toBeVisible();

  // What the coach sees in the focused field: its state and the count of findings.
  await expect(popup.getByTestId('field-status-text')).toHaveText(/A little tense|Heated/);
  await expect(popup.getByTestId('field-status-count')).toHaveText(`${count} found`);

  const site = popup.getByRole('switch', { name: 'Coach me on Soft Start playground' });
  await expect(site).toHaveAttribute('aria-checked', 'true');
  await expect(popup.getByTestId('state-pill')).toHaveText('On');
  await site.click();
  await expect(site).toHaveAttribute('aria-checked', 'false');
  await expect
    .poll(async () => ((await storedSettings(context)).sync?.sites as { builtIn: object })?.builtIn)
    .toEqual({ playground: false });
  await expect(playground.locator(MARKS)).toHaveCount(0);
  await expect(playground.locator(BADGE)).toBeHidden();
  await expect(popup.getByTestId('field-status-text')).toHaveText('Paused on this site');
  await expect(popup.getByTestId('state-pill')).toHaveText('Paused here');

  // Back on, by keyboard.
  await site.focus();
  await popup.keyboard.press('Enter');
  await expect(site).toHaveAttribute('aria-checked', 'true');
  await expect.poll(() => badgeCount(playground)).toBe(count);
  await expect(playground.locator(MARKS).first()).toBeAttached();
  expect(await notReloaded(playground)).toBe(true);
});

test('popup: quick sensitivity, pause and resume, link to the options page', async ({
  context,
  extensionId,
}) => {
  const playground = await playgroundWith(context, 'You never listen to me!!!');
  await expect.poll(() => badgeCount(playground)).toBeGreaterThan(0);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(context, playground)}`);

  const group = popup.getByRole('group', { name: 'Sensitivity' });
  await expect(group.getByRole('radio', { name: 'Balanced' })).toBeChecked();
  // Arrow keys move through the choices.
  await group.getByRole('radio', { name: 'Balanced' }).focus();
  await popup.keyboard.press('ArrowRight');
  await expect(group.getByRole('radio', { name: 'Strict' })).toBeChecked();
  await expect.poll(async () => (await storedSettings(context)).sync?.sensitivity).toBe('strict');

  await popup.getByRole('button', { name: 'Until tomorrow' }).click();
  await expect(popup.getByTestId('pause-status')).toContainText('Paused until');
  await expect(popup.getByTestId('field-status-text')).toHaveText(/^Paused everywhere until /);
  await expect(popup.getByTestId('state-pill')).toHaveText('Paused');
  const until = Number((await storedSettings(context)).sync?.pausedUntil);
  expect(new Date(until).getHours()).toBe(8);
  expect(until - Date.now()).toBeGreaterThan(0);
  expect(until - Date.now()).toBeLessThan(33 * 3_600_000);
  await expect(playground.locator(BADGE)).toBeHidden();

  await popup.getByRole('button', { name: 'Resume' }).click();
  await expect.poll(async () => (await storedSettings(context)).sync?.pausedUntil).toBeNull();
  await expect.poll(() => badgeCount(playground)).toBeGreaterThan(0);

  const optionsPage = context.waitForEvent('page', (p) => p.url().includes('/options.html'));
  await popup.getByRole('button', { name: 'Open settings' }).click();
  const options = await optionsPage;
  await expect(options.getByRole('heading', { level: 1, name: 'Soft Start settings' })).toBeVisible();
  await expect(options.getByRole('radio', { name: 'Strict' })).toBeChecked();
});

test('popup on a page the coach cannot work on says so, with no site switch', async ({
  context,
  extensionId,
}) => {
  const popup = await context.newPage();
  // Without ?tab= the popup is about the active tab: here, its own extension page.
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('field-status-text')).toHaveText('Not a page Soft Start can coach');
  await expect(popup.getByTestId('state-pill')).toHaveText('Not here');
  await expect(popup.getByRole('switch')).toHaveCount(0);
  await expect(popup.getByRole('button', { name: 'For 1 hour' })).toBeVisible();
});

test('popup tells the truth after the card paused the site: paused here, not "On"', async ({
  context,
  extensionId,
}) => {
  const playground = await playgroundWith(context, 'You never listen to me!!!');
  await expect.poll(() => badgeCount(playground)).toBeGreaterThan(0);
  // The card's own "Pause on this site".
  await playground.locator(BADGE).click();
  const card = playground.locator('soft-start-overlay .ss-card[role=dialog]');
  await card.getByRole('button', { name: 'Pause on this site' }).click();
  await expect
    .poll(async () => ((await storedSettings(context)).sync?.sites as { builtIn: object })?.builtIn)
    .toEqual({ playground: false });
  await expect(playground.locator(BADGE)).toBeHidden();

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(context, playground)}`);
  await expect(popup.getByTestId('field-status-text')).toHaveText('Paused on this site');
  await expect(popup.getByTestId('state-pill')).toHaveText('Paused here');
  await expect(popup.getByTestId('field-status-count')).toHaveCount(0);
  // Never "On" anywhere for this site while its switch is off.
  const site = popup.getByRole('switch', { name: 'Coach me on Soft Start playground' });
  await expect(site).toHaveAttribute('aria-checked', 'false');
  await expect(popup.locator('main')).not.toContainText(/\bOn\b/);

  await popup.getByRole('button', { name: 'Resume on this site' }).click();
  await expect(site).toHaveAttribute('aria-checked', 'true');
  await expect(popup.getByTestId('state-pill')).toHaveText('On');
  // Coached again as soon as the person types on.
  await playground.bringToFront();
  await playground.click('#plain-textarea');
  await playground.keyboard.press('End');
  await playground.keyboard.type(' ');
  await expect.poll(() => badgeCount(playground)).toBeGreaterThan(0);
  await expect(popup.getByRole('button', { name: 'Resume on this site' })).toHaveCount(0);
});

test('popup in a 390 px window never scrolls sideways', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 390, height: 700 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  // The week chart (with its hidden table for screen readers) is the widest part.
  await expect(popup.getByTestId('patterns')).toBeVisible();
  const { scrollWidth, clientWidth } = await popup.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
});

test('popup names the keyboard shortcut the browser has, with a way to change it', async ({
  context,
  extensionId,
}) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const bound = await popup.evaluate(async () => {
    const c = (
      globalThis as unknown as {
        chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } };
      }
    ).chrome;
    return (await c.commands.getAll()).find((x) => x.name === 'open-card')?.shortcut ?? '';
  });
  expect(bound).toBe('Alt+Shift+S');
  await expect(popup.getByTestId('shortcut')).toContainText('press Alt+Shift+S to open');
  const opened = context.waitForEvent('page', (p) => p.url().startsWith('chrome://extensions/shortcuts'));
  await popup.getByRole('button', { name: 'Change shortcut' }).click();
  await opened;
});
