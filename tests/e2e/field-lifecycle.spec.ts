/**
 * A coached field's life (issues 10 and 12): it turns sensitive or opts out later, the page
 * empties it by script after sending, the page scrolls. Real Chromium, the built e2e extension,
 * the playground; the page's changes are made by the page's own scripts, as a site would.
 */
import type { Page } from '@playwright/test';
import { expect, serviceWorker, test } from './fixtures';
import { openPlaygroundPage, patchSyncedSettings } from './settings-helpers';

const FLAGGED = 'You never listen to me, you idiot!';
const poll = { timeout: 10_000, intervals: [20, 50, 100, 200] };

/** What our overlay holds: mirrors (with their text), marks, the visible badge. */
function overlay(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('soft-start-overlay')?.shadowRoot;
    const mirrors = [...(root?.querySelectorAll<HTMLElement>('.ss-mirror') ?? [])];
    return {
      mirrors: mirrors.length,
      text: mirrors.map((m) => m.textContent ?? '').join('|'),
      marks: root?.querySelectorAll('.ss-mark').length ?? 0,
      badge: root?.querySelectorAll('.ss-badge:not([hidden])').length ?? 0,
      visible: mirrors.map((m) => m.style.visibility !== 'hidden'),
      clip: mirrors.map((m) => m.style.clipPath),
      tops: mirrors.map((m) => m.getBoundingClientRect().top),
    };
  });
}

/** A text input the page adds itself (it will later turn it into a password field). */
async function addInput(
  page: Page,
  id: string,
  attrs: Record<string, string> = {},
  style = '',
): Promise<void> {
  await page.evaluate(
    ([id, attrs, style]) => {
      const input = document.createElement('input');
      input.type = 'text';
      input.id = id;
      input.className = 'field';
      input.setAttribute('aria-label', id);
      input.style.cssText = `display:block;width:420px;margin:12px;${style}`;
      for (const [k, v] of Object.entries(attrs)) input.setAttribute(k, v);
      document.querySelector('main')?.prepend(input);
    },
    [id, attrs, style] as const,
  );
}

test('a field typed in and left while the coach loads still gets its underlines', async ({ context }) => {
  const page = await openPlaygroundPage(context);
  // In one task, before the coach bundle (loaded on the first focus) can run: the person's text
  // is in the textarea and the focus has moved on to another field.
  const startedBefore = await page.evaluate((text) => {
    const before = performance.getEntriesByName('softstart:coach-start').length;
    const ta = document.querySelector('#plain-textarea') as HTMLTextAreaElement;
    ta.focus();
    ta.value = text;
    (document.querySelector('#lexical-editor') as HTMLElement).focus();
    return before;
  }, FLAGGED);
  expect(startedBefore).toBe(0);
  await expect
    .poll(() => overlay(page), poll)
    .toMatchObject({ mirrors: 1, text: expect.stringContaining(FLAGGED) });
  expect((await overlay(page)).marks).toBeGreaterThan(0);
  // The focused field is the active one: typing there is coached as usual.
  await page.keyboard.type('You always make me so angry.');
  await page.waitForFunction(() => CSS.highlights.size > 0);
});

type Worker = Awaited<ReturnType<typeof serviceWorker>>;

/**
 * What a busy browser can do to a load (the background's injection of the coach fails for a
 * moment): from now on every injection of coach.js fails — only the next one when `once` — until
 * `coachInjections(sw, 'work')`. Other injections go through. Counts the failed ones.
 */
async function failCoachInjections(sw: Worker, { once }: { once: boolean }): Promise<void> {
  await sw.evaluate((once) => {
    type Injection = { files?: string[] };
    const g = globalThis as unknown as {
      __failedLoads: number;
      __failLoads: boolean;
      chrome: { scripting: { executeScript(i: Injection): Promise<unknown> } };
    };
    const scripting = g.chrome.scripting;
    const original = scripting.executeScript;
    g.__failedLoads = 0;
    g.__failLoads = true;
    scripting.executeScript = function (this: unknown, i: Injection) {
      if (!g.__failLoads || !i.files?.includes('/coach.js')) return original.call(scripting, i);
      if (once) g.__failLoads = false;
      g.__failedLoads++;
      return Promise.reject(new Error('Frame is busy'));
    };
  }, once);
}

/** How many coach injections failed since `failCoachInjections`; with 'work', none fail from now on. */
function coachInjections(sw: Worker, what: 'failed' | 'work'): Promise<number> {
  return sw.evaluate((what) => {
    const g = globalThis as unknown as { __failedLoads: number; __failLoads: boolean };
    if (what === 'work') g.__failLoads = false;
    return g.__failedLoads;
  }, what);
}

test('a coach load that fails once while the person keeps typing in the field is tried again', async ({
  context,
}) => {
  // The next injection of the coach fails once, then injections work again. The person focused
  // the field once and keeps typing; no other focus event comes.
  const sw = await serviceWorker(context);
  await failCoachInjections(sw, { once: true });
  const page = await openPlaygroundPage(context);
  await page.locator('#plain-textarea').click();
  await page.keyboard.type(FLAGGED);
  await expect.poll(() => overlay(page).then((o) => o.marks), poll).toBeGreaterThan(0);
  expect(await coachInjections(sw, 'failed')).toBe(1);
  // The field is coached as usual from then on.
  await page.keyboard.type(' You always make me so angry.');
  await expect.poll(() => overlay(page).then((o) => o.text), poll).toContain('so angry');
});

