/**
 * The options page against the real built extension: settings reach open tabs live, imports are
 * all-or-nothing, pause and resume, site validation, phrases, reset, and keyboard use.
 */
import { expect, serviceWorker, test } from './fixtures';
import {
  BADGE,
  badgeCount,
  GRADED_SAMPLE,
  MARKS,
  notReloaded,
  playgroundWith,
  storedSettings,
} from './settings-helpers';

test('sensitivity: stored on change, and an open playground tab re-marks without reload', async ({
  context,
  extensionId,
}) => {
  const playground = await playgroundWith(context, GRADED_SAMPLE);
  await expect.poll(() => badgeCount(playground)).toBeGreaterThan(0);
  const balanced = (await badgeCount(playground)) as number;

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const strict = options.getByRole('radio', { name: 'Strict' });
  await strict.check();
  await expect(strict).toBeChecked();
  await expect.poll(async () => (await storedSettings(context)).sync?.sensitivity).toBe('strict');

  // The live preview shows each level; the current one is marked.
  await expect(options.getByTestId('preview-strict')).toHaveAttribute('data-current', 'true');

  await expect.poll(() => badgeCount(playground)).toBeGreaterThan(balanced);
  await options.getByRole('radio', { name: 'Gentle' }).check();
  await expect.poll(async () => (await storedSettings(context)).sync?.sensitivity).toBe('gentle');
  await expect.poll(async () => (await badgeCount(playground)) ?? 0).toBeLessThan(balanced);
  expect(await notReloaded(playground)).toBe(true);
});

test('a category switch turns that kind of finding off in open tabs', async ({ context, extensionId }) => {
  const playground = await playgroundWith(context, 'You always do this.');
  await expect.poll(() => badgeCount(playground)).toBeGreaterThan(0);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const absolutes = options.getByRole('switch', { name: 'Always and never' });
  await expect(absolutes).toHaveAttribute('aria-checked', 'true');
  // Keyboard: focus and Space.
  await absolutes.focus();
  await options.keyboard.press('Space');
  await expect(absolutes).toHaveAttribute('aria-checked', 'false');
  await expect
    .poll(
      async () => ((await storedSettings(context)).sync?.categories as Record<string, boolean>)?.absolutes,
    )
    .toBe(false);
  await expect.poll(async () => (await badgeCount(playground)) ?? 0).toBe(0);
  expect(await notReloaded(playground)).toBe(true);
});

test('importing a broken file shows a clear error and changes nothing', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('radio', { name: 'Strict' }).check();
  await expect.poll(async () => (await storedSettings(context)).sync?.sensitivity).toBe('strict');
  const before = await storedSettings(context);

  const file = options.getByTestId('import-file');
  const message = options.getByTestId('backup-message');

  await file.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"app":"soft-'),
  });
  await expect(message).toContainText("wasn't imported, and nothing changed");
  await expect(message).toContainText("isn't a JSON file");

  const wrongValue = JSON.stringify({
    app: 'soft-start',
    kind: 'settings',
    settings: { version: 1, sensitivity: 'max' },
  });
  await file.setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(wrongValue),
  });
  await expect(message).toContainText('“sensitivity”');

  const huge = Buffer.alloc(300 * 1024, 0x20);
  await file.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: huge });
  await expect(message).toContainText('larger than 256 KB');

  expect(await storedSettings(context)).toEqual(before);
  await expect(options.getByRole('radio', { name: 'Strict' })).toBeChecked();

  // A good file does import.
  const good = JSON.stringify({
    app: 'soft-start',
    kind: 'settings',
    settings: { version: 1, sensitivity: 'gentle', ignoredPhrases: ['fair enough'] },
  });
  await file.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(good) });
  await expect(message).toContainText('Settings imported.');
  await expect(options.getByRole('radio', { name: 'Gentle' })).toBeChecked();
  await expect(options.getByTestId('ignored-phrases')).toContainText('fair enough');
  const after = await storedSettings(context);
  expect(after.sync?.sensitivity).toBe('gentle');
  expect(after.local?.ignoredPhrases).toEqual(['fair enough']);
});

