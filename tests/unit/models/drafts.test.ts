/**
 * Drafts ("Save for later"): the list's limits, and the background as their one writer. A save
 * over a limit is refused with its reason and never pushes another draft out; drafts older than
 * 30 days go, with their reminders, even when nothing new is saved; a page's own scripts cannot
 * save drafts through the background (only our content script can, for its own page).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearDrafts, deleteDraft, pruneDrafts, saveDraft } from '../../../lib/background/drafts';
import { houseKeep } from '../../../lib/background/housekeeping';
import { handleMessage } from '../../../lib/background/messages';
import { scheduleReminder } from '../../../lib/background/reminders';
import {
  addDraft,
  DRAFT_DAYS,
  DRAFTS_KEY,
  type Draft,
  loadDrafts,
  MAX_DRAFT_CHARS,
  MAX_DRAFTS,
  MAX_DRAFTS_PER_SITE,
  newDraft,
  parseDrafts,
  watchDrafts,
  withoutDraft,
} from '../../../lib/models/drafts';
import { alarmName } from '../../../lib/models/reminders';
import { contentScript, ownPage, stranger } from '../background/senders';

const NOW = Date.parse('2026-03-10T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const A = 'https://a.example';

const d = (id: string, text = `text ${id}`, site = A, savedAt = NOW): Draft => ({ id, text, site, savedAt });

async function stored(): Promise<Draft[]> {
  return parseDrafts((await fakeBrowser.storage.local.get(DRAFTS_KEY))[DRAFTS_KEY]);
}

describe('drafts list (pure)', () => {
  it('puts the newest first', () => {
    const out = addDraft([d('1'), d('2')], d('3'));
    expect(out.ok && out.list.map((x) => x.id)).toEqual(['3', '1', '2']);
  });

  it('keeps the same text from the same site once, the newest', () => {
    const out = addDraft([d('1', 'same'), d('2', 'same', 'https://b.example')], d('3', 'same'));
    expect(out.ok && out.list.map((x) => x.id)).toEqual(['3', '2']);
  });

  it('refuses a draft over 20,000 characters, and an empty one', () => {
    expect(MAX_DRAFT_CHARS).toBe(20_000);
    expect(addDraft([], d('1', 'x'.repeat(MAX_DRAFT_CHARS + 1)))).toEqual({ ok: false, reason: 'too-long' });
    expect(addDraft([], d('1', 'x'.repeat(MAX_DRAFT_CHARS))).ok).toBe(true);
    expect(addDraft([], d('1', '  \n'))).toEqual({ ok: false, reason: 'empty' });
  });

  it("refuses a site's draft past its limit, and any past the total: never drops another", () => {
    const site = Array.from({ length: MAX_DRAFTS_PER_SITE }, (_, i) => d(`s${i}`));
    expect(addDraft(site, d('new'))).toEqual({ ok: false, reason: 'site-full' });
    // Another site still has room.
    expect(addDraft(site, d('b', 'hi', 'https://b.example')).ok).toBe(true);
    const all = Array.from({ length: MAX_DRAFTS }, (_, i) => d(`t${i}`, 'x', `https://s${i}.example`));
    expect(addDraft(all, d('new', 'y', 'https://new.example'))).toEqual({ ok: false, reason: 'full' });
  });

  it('drops drafts past 30 days first, so they make room', () => {
    const old = Array.from({ length: MAX_DRAFTS_PER_SITE }, (_, i) => d(`o${i}`, `o${i}`, A, NOW - 31 * DAY));
    const out = addDraft(old, d('new'));
    expect(out.ok && out.list.map((x) => x.id)).toEqual(['new']);
  });

  it('deletes by id; drops malformed stored entries; makes unique ids', () => {
    expect(withoutDraft([d('1'), d('2')], '1').map((x) => x.id)).toEqual(['2']);
    expect(parseDrafts(undefined)).toEqual([]);
    expect(parseDrafts('x')).toEqual([]);
    expect(parseDrafts([d('1'), { id: 2 }, null, { ...d('3'), savedAt: Number.NaN }])).toEqual([d('1')]);
    const a = newDraft('hi', A, 1000);
    expect(a).toMatchObject({ text: 'hi', site: A, savedAt: 1000 });
    expect(a.id).not.toBe(newDraft('hi', A, 1000).id);
  });
});

describe('drafts in the background (the one writer)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps drafts stored by earlier versions readable', async () => {
    const old = [{ id: 'mf3k2a-x7q9p2', text: 'You NEVER listen', site: A, savedAt: Date.now() }];
    await fakeBrowser.storage.local.set({ [DRAFTS_KEY]: old });
    expect(await loadDrafts()).toEqual(old);
  });

  it('keeps both drafts when two tabs save at once', async () => {
    const [a, b] = await Promise.all([saveDraft('one', A, NOW), saveDraft('two', 'https://b.example', NOW)]);
    expect(a.ok && b.ok).toBe(true);
    expect((await stored()).map((x) => x.text).sort()).toEqual(['one', 'two']);
  });

  it('60 saves from one page leave the drafts already there intact, and say why they stopped', async () => {
    const mine = await saveDraft('my own words', 'https://mine.example', Date.now());
    expect(mine.ok).toBe(true);
    const replies = [];
    for (let i = 0; i < 60; i++) {
      replies.push(await handleMessage({ type: 'draft:save', text: `spam ${i}` }, contentScript()));
    }
    expect(replies.filter((r) => (r as { ok: boolean }).ok)).toHaveLength(MAX_DRAFTS_PER_SITE);
    expect(replies.at(-1)).toEqual({ ok: false, reason: 'site-full' });
    const list = await stored();
    expect(list).toHaveLength(MAX_DRAFTS_PER_SITE + 1);
    expect(list.some((x) => x.text === 'my own words')).toBe(true);
  });

  it('takes the site from the sender, never from the message', async () => {
    await handleMessage({ type: 'draft:save', text: 'hi', site: 'https://other.example' }, contentScript());
    expect((await stored())[0]?.site).toBe('https://chat.example');
  });

  it('refuses a draft over the limit and stores nothing', async () => {
    const reply = await handleMessage(
      { type: 'draft:save', text: 'x'.repeat(MAX_DRAFT_CHARS + 1) },
      contentScript(),
    );
    expect(reply).toEqual({ ok: false, reason: 'too-long' });
    expect(await stored()).toEqual([]);
  });

  it('answers failed (and changes nothing) when storage refuses', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect(await saveDraft('hi', A, NOW)).toEqual({ ok: false, reason: 'failed' });
    expect(await stored()).toEqual([]);
    expect((await saveDraft('hi', A, NOW)).ok).toBe(true);
  });

  it('delete and delete-all come only from our pages, and take reminders with them', async () => {
    const one = await saveDraft('one', A, Date.now());
    const two = await saveDraft('two', A, Date.now());
    if (!one.ok || !two.ok) throw new Error('not saved');
    await scheduleReminder(one.id, '1h');
    await scheduleReminder(two.id, '1h');
    expect(handleMessage({ type: 'draft:delete', id: one.id }, contentScript())).toBeUndefined();
    expect(handleMessage({ type: 'drafts:clear' }, stranger())).toBeUndefined();
    expect(await handleMessage({ type: 'draft:delete', id: one.id }, ownPage('/popup.html'))).toBe(true);
    expect((await stored()).map((x) => x.id)).toEqual([two.id]);
    expect(await fakeBrowser.alarms.get(alarmName(one.id))).toBeFalsy();
    expect(await handleMessage({ type: 'drafts:clear' }, ownPage())).toBe(true);
    expect(await stored()).toEqual([]);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(await deleteDraft('nope')).toBe(true);
    expect(await clearDrafts()).toBe(true);
  });

  it(`removes drafts older than ${DRAFT_DAYS} days even when nothing new is saved, with their reminders`, async () => {
    const now = Date.now();
    await fakeBrowser.storage.local.set({
      [DRAFTS_KEY]: [d('fresh', 'fresh', A, now - 29 * DAY), d('old', 'old', A, now - 31 * DAY)],
    });
    await scheduleReminder('old', '1h');
    // Readers never show an expired draft, even before the background removed it.
    expect((await loadDrafts(now)).map((x) => x.id)).toEqual(['fresh']);
    await houseKeep(now);
    expect((await stored()).map((x) => x.id)).toEqual(['fresh']);
    expect(await fakeBrowser.alarms.get(alarmName('old'))).toBeFalsy();
    expect(await pruneDrafts(now)).toBe(true);
  });

  it('pages see changes live through watchDrafts', async () => {
    const seen: number[] = [];
    const stop = watchDrafts((list) => seen.push(list.length));
    await saveDraft('one', A, Date.now());
    await vi.waitFor(() => expect(seen).toEqual([1]));
    stop();
  });
});