test('after every timed retry of the coach load failed, the next keystroke in the field tries again', async ({
  context,
}) => {
  // The injection fails until told otherwise: the loader's first try and its three timed retries
  // (while the field keeps the focus) all fail. The person stays in the field.
  const sw = await serviceWorker(context);
  await failCoachInjections(sw, { once: false });
  const page = await openPlaygroundPage(context);
  await page.locator('#plain-textarea').click();
  await page.keyboard.type(FLAGGED);
  // The loader marks each failed try in the e2e build: wait for the last timed retry to fail.
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('softstart:load-failed-3').length), {
      timeout: 20_000,
    })
    .toBeGreaterThan(0);
  expect(await coachInjections(sw, 'work')).toBeGreaterThanOrEqual(4);
  expect((await overlay(page)).mirrors).toBe(0);
  // No focus event comes: the person just types on, and that is enough.
  await page.keyboard.type(' You always make me so angry.');
  await expect.poll(() => overlay(page).then((o) => o.text), poll).toContain('so angry');
  await expect.poll(() => overlay(page).then((o) => o.marks), poll).toBeGreaterThan(0);
});

test('a field turned into a password field is dropped and never read again', async ({ context }) => {
  const page = await openPlaygroundPage(context);
  await addInput(page, 'victim');
  await page.locator('#victim').click();
  await page.keyboard.type(FLAGGED);
  await expect.poll(() => overlay(page).then((o) => o.marks), poll).toBeGreaterThan(0);

  // The page makes it a password field; the person types a secret.
  await page.evaluate(() => {
    const el = document.querySelector('#victim') as HTMLInputElement;
    el.type = 'password';
    el.setAttribute('autocomplete', 'current-password');
  });
  await expect.poll(() => overlay(page), poll).toMatchObject({ mirrors: 0, marks: 0, badge: 0 });
  await page.keyboard.type(' hunter2 you idiot!!!');
  // A settings change (as one synced from another device) re-reads every coached field.
  await patchSyncedSettings(context, { sensitivity: 'strict' });
  await page.waitForTimeout(400); // the settings change has reached the page by now (no read follows)
  const o = await overlay(page);
  expect(o).toMatchObject({ mirrors: 0, marks: 0, badge: 0 });
  expect(o.text).not.toContain('hunter2');

  // Back to text: a new session, the old text is not kept anywhere (nothing drawn until typed).
  await page.evaluate(() => {
    const el = document.querySelector('#victim') as HTMLInputElement;
    el.type = 'text';
    el.removeAttribute('autocomplete');
    el.value = '';
  });
  await page.keyboard.type('Hello there, see you soon.');
  await page.waitForTimeout(300);
  expect((await overlay(page)).text).not.toContain('hunter2');
});

test('data-softstart="off" added later, on the field or on <html>, stops the coach at once', async ({
  context,
}) => {
  const page = await openPlaygroundPage(context);
  for (const where of ['field', 'html'] as const) {
    const field = page.locator('#plain-textarea');
    await field.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(FLAGGED);
    await expect.poll(() => overlay(page).then((o) => o.marks), poll).toBeGreaterThan(0);
    await page.evaluate((w) => {
      const el = w === 'field' ? document.querySelector('#plain-textarea') : document.documentElement;
      el?.setAttribute('data-softstart', 'off');
    }, where);
    await expect.poll(() => overlay(page), poll).toMatchObject({ mirrors: 0, marks: 0, badge: 0 });
    await page.keyboard.type(' You always do this!!!');
    await page.waitForTimeout(300);
    expect(await overlay(page)).toMatchObject({ mirrors: 0, marks: 0 });
    await page.evaluate(() => {
      document.querySelector('#plain-textarea')?.removeAttribute('data-softstart');
      document.documentElement.removeAttribute('data-softstart');
    });
  }
});

test('masked inputs and secret names are never coached', async ({ context }) => {
  const page = await openPlaygroundPage(context);
  await addInput(page, 'masked', {}, '-webkit-text-security:disc');
  await addInput(page, 'pin-field', { name: 'user_pin' });
  await addInput(page, 'cvc', {});
  await addInput(page, 'plain-added', {});
  for (const id of ['masked', 'pin-field', 'cvc']) {
    await page.locator(`#${id}`).click();
    await page.keyboard.type(FLAGGED);
  }
  await page.waitForTimeout(400);
  expect(await overlay(page)).toMatchObject({ mirrors: 0, marks: 0 });
  // The same words in an ordinary input the page added the same way are coached.
  await page.locator('#plain-added').click();
  await page.keyboard.type(FLAGGED);
  await expect.poll(() => overlay(page).then((o) => o.marks), poll).toBeGreaterThan(0);
});