test('pause everywhere and resume', async ({ context, extensionId }) => {
  const playground = await playgroundWith(context, 'You never listen to me!!!');
  await expect.poll(() => badgeCount(playground)).toBeGreaterThan(0);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const started = Date.now();
  await options.getByRole('button', { name: 'For 1 hour' }).click();
  await expect(options.getByTestId('header-status')).toContainText('Paused until');
  await expect
    .poll(async () => Number((await storedSettings(context)).sync?.pausedUntil) - started)
    .toBeGreaterThan(3_590_000);
  expect(Number((await storedSettings(context)).sync?.pausedUntil) - Date.now()).toBeLessThanOrEqual(
    3_600_000,
  );
  await expect(playground.locator(MARKS)).toHaveCount(0);
  await expect(playground.locator(BADGE)).toBeHidden();

  await options.getByRole('button', { name: 'Resume' }).click();
  await expect(options.getByTestId('header-status')).toContainText('Coaching on');
  await expect.poll(async () => (await storedSettings(context)).sync?.pausedUntil).toBeNull();
  await expect.poll(() => badgeCount(playground)).toBeGreaterThan(0);

  await options.getByRole('button', { name: 'Until I turn it back on' }).click();
  await expect(options.getByTestId('header-status')).toContainText('until you turn it back on');
  await expect.poll(async () => (await storedSettings(context)).sync?.pausedUntil).toBe('forever');
  await options.getByRole('button', { name: 'Resume' }).click();
  await expect.poll(async () => (await storedSettings(context)).sync?.pausedUntil).toBeNull();
  expect(await notReloaded(playground)).toBe(true);
});

test('sites: built-in switches, and added sites are validated with a clear message', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);

  const reddit = options.getByRole('switch', { name: 'Reddit' });
  await reddit.click();
  await expect(reddit).toHaveAttribute('aria-checked', 'false');
  await expect
    .poll(async () => ((await storedSettings(context)).sync?.sites as { builtIn: object })?.builtIn)
    .toEqual({ reddit: false });

  const input = options.getByLabel('Site address');
  const error = options.getByTestId('site-error');
  const add = options.getByRole('button', { name: 'Add site' });
  for (const [typed, expected] of [
    ['', 'Type a site address first'],
    ['not a site', 'has no spaces'],
    ['*.example.com', 'wildcards'],
    ['ftp://files.example.com', 'Only web sites'],
    ['https://github.com/soft-start', 'already on the built-in list'],
    ['example', "doesn't look like a site address"],
  ] as const) {
    await input.fill(typed);
    await add.click();
    await expect(error).toContainText(expected);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
  }
  // Nothing was added, no permission was asked for.
  expect((await storedSettings(context)).local?.sites ?? { custom: [] }).toEqual({ custom: [] });
});

