import { describe, expect, it } from 'vitest';
import { baseOfPast } from '../../../lib/tone/grammar';
import { categories, first, flagged, kindsFigures, kindsRows } from './kinds';

describe('absolutes by kind', () => {
  it.each([
    ['not even once you thanked my dad', "you didn't thank my dad"],
    ['Not one time u cleaned up after the party', "U didn't clean up after the party"],
    ['not once you call me back', "you don't call me back"],
    ['you have never once paid the internet bill', "I feel like you haven't paid the internet bill"],
    ['Over and over you cancel on my sister', 'This time, you cancel on my sister'],
    ['you forget the rent, time after time', 'you forget the rent'],
    [
      'you keep missing the bus and blaming me',
      "Lately I've noticed you're missing the bus and blaming me, and it bothers me",
    ],
  ])('%s → %s', (text, want) => {
    expect(categories(text)).toContain('absolutes');
    expect(first(text).toLowerCase()).toBe(want.toLowerCase());
  });

  it('charges of doing nothing and of only ever doing one thing', () => {
    expect(categories('honestly you contribute nothing to this team')).toContain('absolutes');
    expect(categories('only thing u ever do is moan about work')).toContain('absolutes');
    expect(first('you did nothing to help with the move')).not.toMatch(/nothing/);
  });

  it('"how many times" with a telling-again verb, and the rest of the sentence stays', () => {
    expect(first('how many times must I ask, put the seat down')).toBe(
      "I know I've mentioned this before, put the seat down",
    );
  });

  it('passes warmth, reassurance and practical words near the same kinds', () => {
    for (const t of [
      'you did nothing wrong, please stop worrying',
      'you keep making me laugh',
      'you keep getting better at this',
      'over and over again you made me proud',
      'say it over and over to yourself until it sticks',
      'not even once you complained, you are a saint',
      'how many times do I flip the pancake?',
      'time after time the old bridge holds up',
    ])
      expect(flagged(t), t).toBe(false);
  });

  it('knows the base of a past form', () => {
    expect(['said', 'hoped', 'tried', 'stopped', 'helped', 'left'].map(baseOfPast)).toEqual([
      'say',
      'hope',
      'try',
      'stop',
      'help',
      'leave',
    ]);
    expect(baseOfPast('need')).toBeNull();
  });
});

describe('heat by kind', () => {
  it('commands and tallying "why" in capitals are aimed at someone', () => {
    for (const t of ['GET AWAY FROM MY DESK', "DON'T EAT MY YOGURT", 'WHY DO THE LIGHTS STAY ON EVERY NIGHT'])
      expect(categories(t), t).toContain('heat');
    expect(first('GET AWAY FROM MY DESK')).toBe('Get away from my desk');
  });

  it('passes care, reminders and jokes in capitals', () => {
    for (const t of [
      "DON'T WORRY ABOUT IT",
      'DONT FORGET TO VOTE',
      'WHY NOT BOTH',
      'Why am I so hungry ALL THE TIME',
    ])
      expect(flagged(t), t).toBe(false);
  });

  it('a heated command with stacked marks, a lead-in before a heated question', () => {
    expect(first('reply to your mother!!!!')).toBe('reply to your mother!');
    expect(categories('omg are you for real right now?!')).toContain('heat');
    expect(flagged('text me when you land!!!')).toBe(false);
  });

  it('threats of violence as venting become the anger and a moment', () => {
    for (const t of ['i could honestly throttle you', 'I want to chuck this laptop at you'])
      expect(categories(t), t).toContain('heat');
    expect(flagged('Im gonna literally smack you so hard')).toBe(true);
    expect(first('I could honestly throttle you')).toBe("I'm so angry right now that I need a moment.");
  });

  it('an oath before "if you" becomes the request', () => {
    expect(first('I swear to god if you borrow my car again')).toBe(
      "Please don't borrow my car again, it really upsets me",
    );
    expect(first("i swear if u wake the baby i'll scream")).toBe(
      "please don't wake the baby, it really upsets me",
    );
  });

  it('passes warm oaths, game talk and hungry hyperbole', () => {
    for (const t of [
      'I swear to god this is the best cake ever',
      'i swear i will be on time tomorrow',
      'I could kill for a burger',
      'I could just hug you',
      "i'm not going to punch you",
    ])
      expect(flagged(t), t).toBe(false);
  });
});

describe('the kinds set (tests/fixtures/corpus/kinds-h12.tsv)', () => {
  const rows = kindsRows('kinds-h12.tsv');
  it('flags nine hostile messages in ten and no more than one warm one in twenty', () => {
    const { recall, falseAlarms } = kindsFigures(rows);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(falseAlarms).toBeLessThanOrEqual(0.05);
  });
});