test('emptied by the page without an input event: marks and badge go; the mirror exists only with marks', async ({
  context,
}) => {
  const page = await openPlaygroundPage(context, 'chat.html');
  expect(await overlay(page)).toMatchObject({ mirrors: 0 });
  await page.locator('#chat-textarea').click();
  await page.keyboard.type(FLAGGED);
  await expect.poll(() => overlay(page).then((o) => o.marks), poll).toBeGreaterThan(0);
  expect((await overlay(page)).mirrors).toBe(1);
  // The page "sends" and empties the composer by script, as chat apps do.
  await page.evaluate(() => {
    (document.querySelector('#chat-textarea') as HTMLTextAreaElement).value = '';
  });
  await expect.poll(() => overlay(page), poll).toMatchObject({ mirrors: 0, marks: 0 });
  // Set by script to other flagged text: marked again, no input event needed.
  await page.evaluate((t) => {
    (document.querySelector('#chat-textarea') as HTMLTextAreaElement).value = `${t} ${t}`;
  }, FLAGGED);
  await page.keyboard.press('End'); // a key (keyup) is one of the moments the coach looks
  await expect.poll(() => overlay(page).then((o) => o.marks), poll).toBeGreaterThan(1);
  // Replaced node: the page swaps the composer for a new one.
  await page.evaluate(() => {
    const old = document.querySelector('#chat-textarea') as HTMLTextAreaElement;
    const fresh = old.cloneNode() as HTMLTextAreaElement;
    old.replaceWith(fresh);
  });
  await expect.poll(() => overlay(page), poll).toMatchObject({ mirrors: 0, marks: 0, badge: 0 });
});

test('the Lexical composer emptied by its page after sending loses its underlines', async ({ context }) => {
  const page = await openPlaygroundPage(context, 'chat.html');
  // No pause for this one: the page sends on the first Enter.
  await patchSyncedSettings(context, { pauseBeforeSend: false });
  await page.locator('#chat-lexical').click();
  await page.keyboard.type(FLAGGED);
  const inField = () =>
    page.evaluate(() => {
      const el = document.querySelector('#chat-lexical') as HTMLElement;
      let n = 0;
      for (const h of CSS.highlights.values()) for (const r of h) if (el.contains(r.startContainer)) n++;
      return n;
    });
  await expect.poll(inField, poll).toBeGreaterThan(0);
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { sent(): string[] }).sent()), poll)
    .toEqual([FLAGGED]);
  await expect.poll(inField, poll).toBe(0);
  await expect.poll(() => page.evaluate(() => CSS.highlights.size), poll).toBe(0);
});

test('marks follow scrolling and hide when their field is scrolled out of sight, focused or not', async ({
  context,
}) => {
  const page = await openPlaygroundPage(context);
  await page.setViewportSize({ width: 1000, height: 700 });
  // A scroll container holding a textarea, added by the page.
  await page.evaluate(() => {
    const box = document.createElement('div');
    box.id = 'scroller';
    box.style.cssText = 'height:160px;overflow:auto;border:1px solid;margin:12px;position:relative';
    const ta = document.createElement('textarea');
    ta.id = 'inner';
    ta.className = 'field';
    ta.rows = 2;
    ta.setAttribute('aria-label', 'inner');
    ta.style.cssText = 'display:block;width:400px;margin-top:60px';
    const spacer = document.createElement('div');
    spacer.style.height = '600px';
    box.append(ta, spacer);
    document.querySelector('main')?.prepend(box);
    box.scrollIntoView({ block: 'center' });
  });
  await page.locator('#inner').click();
  await page.keyboard.type(FLAGGED);
  await expect.poll(() => overlay(page).then((o) => o.marks), poll).toBeGreaterThan(0);
  // Focus elsewhere: the inner field keeps its marks, unfocused.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const fieldTop = () =>
    page.evaluate(() => document.querySelector('#inner')?.getBoundingClientRect().top ?? 0);

  // The window scrolls: the mirror follows the field.
  await page.evaluate(() => window.scrollBy(0, 40));
  await expect
    .poll(async () => Math.abs(((await overlay(page)).tops[0] ?? 0) - (await fieldTop())), poll)
    .toBeLessThan(1);

  // The container scrolls the field half out of sight: the mirror is cut to what shows.
  await page.evaluate(() => {
    (document.querySelector('#scroller') as HTMLElement).scrollTop = 80;
  });
  await expect.poll(() => overlay(page).then((o) => o.clip[0] ?? ''), poll).toMatch(/^inset\(\d/);
  expect(Math.abs(((await overlay(page)).tops[0] ?? 0) - (await fieldTop()))).toBeLessThan(1);

  // Scrolled fully out of the container: hidden.
  await page.evaluate(() => {
    (document.querySelector('#scroller') as HTMLElement).scrollTop = 400;
  });
  await expect.poll(() => overlay(page).then((o) => o.visible[0]), poll).toBe(false);

  // And back.
  await page.evaluate(() => {
    (document.querySelector('#scroller') as HTMLElement).scrollTop = 0;
  });
  await expect.poll(() => overlay(page).then((o) => o.visible[0]), poll).toBe(true);
  await expect.poll(() => overlay(page).then((o) => o.clip[0] ?? ''), poll).toBe('');
});
