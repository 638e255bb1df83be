/**
 * Round crossc33: recall that carries, for blame, withdrawal and heat. A probe set of our own (100
 * hostile, half of them public-comment style, and 65 warm near-twins) was written before any dev miss
 * was read; the kinds below widen existing constructions where the probe and the dev misses meet.
 * Each catches dev misses in three or more dev files and flags no warm dev row. The sentences below
 * are our own.
 *
 * 1. "you make me feel like <a role>" (blame.you-make-me): the "like" slot takes roles that shrink a
 *    person (an intern, furniture, the villain, a charity case, a guest "in my own home"), unless
 *    something warm is in it ("like a queen", "like a kid again"); "made me hate X I used to love"
 *    and "make me regret ever…" are a good thing spoiled whatever its words; "you people / you guys
 *    make me…" is the same subject.
 * 2. The send-off (withdrawal.silent): "enjoy / have fun" with the reader left alone ("… without
 *    us"), something nobody wishes anyone ("enjoy your ban", "… your echo chamber", "… the empty
 *    flat", "… talking to yourself"), or any one after a door shut ("Unsubscribed.", "my last post").
 * 3. The other person as the agent of a loss, in the phrasal verbs of games and groups
 *    (blame.cost-us): "you threw the whole match", "you drove everyone away", "you ran the regulars
 *    out of this server"; a bare "congrats" / "gg" beside it is no warmth.
 * 4. A shouted demand (heat.shouting): "WHERE IS MY REFUND" (the writer's thing, not "my people"),
 *    "WHO TOLD MUM", "WHY IS NOBODY PICKING UP".
 */
import { describe, expect, it } from 'vitest';
import { analyze, applySuggestion } from '../../../lib/tone/index';

const rules = (text: string) => analyze(text).findings.map((f) => f.rule);

/** The first offer of the first finding, applied, flags nothing. */
function rewordsClean(text: string) {
  const s = analyze(text).findings[0]?.suggestions[0];
  expect(s).toBeDefined();
  if (s) expect(analyze(applySuggestion(text, s)).flagged).toBe(false);
}

describe('"you make me feel like" a role, and a good thing spoiled', () => {
  it.each([
    'you make me feel like an intern in my own team',
    'you make me feel like a houseguest in my own home',
    'honestly you made me feel like the villain at my own party',
    'you made me feel like a babysitter the whole trip',
    "you've made me hate a show I used to love",
    'you guys make me regret ever joining this server',
  ])('%s', (text) => {
    expect(rules(text)).toContain('blame.you-make-me');
    rewordsClean(text);
  });
  it('keeps the role in its I-statement', () => {
    const text = 'you made me feel like a babysitter the whole trip';
    const s = analyze(text).findings[0]?.suggestions[0];
    expect(s && applySuggestion(text, s)).toBe('i felt like a babysitter the whole trip');
  });
  it.each([
    'you make me feel like a kid again',
    'you make me feel like a queen in my own home',
    'you make me feel like a welcome guest every time',
    'you make me regret nothing',
    'you guys make me so happy',
    'you guys made me laugh so hard',
  ])('warm: %s', (text) => {
    expect(analyze(text).flagged).toBe(false);
  });
});

describe('the send-off: enjoy it without me', () => {
  it.each([
    'Enjoy your fancy brunch without us then.',
    'have fun winning without me',
    'Enjoy your echo chamber.',
    "I'm flagging you to the admins, enjoy your ban",
    'This is my last comment here, enjoy your little forum',
    'Enjoy talking to yourself.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('withdrawal.silent');
    rewordsClean(text);
  });
  it.each([
    'Enjoy your trip!',
    'enjoy your night, see you tomorrow',
    "I'm leaving now, enjoy the party",
    "have fun without me, I'll catch up next time",
    "can't make it, have fun without me x",
    'enjoy the quiet while the kids are at camp',
    'enjoy your little break, you earned it',
    'have fun by yourself at the spa, you deserve it',
    'I blocked him finally. Enjoy your weekend',
    'we blocked the spammer, enjoy the rest of your day',
    'hope you enjoy the new flat',
  ])('warm: %s', (text) => {
    expect(analyze(text).flagged).toBe(false);
  });
});

describe('the agent of a loss, in the verbs of games and groups', () => {
  it.each([
    'you threw the entire match for the squad',
    "gg, you've thrown the whole raid",
    'you drove every regular away, congrats',
    'you ran half the members out of this server',
  ])('%s', (text) => {
    expect(rules(text)).toContain('blame.cost-us');
    rewordsClean(text);
  });
  it.each([
    'you threw a great party',
    'you threw the game for us lol',
    'you drove the kids out of town for a treat',
    'you drove us away from the storm, thank god',
    'did you throw the game?',
  ])('warm: %s', (text) => {
    expect(analyze(text).flagged).toBe(false);
  });
});

describe('a shouted demand', () => {
  it.each(['WHERE IS MY REFUND', 'WHERE ARE MY HEADPHONES', 'WHO TOLD MUM', 'WHY IS NOBODY PICKING UP'])(
    '%s',
    (text) => {
      expect(rules(text)).toContain('heat.shouting');
      rewordsClean(text);
    },
  );
  it.each([
    'WHERE ARE MY PEOPLE AT',
    'WHERE ARE MY GIRLS TONIGHT',
    'WHERE IS MY BIRTHDAY CAKE lol',
    'WHERE IS MY HUG',
    'WHO INVITED THE BEST PEOPLE EVER',
    'WHY IS THIS SO CUTE',
  ])('warm: %s', (text) => {
    expect(analyze(text).flagged).toBe(false);
  });
});
