/**
 * The in-page coach in real Firefox (Debian's firefox-esr) with the built e2e extension, on the
 * playground: the same field matrix as the Chromium suite (tests/e2e/coach.spec.ts), with the
 * expected texts computed by the tone engine.
 *
 * For every field: underlines exactly on the words the engine flags, none on a warm message; the
 * card opened from a mark applies the first rewording with the editor's own model right; Ctrl+Z
 * restores the original; typing goes on in step. (The password field: flows.test.ts.)
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, applySuggestion, type Finding } from '../../lib/tone';
import { COACH_FIELDS, type MarkProbe, WARM } from '../shared/coach';
import { launch, openPlayground, outside, type Session, startServer, stopServer, until } from './firefox';
import { clearField, expectMarksFor, expectText, flaggedWords, handle, press } from './page';

let session: Session;
let page: Page;

beforeAll(async () => {
  await startServer();
  session = await launch();
  page = await session.newPage();
  await openPlayground(page, 'index.html', true);
});

afterAll(async () => {
  await session?.close();
  await stopServer();
});

/** What each field's apply did, printed at the end (the report's per-editor figures). */
const results: string[] = [];

describe('coach in Firefox, per field', () => {
  for (const f of COACH_FIELDS) {
    it(`${f.name}: marks on the flagged words, warm text clean, rewording with the model right, Ctrl+Z`, async () => {
      const h = handle(page, f);
      const el = await h.field();
      await el.evaluate((e) => e.scrollIntoView({ block: 'center' }));
      await el.click();
      await until(h.focused, { message: `${f.name} focused` });

      // 1. Hostile: underlines exactly on the words the engine flags.
      expect(flaggedWords(f.hostile).length).toBeGreaterThan(0);
      await page.keyboard.type(f.hostile);
      await expectText(h, f.hostile);
      await expectMarksFor(h, f.hostile);

      // 2. Warm: no underline, calm badge.
      await clearField(page, h);
      await expectText(h, '');
      await page.keyboard.type(WARM);
      await expectText(h, WARM);
      expect(flaggedWords(WARM)).toEqual([]);
      await until(
        async () => {
          const b = await h.badge();
          return b?.state === 'calm' && b.count === '0';
        },
        { message: `${f.name}: calm badge` },
      );
      expect(await h.marks()).toEqual([]);

      // 3. Hostile again, then the first rewording of the clicked finding.
      await clearField(page, h);
      await page.keyboard.type(f.hostile);
      await expectText(h, f.hostile);
      const marks = await expectMarksFor(h, f.hostile);
      // A pause like a person's, so the editor keeps the typing and the rewording as separate undo steps.
      await new Promise((r) => setTimeout(r, 600));
      const target = marks[0] as MarkProbe;
      const at = await h.toPage(target.x, target.y);
      await page.mouse.click(at.x, at.y);
      const card = await until(h.card, { message: `${f.name}: card open` });
      expect(card.label).toMatch(/tone/i);
      expect(card.quote).toBe(`“${target.text}”`);
      const finding = analyze(f.hostile).findings.find(
        (x) => f.hostile.slice(x.start, x.end) === target.text,
      ) as Finding;
      const suggestion = finding.suggestions[0];
      if (!suggestion) throw new Error('finding without suggestion');
      expect(card.suggestions.length).toBe(Math.min(3, finding.suggestions.length));
      if (suggestion.replacement) expect(card.suggestions[0]).toBe(suggestion.replacement);
      const expected = applySuggestion(f.hostile, suggestion);
      await h.clickCard('.ss-suggest', 0);
      const status = await until(async () => (await h.card())?.status, { message: `${f.name}: card status` });
      results.push(`${f.name}: ${status}, model ${JSON.stringify(await h.model())}`);
      expect(status).toBe('applied');
      await expectText(h, expected);
      await until(h.focused, { message: `${f.name}: focus back in the field` });
      await expectMarksFor(h, expected);

      // 4. Ctrl+Z in the field restores the original.
      await press(page, 'Control+z');
      await expectText(h, f.hostile);
      await expectMarksFor(h, f.hostile);

      // 5. Typing afterwards: model and screen in step, underlines follow.
      await press(page, f.kind === 'control' ? 'End' : 'Control+End');
      await page.keyboard.type(' Ok?');
      const typed = `${f.hostile} Ok?`;
      await expectText(h, typed);
      await expectMarksFor(h, typed);
      await page.keyboard.press('Escape');
      await until(async () => (await h.card()) === null, { message: `${f.name}: card closed` });
    });
  }

  it('no request left 127.0.0.1', () => {
    console.log(`apply per field (Firefox):\n  ${results.join('\n  ')}`);
    expect(session.requests.some((u) => u.includes('/index.html'))).toBe(true);
    expect(outside(session.requests)).toEqual([]);
  });
});
