/**
 * The in-page coach (issue 4) end to end: real Chromium, the built e2e extension, the playground.
 *
 * For every playground field: a hostile message gets underlines on exactly the words the engine
 * flags, drawn where those words are on screen; a warm message gets none; applying a rewording from
 * the card leaves the editor's own model text exactly as the engine's edit says, Ctrl+Z restores it,
 * and typing afterwards keeps model and screen in step. Then: the password field is left alone, a
 * keyboard-only flow, Dismiss, "Don't flag this phrase again" (persists over a reload and in
 * storage), the card's Undo, and no request leaving the browser.
 *
 * What the expected results are computed from: the tone engine itself (lib/tone is pure TS, run here
 * in the test process), so the test checks the coach against the engine, not against copied strings.
 *
 * Speed: one browser and one playground page per worker for the per-field matrix (each field test
 * only touches its own field); tests that change page-wide or stored state get their own page or
 * their own browser.
 */
import type { BrowserContext, Frame, Locator, Page } from '@playwright/test';
import { analyze, applySuggestion, type Finding } from '../../lib/tone';
import {
  COACH_FIELDS,
  type CoachField as Field,
  focusIsIn,
  type MarkProbe,
  OVERLAY,
  probeMarks,
  screenText,
  WARM,
} from '../shared/coach';
import { expect, launchWithExtension, modelCaretAtEnd, serviceWorker, test, welcomeOpened } from './fixtures';

test.describe.configure({ mode: 'parallel' });

/* ------------------------------------------------------------------ fields */

const FIELDS = COACH_FIELDS;

const BADGE = `${OVERLAY} .ss-badge:not([hidden])`;
const CARD = `${OVERLAY} .ss-card[role=dialog]`;

/* ------------------------------------------------------------------ network log */

/** Every URL requested in every browser this worker started (each test's browser is recorded). */
const requested: string[] = [];
const PORT = Number(process.env.PLAYGROUND_PORT ?? 4599);
const LOCAL = new RegExp(`^(http://127\\.0\\.0\\.1:${PORT}/|chrome-extension://|data:|blob:)`);

function recordRequests(context: BrowserContext): void {
  context.on('request', (r) => requested.push(r.url()));
}

// After every test, nothing so far has gone anywhere but the test server or the extension.
test.afterEach(() => {
  expect(
    requested.filter((u) => !LOCAL.test(u)),
    'requests that left the browser',
  ).toEqual([]);
});

/* ------------------------------------------------------------------ in-page probes */

function handle(page: Page, f: Field) {
  const frame = (): Frame => {
    if (!f.inFrame) return page.mainFrame();
    const fr = page.frame({ url: /frame\.html/ });
    if (!fr) throw new Error('no iframe');
    return fr;
  };
  const scope = f.inFrame ? page.frameLocator('#frame') : page;
  const args: [string, string | undefined] = [f.selector, f.host];
  return {
    field: scope.locator(f.selector),
    card: scope.locator(CARD),
    badge: scope.locator(BADGE),
    overlay: (css: string): Locator => scope.locator(`${OVERLAY} ${css}`),
    model: () => page.evaluate((n) => (window as unknown as PW).modelText[n]?.() ?? null, f.name),
    screen: () => frame().evaluate(screenText, args),
    marks: () =>
      frame().evaluate(probeMarks, [f.selector, f.host, f.kind] as [
        string,
        string | undefined,
        Field['kind'],
      ]),
    /** On a miss: what the field's frame shows of the coach's drawing, and whether it gets frames. */
    drawing: () => frame().evaluate(drawingState, args),
    /** The content script's loader steps in the field's frame (e2e build: performance marks). */
    loader: () =>
      frame().evaluate(() =>
        performance
          .getEntries()
          .filter((e) => e.name.startsWith('softstart:'))
          .map((e) => `${e.name.slice(10)}@${Math.round(e.startTime)}`)
          .join(' '),
      ),
    focused: () => frame().evaluate(focusIsIn, args),
    /** Mouse position in page coordinates for a point in the field's frame. */
    toPage: async (x: number, y: number) => {
      if (!f.inFrame) return { x, y };
      const box = await page.locator('#frame').boundingBox();
      if (!box) throw new Error('iframe not laid out');
      return { x: x + box.x, y: y + box.y };
    },
  };
}
type Handle = ReturnType<typeof handle>;

