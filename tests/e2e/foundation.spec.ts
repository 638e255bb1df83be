import { expect, test } from './fixtures';

/** The overlay's badge for the focused field (inside our open shadow root). */
const badge = 'soft-start-overlay .ss-badge:not([hidden])';

test('the content script coaches a textarea and a contenteditable on the playground', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/');
  await page.evaluate(() => (window as unknown as { playgroundReady: Promise<void> }).playgroundReady);

  await page.click('#plain-textarea');
  await page.keyboard.type('You never listen to me!!!');
  await expect(page.locator(badge)).toHaveAttribute('data-state', /tense|heated/);
  expect(Number(await page.locator(badge).getAttribute('data-count'))).toBeGreaterThan(0);

  await page.click('#plain-contenteditable');
  await page.keyboard.type('Thanks for listening to me last night');
  await expect(page.locator(badge)).toHaveAttribute('data-state', 'calm');
  await page.keyboard.type('. You make me feel stupid');
  await expect(page.locator(badge)).toHaveAttribute('data-state', /tense|heated/);
});

test('the popup and options pages render with React', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('heading', { level: 1 })).toBeVisible();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { level: 1 })).toBeVisible();
  // React rendered into the root, not just static HTML.
  expect(await options.locator('#root').evaluate((el) => el.childElementCount)).toBeGreaterThan(0);
});