test('phrases: add, edit and delete; reset asks first', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);

  const addCustom = options.getByTestId('custom-phrase-add');
  await addCustom.getByLabel('Phrase').fill('per my last email');
  await addCustom.getByLabel('Kind').selectOption('talking-down');
  await addCustom.getByLabel('Offer instead (optional)').fill('To recap');
  await addCustom.getByRole('button', { name: 'Add' }).click();
  // Typed straight after Add, while the save is still on its way to the background: the form must
  // not clear it when the save comes back (it clears only what it added).
  await addCustom.getByLabel('Phrase').fill('Per my last   email');
  await expect(options.getByTestId('custom-phrases')).toContainText('per my last email');
  await expect
    .poll(async () => (await storedSettings(context)).local?.customPhrases)
    .toEqual([{ phrase: 'per my last email', category: 'talking-down', replacement: 'To recap' }]);
  await expect(addCustom.getByLabel('Phrase')).toHaveValue('Per my last   email');
  await expect(addCustom.getByLabel('Offer instead (optional)')).toHaveValue('');
  await addCustom.getByRole('button', { name: 'Add' }).click();
  await expect(addCustom).toContainText('already on the list');

  await options.getByRole('button', { name: 'Edit per my last email' }).click();
  const edit = options.getByTestId('custom-phrase-edit');
  await edit.getByLabel('Phrase').fill('as I said before');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByTestId('custom-phrases')).toContainText('as I said before');
  await expect
    .poll(async () => (await storedSettings(context)).local?.customPhrases)
    .toEqual([{ phrase: 'as I said before', category: 'talking-down', replacement: 'To recap' }]);

  const addIgnored = options.getByTestId('ignored-phrase-add');
  await addIgnored.getByLabel('Phrase to leave alone').fill('whatever works');
  await addIgnored.getByLabel('Phrase to leave alone').press('Enter');
  await expect(options.getByTestId('ignored-phrases')).toContainText('whatever works');
  await options.getByRole('button', { name: 'Delete as I said before' }).click();
  await expect(options.getByTestId('custom-phrases')).toHaveCount(0);
  await expect.poll(async () => (await storedSettings(context)).local?.customPhrases).toEqual([]);

  // Reset: the dialog opens with Cancel focused; Escape closes it and nothing changes.
  await options.getByRole('button', { name: 'Reset to defaults' }).click();
  const dialog = options.getByRole('dialog', { name: 'Reset all settings?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await options.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect((await storedSettings(context)).local?.ignoredPhrases).toEqual(['whatever works']);

  await options.getByRole('button', { name: 'Reset to defaults' }).click();
  await dialog.getByRole('button', { name: 'Reset everything' }).click();
  await expect(options.getByTestId('backup-message')).toContainText('back to their defaults');
  await expect.poll(async () => (await storedSettings(context)).local?.ignoredPhrases).toEqual([]);
  await expect(options.getByTestId('ignored-phrases')).toHaveCount(0);
});

test('navigation reaches every section; drafts are listed; the shortcut is named', async ({
  context,
  extensionId,
}) => {
  const sw = await serviceWorker(context);
  await sw.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } })
      .chrome;
    await c.storage.local.set({
      drafts: [{ id: 'd1', text: 'Can we talk tonight?', site: 'https://chat.example', savedAt: Date.now() }],
    });
  });
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const nav = options.getByRole('navigation', { name: 'Settings sections' });
  const links = nav.getByRole('link');
  // The page renders after its load event: read the links once they are there (a one-off read could
  // find none yet, as it did once in CI).
  await expect
    .poll(() => links.allTextContents())
    .toEqual(
      expect.arrayContaining(['Pause', 'Before sending', 'Your patterns', 'Keyboard shortcut', 'About']),
    );
  // Every link lands on a section of the page with a heading (no dangling anchors).
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const sectionIds = await options.locator('main section[id]').evaluateAll((ss) => ss.map((s) => s.id));
  expect(hrefs.map((h) => h.slice(1)).sort()).toEqual([...sectionIds].sort());
  for (const href of hrefs) {
    await expect(options.locator(`${href} > h2`)).toBeVisible();
  }
  await nav.getByRole('link', { name: 'Before sending' }).click();
  await expect(options).toHaveURL(/#send-pause$/);
  await expect(options.locator('#send-pause')).toBeInViewport();

  // The draft itself, not only a count.
  const drafts = options.locator('#send-pause').getByTestId('draft');
  await expect(drafts).toHaveCount(1);
  await expect(drafts.first()).toContainText('Can we talk tonight?');
  await expect(drafts.first()).toContainText('chat.example');

  await expect(options.locator('#shortcut').getByTestId('shortcut')).toContainText('Alt+Shift+S');
  await expect(options.locator('#shortcut').getByRole('button', { name: 'Change shortcut' })).toBeVisible();
  await expect(options.locator('#about')).toContainText(
    "5 Strategies for Dealing With Your Partner's Fear of Intimacy",
  );
});

for (const [label, viewport, scale] of [
  ['400 px', { width: 400, height: 800 }, 1],
  // A 640 px window at 200% zoom: 320 CSS pixels at two device pixels each.
  ['200% zoom', { width: 320, height: 600 }, 2],
] as const) {
  test(`options page never scrolls sideways at ${label}`, async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    if (scale !== 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setDeviceMetricsOverride', {
        ...viewport,
        deviceScaleFactor: scale,
        mobile: false,
      });
    }
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.getByTestId('patterns-chart-30-table')).toBeAttached();
    await expect(page.locator('#about h2')).toBeVisible();
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });
}