/**
 * Runs in the field's frame, for the message of a failed mark check (a CI run saw an iframe's
 * field with its text and the overlay but no marks for 10 s, once, under load): the field's rect,
 * each mirror's rect and mark count, the badge, whether the page is visible and focused, and
 * whether an animation frame comes within 500 ms (marks are placed in one).
 */
async function drawingState([selector, host]: [string, string | undefined]): Promise<string> {
  const root = host ? document.querySelector(host)?.shadowRoot : document;
  const el = root?.querySelector<HTMLElement>(selector);
  const box = (r: DOMRect | undefined) =>
    r ? [r.left, r.top, r.width, r.height].map(Math.round).join(',') : '-';
  const shadow = document.querySelector('soft-start-overlay')?.shadowRoot;
  const mirrors = [...(shadow?.querySelectorAll<HTMLElement>('.ss-mirror') ?? [])].map(
    (m) => `${box(m.getBoundingClientRect())}:${m.querySelectorAll('.ss-mark').length}`,
  );
  const badge = shadow?.querySelector<HTMLElement>('.ss-badge');
  const frameCame = await Promise.race([
    new Promise<boolean>((r) => requestAnimationFrame(() => r(true))),
    new Promise<boolean>((r) => setTimeout(() => r(false), 500)),
  ]);
  return JSON.stringify({
    field: box(el?.getBoundingClientRect()),
    mirrors,
    badge: badge
      ? `${badge.hidden ? 'hidden' : 'shown'} ${badge.dataset.state ?? ''} ${badge.dataset.count ?? ''}`
      : '-',
    visibility: document.visibilityState,
    focus: document.hasFocus(),
    activeIsField: document.activeElement === el || !!el?.contains(document.activeElement),
    frameCame,
  });
}

interface PW {
  modelText: Record<string, () => string | null>;
  playgroundReady: Promise<void>;
  lateReady: Promise<void>;
}

async function openPlayground(context: BrowserContext, late = false): Promise<Page> {
  const page = await context.newPage();
  // In front: a background tab gets no animation frames, and the coach re-places marks in them.
  await page.bringToFront();
  await page.goto('/index.html');
  await page.evaluate(() => (window as unknown as PW).playgroundReady);
  if (late) await page.evaluate(() => (window as unknown as PW).lateReady);
  return page;
}

/* ------------------------------------------------------------------ assertions */

/**
 * The field's badge shows; on a miss, what its frame shows of the coach and what the content
 * script's loader did there (a CI run saw an iframe field without a badge for 10 s, once, under
 * load).
 */
async function expectBadge(h: Handle): Promise<void> {
  try {
    await expect(h.badge).toBeVisible();
  } catch (e) {
    const drawing = await h.drawing().catch((x: Error) => x.message);
    const loader = await h.loader().catch((x: Error) => x.message);
    throw new Error(`${(e as Error).message}\ndrawing ${drawing}\nloader ${loader}`);
  }
}

const poll = { timeout: 10_000, intervals: [20, 50, 100, 200] };

/** Model text (and screen text) equal `expected`. */
async function expectText(h: Handle, expected: string): Promise<void> {
  await expect.poll(h.model, poll).toBe(expected);
  await expect.poll(h.screen, poll).toBe(expected);
}

/** The flagged words of `text` by the engine, in order. */
function flaggedWords(text: string): string[] {
  return analyze(text)
    .findings.map((f) => text.slice(f.start, f.end))
    .sort();
}

/**
 * The underlines of the field are exactly the engine's findings for `text`, and each one sits on
 * its words: hit testing just inside a mark's edges lands on the finding's first and last
 * characters (textarea/input), or the Highlight range's rects match the word's own rects
 * within 1 px (contenteditable).
 */
