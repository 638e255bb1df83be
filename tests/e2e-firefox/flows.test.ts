/**
 * Firefox: the flows around the fields, with the built e2e extension in Debian's firefox-esr.
 * - The password field is never read (no badge, mirror or highlight), while a coached field on the
 *   same page is (so the check can fail).
 * - Pause before sending on the chat page: a heated Enter is held, "Save for later" keeps the
 *   draft (the popup lists it) and clears the field once confirmed; nothing is sent.
 * - The options page and the popup render (moz-extension:// pages), and a setting sticks.
 * - No request leaves 127.0.0.1, and no console error of ours on any page.
 */
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moodOf } from '../../lib/coach/paragraphs';
import { analyze } from '../../lib/tone';
import { OVERLAY } from '../shared/coach';
import {
  launch,
  ORIGIN,
  openExtensionPage,
  openPlayground,
  outside,
  type Session,
  startServer,
  stopServer,
  until,
} from './firefox';

const HEATED = "WHY DIDN'T YOU ANSWER ME???";

let session: Session;

beforeAll(async () => {
  await startServer();
  session = await launch();
});

afterAll(async () => {
  await session?.close();
  await stopServer();
});

/** A button inside the overlay's shadow root (nudge or card) by its visible name, scrolled into view. */
async function overlayButton(frame: Frame, name: string): Promise<ElementHandle<Element>> {
  const handle = await until(
    async () => {
      const h = await frame.evaluateHandle(
        ([host, label]) => {
          const root = document.querySelector(host)?.shadowRoot;
          const b = [...(root?.querySelectorAll('button') ?? [])].find(
            (x) => x.textContent?.trim() === label && x.getClientRects().length > 0,
          );
          b?.scrollIntoView({ block: 'nearest' });
          return b ?? null;
        },
        [OVERLAY, name] as const,
      );
      const el = h.asElement() as ElementHandle<Element> | null;
      if (!el) await h.dispose();
      return el;
    },
    { message: `button "${name}"` },
  );
  return handle;
}

/** Text of the overlay's alert dialog (the nudge), or null. */
/** The nudge takes presses only once it is ready (a press in its first moment counts as a double press). */
function nudgeReady(page: Page): Promise<boolean> {
  return page.evaluate((host) => {
    const d = document.querySelector(host)?.shadowRoot?.querySelector<HTMLElement>('[role=alertdialog]');
    return d?.dataset.ready === 'true';
  }, OVERLAY);
}

function nudgeText(page: Page): Promise<string | null> {
  return page.evaluate((host) => {
    const root = document.querySelector(host)?.shadowRoot;
    const d = root?.querySelector<HTMLElement>('[role=alertdialog]');
    return d && d.getClientRects().length > 0 ? (d.textContent ?? '') : null;
  }, OVERLAY);
}