async function expectMarksFor(h: Handle, f: Field, text: string, focused = true): Promise<MarkProbe[]> {
  const want = flaggedWords(text);
  const findings = analyze(text).findings;
  let marks: MarkProbe[] = [];
  // Polled as a whole: marks are redrawn 90 ms after the last keystroke and re-placed on the
  // next frame after a scroll, so a check right after typing may see the previous drawing.
  await expect(async () => {
    marks = await h.marks();
    // On a miss, say what the field showed and whether the coach had reached its frame.
    const seen = async () =>
      `field text ${JSON.stringify(await h.screen().catch(() => '?'))}, overlay in its frame: ${await h
        .overlay('')
        .count()
        .catch(() => '?')}, drawing ${await h.drawing().catch((e: Error) => e.message)}`;
    if (
      marks
        .map((m) => m.text)
        .sort()
        .join('\n') !== want.join('\n')
    ) {
      expect(marks.map((m) => m.text).sort(), await seen()).toEqual(want);
    }
    for (const m of marks) {
      const finding = findings.find((x) => text.slice(x.start, x.end) === m.text) as Finding;
      if (f.kind === 'control' && m.outOfView) {
        // No finding id or category on the mirror's spans (issue 10): only class and style.
        expect(m.tag).toBe('class style');
      } else if (f.kind === 'control') {
        // Where a scrolled field cuts the mark off, the visible edge is still inside the words.
        const inside = (v: unknown) => typeof v === 'number' && v >= finding.start && v <= finding.end;
        if (m.clippedStart) expect(inside(m.caretStart), `"${m.text}" (cut off) ${m.caretStart}`).toBe(true);
        else expect(m.caretStart, `left edge of "${m.text}" is on its first letter`).toBe(finding.start);
        if (m.clippedEnd) expect(inside(m.caretEnd), `"${m.text}" (cut off) ${m.caretEnd}`).toBe(true);
        else expect(m.caretEnd, `right edge of "${m.text}" is on its last letter`).toBe(finding.end);
        expect(m.tag).toBe('class style');
      } else {
        expect(m.delta, `"${m.text}" drawn on the word's own rects`).not.toBeNull();
        expect(m.delta as number).toBeLessThanOrEqual(1);
        // One random name per page: no rule, category or severity in it (issue 10).
        expect(m.tag).toMatch(/^h[0-9a-z]{6,}$/);
        expect(m.tag).not.toMatch(/softstart|blame|absolute|contempt|talking|withdraw|heat/);
      }
    }
  }).toPass({ timeout: 10_000, intervals: [20, 50, 100, 200] });
  if (want.length > 0 && focused) {
    // The badge shows for the focused field only.
    await expect(h.badge).toHaveAttribute('data-state', /^(tense|heated)$/);
    await expect(h.badge).toHaveAttribute('data-count', String(want.length));
  }
  return marks;
}

/** Runs in the page: does the named editor's own model hold a selection of more than a caret? */
function modelSelectsRange(name: string): boolean {
  if (name !== 'slate') return true;
  type Point = { path: number[]; offset: number };
  const w = window as unknown as {
    editors?: { slate?: { selection: { anchor: Point; focus: Point } | null } };
  };
  const sel = w.editors?.slate?.selection;
  return !!sel && JSON.stringify(sel.anchor) !== JSON.stringify(sel.focus);
}

async function clearField(page: Page, f: Field): Promise<void> {
  // Select all, then wait until the editor's own model holds that selection. slate-react learns
  // of a DOM selection change from a throttled selectionchange listener; a Backspace pressed
  // before then acts on its old caret (it deleted one letter each, "ng", instead of everything).
  await expect(async () => {
    await page.keyboard.press('Control+a');
    await expect.poll(() => page.evaluate(modelSelectsRange, f.name), { timeout: 5000 }).toBe(true);
  }).toPass({ timeout: 10_000 });
  await page.keyboard.press('Backspace');
  if (f.kind === 'editable') await page.keyboard.press('Backspace');
}

/* ------------------------------------------------------------------ the per-field matrix */

test.describe('coach, per field', () => {
  let context: BrowserContext;
  let page: Page;
  let profile: string;

  test.beforeAll(async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    profile = mkdtempSync(path.join(tmpdir(), 'softstart-coach-'));
    context = await launchWithExtension(profile);
    recordRequests(context);
    // A new profile: the welcome tab opens on first install. Opened after the playground, it took the
    // front, and the playground (a background tab, no animation frames) showed no marks for a while.
    await welcomeOpened(context);
    page = await openPlayground(context, true);
  });

  test.afterAll(async () => {
    await context?.close();
    const { rmSync } = await import('node:fs');
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  for (const f of FIELDS) {
    test(`${f.name}: underlines on the flagged words, none on a warm message; rewording, Ctrl+Z, typing on`, async () => {
      const h = handle(page, f);
      await h.field.scrollIntoViewIfNeeded();
      await h.field.click();
      expect(await h.focused()).toBe(true);

      // 1. Hostile: underlines exactly on the words the engine flags.
      expect(flaggedWords(f.hostile).length, 'the sample is one the engine flags').toBeGreaterThan(0);
      await page.keyboard.type(f.hostile);
      await expectText(h, f.hostile);
      await expectMarksFor(h, f, f.hostile);

      // 2. Warm: no underline, calm badge.
      await clearField(page, f);
      await expectText(h, '');
      await page.keyboard.type(WARM);
      await expectText(h, WARM);
      expect(flaggedWords(WARM)).toEqual([]);
      await expect(h.badge).toHaveAttribute('data-state', 'calm');
      await expect(h.badge).toHaveAttribute('data-count', '0');
      expect(await h.marks()).toEqual([]);

      // 3. Hostile again, then apply the first rewording of the clicked finding from the card.
      await clearField(page, f);
      await page.keyboard.type(f.hostile);
      await expectText(h, f.hostile);
      const marks = await expectMarksFor(h, f, f.hostile);
      // A pause like a person's, so the editor keeps the typing and the rewording as separate undo steps.
      await page.waitForTimeout(600);
      const target = marks[0] as MarkProbe;
      const at = await h.toPage(target.x, target.y);
      await page.mouse.click(at.x, at.y);
      await expect(h.card).toBeVisible();
      await expect(h.card).toHaveAttribute('aria-label', /tone/i);
      const finding = analyze(f.hostile).findings.find(
        (x) => f.hostile.slice(x.start, x.end) === target.text,
      ) as Finding;
      await expect(h.card.locator('.ss-quote')).toHaveText(`“${target.text}”`);
      const suggestion = finding.suggestions[0];
      if (!suggestion) throw new Error('finding without suggestion');
      const buttons = h.card.locator('.ss-suggest');
      await expect(buttons).toHaveCount(Math.min(3, finding.suggestions.length));
      if (suggestion.replacement) {
        await expect(buttons.first().locator('ins')).toHaveText(suggestion.replacement);
      }
      const expected = applySuggestion(f.hostile, suggestion);
      await buttons.first().click();
      await expect(h.card.locator('.ss-status')).toHaveAttribute('data-kind', 'applied');
      await expectText(h, expected);
      await expect.poll(h.focused, poll).toBe(true);
      await expectMarksFor(h, f, expected);

      // 4. Ctrl+Z in the field restores the original.
      await page.keyboard.press('Control+z');
      await expectText(h, f.hostile);
      await expectMarksFor(h, f, f.hostile);

      // 5. Typing afterwards: model and screen in step, underlines follow.
      await page.keyboard.press(f.kind === 'control' ? 'End' : 'Control+End');
      await expect.poll(() => page.evaluate(modelCaretAtEnd, f.name), { timeout: 5000 }).toBe(true);
      await page.keyboard.type(' Ok?');
      const typed = `${f.hostile} Ok?`;
      await expectText(h, typed);
      await expectMarksFor(h, f, typed);
      await page.keyboard.press('Escape');
      await expect(h.card).toHaveCount(0);
    });
  }
});

/* ------------------------------------------------------------------ single flows */

const textarea = FIELDS[0] as Field;
const lexical = FIELDS.find((f) => f.name === 'lexical') as Field;
const input = FIELDS.find((f) => f.name === 'input') as Field;

/** Opens the card on the mark showing `word` by clicking it. */
async function clickMark(page: Page, h: Handle, word: string): Promise<void> {
  const m = (await h.marks()).find((x) => x.text === word);
  if (!m) throw new Error(`no mark on "${word}"`);
  const at = await h.toPage(m.x, m.y);
  await page.mouse.click(at.x, at.y);
  await expect(h.card.locator('.ss-quote')).toHaveText(`“${word}”`);
}

/** Whether focus is on the n-th suggestion button of the card (inside our shadow root). */
function focusedSuggestion(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.querySelector('soft-start-overlay')?.shadowRoot;
    const buttons = [...(root?.querySelectorAll('.ss-suggest') ?? [])];
    return root?.activeElement ? buttons.indexOf(root.activeElement) : -1;
  });
}