describe('Firefox: password, pause before sending, extension pages', () => {
  it('password: never read, while the textarea on the same page is coached', async () => {
    const page = await session.newPage();
    await openPlayground(page);
    const hostile = 'You never listen to me, you idiot!!!';
    const pw = (await page.$('#password')) as ElementHandle<Element>;
    await pw.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await pw.click();
    await page.keyboard.type(hostile);
    // The same words in a coached field get a badge: the coach is running on this page.
    const ta = (await page.$('#plain-textarea')) as ElementHandle<Element>;
    await ta.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await ta.click();
    await page.keyboard.type(hostile);
    await until(
      () =>
        page.evaluate((host) => {
          const b = document
            .querySelector(host)
            ?.shadowRoot?.querySelector<HTMLElement>('.ss-badge:not([hidden])');
          return b?.dataset.state === 'heated' || b?.dataset.state === 'tense';
        }, OVERLAY),
      { message: 'textarea badge' },
    );
    // Back in the password field and typing: still nothing of ours about it.
    await pw.click();
    await page.keyboard.press('End');
    await page.keyboard.type('!');
    await until(() =>
      page.$eval('#password', (e, want) => (e as HTMLInputElement).value === want, `${hostile}!`),
    );
    const probe = await page.evaluate((host) => {
      const root = document.querySelector(host)?.shadowRoot;
      const pwRect = (document.querySelector('#password') as HTMLElement).getBoundingClientRect();
      const mirrors = [...(root?.querySelectorAll<HTMLElement>('.ss-mirror') ?? [])];
      return {
        mirrors: mirrors.length,
        overPassword: mirrors.filter((m) => {
          const r = m.getBoundingClientRect();
          return Math.abs(r.top - pwRect.top) < 1 && Math.abs(r.left - pwRect.left) < 1;
        }).length,
        mirrorText: mirrors.map((m) => m.textContent ?? '').join('|'),
        highlights: [...CSS.highlights.keys()].length,
      };
    }, OVERLAY);
    expect(probe.mirrors).toBe(1); // the textarea's
    expect(probe.overPassword).toBe(0);
    expect(probe.mirrorText).not.toContain(`${hostile}!`);
    expect(probe.highlights).toBe(0);
    await page.close();
  });

  it('pause before sending: held on Enter, Save for later keeps the draft, clears once confirmed, sends nothing', async () => {
    expect(moodOf(analyze(HEATED))).toBe('heated');
    const page = await session.newPage();
    await openPlayground(page, 'chat.html');
    await page.evaluate(() => (window as unknown as { playgroundReady: Promise<void> }).playgroundReady);
    const model = () =>
      page.evaluate(() => (window as unknown as { modelText: { chat(): string } }).modelText.chat());
    const sent = () => page.evaluate(() => (window as unknown as { sent(): string[] }).sent());
    await page.click('#chat-textarea');
    await until(() => page.evaluate((host) => document.querySelector(host) !== null, OVERLAY), {
      message: 'coach attached',
    });
    await page.keyboard.type(HEATED);
    await until(async () => (await model()) === HEATED);
    await page.keyboard.press('Enter');
    await until(() => nudgeText(page), { message: 'nudge shown' });
    expect(await sent()).toEqual([]);
    expect(await model()).toBe(HEATED);

    await until(() => nudgeReady(page), { message: 'nudge ready' });
    await (await overlayButton(page.mainFrame(), 'Save for later')).click();
    await until(async () => (await nudgeText(page))?.includes('Clear the field?'), {
      message: 'asks to clear',
    });
    expect(await model()).toBe(HEATED);
    await until(() => nudgeReady(page), { message: 'nudge ready again' });
    await (await overlayButton(page.mainFrame(), 'Yes, clear it')).click();
    await until(async () => (await model()) === '', { message: 'field cleared' });
    await until(async () => (await nudgeText(page)) === null, { message: 'nudge closed' });
    expect(await sent()).toEqual([]);

    // The popup lists the draft, with the site it came from.
    const popup = await session.newPage();
    await openExtensionPage(popup, 'popup.html');
    const drafts = await until(
      () =>
        popup.evaluate(() =>
          [...document.querySelectorAll('[data-testid=draft]')].map((d) => d.textContent ?? ''),
        ),
      { check: (d) => d.length > 0, message: 'drafts listed' },
    );
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toContain(HEATED);
    expect(drafts[0]).toContain(new URL(ORIGIN).host);
    await popup.close();
    await page.close();
  });

  it('options page and popup render; a sensitivity choice sticks over a reload', async () => {
    const options = await session.newPage();
    await openExtensionPage(options, 'options.html');
    const title = await until(() => options.$eval('h1', (h) => h.textContent ?? ''), {
      message: 'options h1',
    });
    expect(title.length).toBeGreaterThan(0);
    const sections = await options.$$eval('h2.section-title', (hs) => hs.length);
    expect(sections).toBeGreaterThan(3);
    const strict = await until(() => options.$('input[type=radio][value=strict]'), {
      message: 'Strict radio',
    });
    await strict.click();
    await until(() =>
      options.$eval('input[type=radio][value=strict]', (r) => (r as HTMLInputElement).checked),
    );
    await options.close();
    const again = await session.newPage();
    await openExtensionPage(again, 'options.html');
    await until(
      () =>
        again
          .$eval('input[type=radio][value=strict]', (r) => (r as HTMLInputElement).checked)
          .catch(() => false),
      { message: 'Strict still chosen after a reload' },
    );
    await again.close();

    const popup = await session.newPage();
    await openExtensionPage(popup, 'popup.html');
    const heading = await until(() => popup.$eval('h1', (h) => h.textContent ?? '').catch(() => ''), {
      message: 'popup h1',
    });
    expect(heading).toBe('Soft Start');
    await until(() => popup.$('[data-testid=field-status]'), { message: 'popup field status' });
    await popup.close();
  });

  it('no request left 127.0.0.1 and no console error of ours', () => {
    expect(session.requests.some((u) => u.includes('/chat.html'))).toBe(true);
    expect(outside(session.requests)).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