test('password: never touched or read (no badge, no marks, value as typed, coach reports no field)', async ({
  context,
}) => {
  recordRequests(context);
  const page = await openPlayground(context);
  // What the content script tells the popup about this tab (asked from the service worker).
  const sw = await serviceWorker(context);
  const status = () =>
    sw.evaluate(async (url) => {
      const { chrome } = globalThis as unknown as {
        chrome: {
          tabs: {
            query(q: object): Promise<{ id?: number; url?: string }[]>;
            sendMessage(id: number, m: object): Promise<{ state: string }>;
          };
        };
      };
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
      if (tab?.id === undefined) throw new Error(`no tab for ${url}`);
      return chrome.tabs.sendMessage(tab.id, { type: 'coach:get-status' });
    }, page.url());
  const hostile = 'You never listen to me, you idiot!!!';
  const pw = page.locator('#password');
  await pw.click();
  await page.keyboard.type(hostile);
  await page.waitForTimeout(400); // well past the 90 ms analysis pause
  await expect(pw).toHaveValue(hostile);
  expect(await page.evaluate(() => (window as unknown as PW).modelText.password?.())).toBe(hostile);
  await expect(page.locator(BADGE)).toHaveCount(0);
  await expect(page.locator(`${OVERLAY} .ss-mirror`)).toHaveCount(0);
  await expect(page.locator(`${OVERLAY} .ss-mark`)).toHaveCount(0);
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
  expect((await status()).state).toBe('none');
  // Alt+Shift+S in the password field opens nothing.
  await page.keyboard.press('Alt+Shift+S');
  await expect(page.locator(CARD)).toHaveCount(0);
  await expect(pw).toHaveValue(hostile);

  // The same message in the textarea is coached, so the checks above can fail.
  await page.locator('#plain-textarea').click();
  await page.keyboard.type(hostile);
  await expect(page.locator(BADGE)).toHaveAttribute('data-state', /tense|heated/);
  expect((await status()).state).toMatch(/tense|heated/);
  await expect(page.locator(`${OVERLAY} .ss-mirror`)).toHaveCount(1);
  // Back in the password field: still no mirror of its own, still untouched.
  await pw.click();
  await page.keyboard.press('End');
  await page.keyboard.type('!');
  await page.waitForTimeout(300);
  await expect(page.locator(`${OVERLAY} .ss-mirror`)).toHaveCount(1);
  await expect(pw).toHaveValue(`${hostile}!`);
});

test('keyboard only: focus, type, Alt+Shift+S, Tab, Enter, focus back in the field, Escape closes', async ({
  context,
}) => {
  recordRequests(context);
  const page = await openPlayground(context);
  for (const f of [textarea, lexical]) {
    const h = handle(page, f);
    const text = 'You always forget, you idiot.';
    await h.field.focus();
    await page.keyboard.type(text);
    await expectMarksFor(h, f, text);

    // The caret is after both findings: the shortcut opens the first, focus on its first rewording.
    await page.keyboard.press('Alt+Shift+S');
    await expect(h.card).toBeVisible();
    await expect.poll(() => focusedSuggestion(page), poll).toBe(0);
    const finding = analyze(text).findings[0] as Finding;
    await expect(h.card.locator('.ss-quote')).toHaveText(`“${text.slice(finding.start, finding.end)}”`);
    await page.keyboard.press('Tab');
    expect(await focusedSuggestion(page)).toBe(1);
    await page.keyboard.press('Enter');
    const applied = applySuggestion(text, finding.suggestions[1] as Finding['suggestions'][number]);
    await expectText(h, applied);
    await expect(h.card.locator('.ss-status')).toHaveAttribute('data-kind', 'applied');
    await expect.poll(h.focused, poll).toBe(true);
    // Typing goes on in the field.
    await page.keyboard.type('!');
    const typed = `${applied.slice(0, (finding.suggestions[1]?.start ?? 0) + (finding.suggestions[1]?.replacement.length ?? 0))}!${applied.slice((finding.suggestions[1]?.start ?? 0) + (finding.suggestions[1]?.replacement.length ?? 0))}`;
    await expectText(h, typed);
    // Typing on closes the result card by itself (issue 12): no Escape needed.
    await expect(h.card).toHaveCount(0);
    expect(await h.focused(), `${f.name}: focus stays in the field`).toBe(true);

    // Open again, Escape from inside the card: it closes and focus returns to the field.
    // (Lexical: see the fixme test below; about one run in three the focus does not reach the card.)
    if (f === lexical) continue;
    await expectMarksFor(h, f, typed);
    await page.keyboard.press('Alt+Shift+S');
    await expect(h.card).toBeVisible();
    await expect
      .poll(() => focusedSuggestion(page), { ...poll, message: `${f.name}: focus in the card` })
      .toBe(0);
    await page.keyboard.press('Escape');
    await expect(h.card).toHaveCount(0);
    await expect.poll(h.focused, poll).toBe(true);
    await expectText(h, typed);
  }
});

test('keyboard only, Lexical: Alt+Shift+S again after Escape puts focus on the first rewording', async ({
  context,
}) => {
  // Was flaky with two workers (card gone, or focus not on the first rewording). Cause: a finding's
  // id holds its offset, and the analysis of the '!' typed just before (90 ms debounce, late on a
  // busy machine) arrived after the card had opened; the card looked for its finding by id, did not
  // find it (its offset had moved) and closed itself, taking focus back to the field. The card now
  // follows its finding by rule and words (CardController.refresh / sameFinding). Also: a card
  // opened from a key press was focused before it was visible (hidden until placed), which fails.
  // React batching a close and a quick reopen is handled by remounting on each opening.
  recordRequests(context);
  const page = await openPlayground(context);
  const h = handle(page, lexical);
  const text = 'You always forget, you idiot.';
  await h.field.focus();
  await page.keyboard.type(text);
  await expectMarksFor(h, lexical, text);
  await page.keyboard.press('Alt+Shift+S');
  await expect(h.card).toBeVisible();
  await expect.poll(() => focusedSuggestion(page), poll).toBe(0);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(h.card.locator('.ss-status')).toHaveAttribute('data-kind', 'applied');
  await page.keyboard.type('!');
  // Typing on closes the result card (issue 12); Escape then goes to the editor.
  await expect(h.card).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Alt+Shift+S');
  await expect(h.card).toBeVisible();
  await expect.poll(() => focusedSuggestion(page), poll).toBe(0);
  await page.keyboard.press('Escape');
  await expect(h.card).toHaveCount(0);
  await expect.poll(h.focused, poll).toBe(true);
});

test('Dismiss removes that underline and it stays gone after more typing', async ({ context }) => {
  recordRequests(context);
  const page = await openPlayground(context);
  // (What is dismissed stays dismissed on the whole page, so each field gets its own phrase.)
  const cases: Array<[Field, string, string, string]> = [
    [textarea, 'You always forget, you idiot.', 'you idiot', 'You always'],
    [lexical, "Calm down, you're overreacting.", "you're overreacting", 'Calm down'],
  ];
  for (const [f, text, dismissed, kept] of cases) {
    const h = handle(page, f);
    await h.field.click();
    await page.keyboard.type(text);
    await expectMarksFor(h, f, text);
    await clickMark(page, h, dismissed);
    await h.card.getByRole('button', { name: 'Dismiss' }).click();
    await expect(h.card).toHaveCount(0);
    await expect.poll(async () => (await h.marks()).map((m) => m.text), poll).toEqual([kept]);
    await expect(h.badge).toHaveAttribute('data-count', '1');
    // Focus went back to the field, so typing goes on there.
    await expect.poll(h.focused, poll).toBe(true);
    await page.keyboard.press(f.kind === 'control' ? 'End' : 'Control+End');
    await expect.poll(() => page.evaluate(modelCaretAtEnd, f.name), { timeout: 5000 }).toBe(true);
    await page.keyboard.type(' Please answer me.');
    await expectText(h, `${text} Please answer me.`);
    await page.waitForTimeout(300);
    expect((await h.marks()).map((m) => m.text)).toEqual([kept]);
    await expect(h.badge).toHaveAttribute('data-count', '1');
  }
});

test("Don't flag this phrase again: gone now, after a reload, in other fields, and kept in storage", async ({
  context,
}) => {
  recordRequests(context);
  const text = "Whatever. I'm done.";
  let page = await openPlayground(context);
  let h = handle(page, textarea);
  await h.field.click();
  await page.keyboard.type(text);
  await expectMarksFor(h, textarea, text);
  await clickMark(page, h, "I'm done");
  await h.card.getByRole('button', { name: "Don't flag this phrase again" }).click();
  // An in-page confirmation with Undo (issue 12) instead of closing silently.
  await expect(h.card.locator('.ss-status')).toHaveAttribute('data-kind', 'done');
  await expect(h.card.locator('.ss-status')).toContainText("“I'm done” won't be flagged again");
  await expect(h.card.locator('.ss-undo')).toBeVisible();
  await expect.poll(async () => (await h.marks()).map((m) => m.text), poll).toEqual(['Whatever']);

  const sw = await serviceWorker(context);
  const stored = () =>
    sw.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> } } } }
      ).chrome.storage.local.get(null),
    );
  await expect.poll(async () => JSON.stringify(await stored()), poll).toContain(JSON.stringify("I'm done"));

  await page.reload();
  await page.evaluate(() => (window as unknown as PW).playgroundReady);
  for (const f of [textarea, lexical]) {
    h = handle(page, f);
    await h.field.click();
    await page.keyboard.type(text);
    await expectText(h, text);
    await expect.poll(async () => (await h.marks()).map((m) => m.text), poll).toEqual(['Whatever']);
    await page.waitForTimeout(300);
    expect((await h.marks()).map((m) => m.text)).toEqual(['Whatever']);
    await expect(h.badge).toHaveAttribute('data-count', '1');
  }
  // And in a new tab.
  page = await openPlayground(context);
  h = handle(page, textarea);
  await h.field.click();
  await page.keyboard.type(`${text} You never listen.`);
  await expect
    .poll(async () => (await h.marks()).map((m) => m.text).sort(), poll)
    .toEqual(['Whatever', 'You never']);
});

test('Undo in the card restores the text (textarea, Lexical, Slate)', async ({ context }) => {
  recordRequests(context);
  const page = await openPlayground(context);
  for (const f of [textarea, lexical, FIELDS.find((x) => x.name === 'slate') as Field]) {
    const h = handle(page, f);
    const text = 'You make me feel so stupid.';
    await h.field.click();
    await page.keyboard.type(text);
    await expectMarksFor(h, f, text);
    const finding = analyze(text).findings[0] as Finding;
    await clickMark(page, h, text.slice(finding.start, finding.end));
    await h.card.locator('.ss-suggest').first().click();
    await expectText(h, applySuggestion(text, finding.suggestions[0] as Finding['suggestions'][number]));
    await h.card.locator('.ss-undo').click();
    await expect(h.card.locator('.ss-status')).toHaveAttribute('data-kind', 'undone');
    await expectText(h, text);
    await expectMarksFor(h, f, text);
    await expect.poll(h.focused, poll).toBe(true);
    await page.keyboard.press('Escape');
    await expect(h.card).toHaveCount(0);
  }
});

test('input: underlines stay on their words when a scrolled field loses focus', async ({ context }) => {
  recordRequests(context);
  const page = await openPlayground(context);
  const h = handle(page, input);
  const text = "Sorry it took so long to answer, but calm down, you're overreacting.";
  await h.field.click();
  await page.keyboard.type(text);
  expect(await h.field.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0); // the input scrolled to the caret
  await expectMarksFor(h, input, text);
  // Focus elsewhere: the input scrolls back to its start, the marks must follow.
  await page.locator('#plain-textarea').click();
  await expect.poll(() => h.field.evaluate((el) => el.scrollLeft)).toBe(0);
  await expectMarksFor(h, input, text, false);
});

test('iframe: the card fits inside a small frame, so its buttons can be clicked', async ({ context }) => {
  recordRequests(context);
  const page = await openPlayground(context);
  const f = FIELDS.find((x) => x.name === 'iframe') as Field;
  const h = handle(page, f);
  await h.field.click();
  await page.keyboard.type('You never listen to me!!!');
  await expectMarksFor(h, f, 'You never listen to me!!!');
  await clickMark(page, h, 'You never');
  // Once placed (the card settles after it opens), it lies inside the frame.
  await expect(async () => {
    const frameBox = await page.locator('#frame').boundingBox();
    const cardBox = await h.card.boundingBox();
    if (!frameBox || !cardBox) throw new Error('not laid out');
    expect(cardBox.y).toBeGreaterThanOrEqual(frameBox.y);
    expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(frameBox.y + frameBox.height);
  }).toPass({ timeout: 10_000 });
  await h.card.locator('.ss-suggest').first().click();
  const s = analyze('You never listen to me!!!').findings[0]?.suggestions[0];
  if (!s) throw new Error('no suggestion');
  await expectText(h, applySuggestion('You never listen to me!!!', s));
});

test('the card does not cover the words it is about, low in the viewport too', async ({ context }) => {
  recordRequests(context);
  const page = await openPlayground(context, true);
  const f = FIELDS.find((x) => x.name === 'late') as Field;
  const h = handle(page, f);
  // Scroll so the field sits at the bottom of the viewport: the card has to go above the words.
  await h.field.evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await h.field.click();
  const text = 'You make me feel so stupid.';
  await page.keyboard.type(text);
  const [mark] = await expectMarksFor(h, f, text);
  await clickMark(page, h, mark?.text ?? '');
  const card = await h.card.boundingBox();
  const words = await page.evaluate(() => {
    const span = document.querySelector('soft-start-overlay')?.shadowRoot?.querySelector('.ss-mark');
    const r = span?.getBoundingClientRect();
    return r ? { top: r.top, bottom: r.bottom } : null;
  });
  if (!card || !words) throw new Error('not laid out');
  const viewport = page.viewportSize();
  expect(card.y + card.height <= words.top || card.y >= words.bottom, JSON.stringify({ card, words })).toBe(
    true,
  );
  expect(card.y).toBeGreaterThanOrEqual(0);
  expect(card.y + card.height).toBeLessThanOrEqual(viewport?.height ?? 720);
});

test('network: nothing leaves the browser while coaching every field and the chat page', async ({
  context,
  requests,
}) => {
  const page = await openPlayground(context, true);
  // One input event a field is enough here (the per-field tests type key by key).
  for (const f of FIELDS) {
    const h = handle(page, f);
    await h.field.click();
    await page.keyboard.insertText('You never listen to me!!!');
    await expectBadge(h);
  }
  const h = handle(page, textarea);
  await h.field.click();
  await clickMark(page, h, 'You never');
  await h.card.locator('.ss-suggest').first().click();
  await expect(h.card.locator('.ss-status')).toHaveAttribute('data-kind', 'applied');
  const chat = await context.newPage();
  await chat.bringToFront();
  await chat.goto('/chat.html');
  await chat.evaluate(() => (window as unknown as PW).playgroundReady);
  await page.waitForTimeout(300);
  expect(requests.some((u) => u.startsWith(`http://127.0.0.1:${PORT}/index.html`))).toBe(true);
  expect(requests.some((u) => u.startsWith(`http://127.0.0.1:${PORT}/chat.html`))).toBe(true);
  expect(requests.filter((u) => !LOCAL.test(u))).toEqual([]);
});

test("a single-line input's badge sits beside it, never over its text", async ({ context }) => {
  recordRequests(context);
  const page = await openPlayground(context);
  const h = handle(page, input);
  await h.field.click();
  await page.keyboard.type('You never listen to me and you always forget what I told you, every single time');
  await expect(h.badge).toBeVisible();
  const badge = await h.badge.boundingBox();
  const field = await h.field.boundingBox();
  if (!badge || !field) throw new Error('not laid out');
  const beside = badge.x >= field.x + field.width;
  const above = badge.y + badge.height <= field.y;
  expect(beside || above).toBe(true);
  // Clicking at the end of the text reaches the text, not the badge.
  await page.mouse.click(field.x + field.width - 8, field.y + field.height / 2);
  await expect.poll(h.focused, poll).toBe(true);
});

test('single-page navigation: a removed field takes its marks with it, the field that replaces it is coached', async ({
  context,
}) => {
  recordRequests(context);
  const page = await openPlayground(context);
  const h = handle(page, textarea);
  await h.field.click();
  await page.keyboard.type(textarea.hostile);
  await expect(page.locator(`${OVERLAY} .ss-mark`).first()).toBeVisible();

  // What a messenger does when another conversation opens: new URL, the composer replaced.
  await page.evaluate(() => {
    history.pushState({}, '', '/thread/2');
    const fresh = document.createElement('textarea');
    fresh.id = 'spa-composer';
    fresh.setAttribute('aria-label', 'Message');
    document.querySelector('#plain-textarea')?.replaceWith(fresh);
  });
  await expect(page.locator(`${OVERLAY} .ss-mirror`)).toHaveCount(0);
  await expect(page.locator(BADGE)).toHaveCount(0);

  await page.click('#spa-composer');
  await page.keyboard.type('You never listen to me');
  await expect(page.locator(`${OVERLAY} .ss-mark`)).toHaveText(['You never']);
  await expect(page.locator(BADGE)).toHaveAttribute('data-state', /tense|heated/);
});
