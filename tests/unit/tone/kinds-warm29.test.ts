/**
 * Session 29, warm near-misses by cause: a third party's habit stressed while the reader is asked in
 * another clause; the writer's own "idiot grin"; a day's name ("April fools"); an afterthought "oh, and another thing" that asks nothing sour; "nice one,
 * champ" beside a feat; praise by ruin of the shop-bought kind. Each with hostile twins that stay.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/tone/index';

describe('warm by cause passes', () => {
  it.each([
    'The baby NEVER sleeps past five lol, any tips from you seasoned parents?',
    'My boss ALWAYS schedules meetings at lunch, can you believe it',
    'Grandma NEVER forgets a birthday, you should see her calendar',
    'The bus NEVER comes on time here, do you want a lift?',
    'had a big idiot grin on my face the whole last mile',
    'I had the dumbest grin on my face all day after that call',
    'caught myself with a stupid smile on the bus reading my messages',
    'you got me good for April fools, I actually believed it',
    'happy April Fools Day you goof, the fake spider got me',
    'Oh and another thing, bring a water bottle Saturday, the fountain is broken',
    'also, and another thing, grab some napkins on the way',
    'Nice one, champ! first 5k done 🏅',
    'nice one champ, new personal best at the pool today',
    'Great job genius 🏆 you won the quiz for us',
    'Babe you ruined store bought hummus for me forever with that recipe 😭❤️',
    'you ruined shop bought bread for me, this loaf is unreal',
  ])('%s', (text) => {
    expect(analyze(text).findings).toEqual([]);
  });
});

describe('hostile twins stay flagged', () => {
  it.each([
    'You ALWAYS do this, and you NEVER listen',
    "It's ALWAYS the same with you, why do I bother",
    "I ALWAYS have to remind you, why can't you remember",
    "loser, you can't even win a card game",
    'you loser, nobody wants you here',
    'wipe that stupid grin off your face',
    "what's with his idiot smirk, he thinks he's clever",
    'you fool, I trusted you',
    'and another thing, stop leaving your socks on the floor',
    'oh and another thing, your attitude stinks',
    'Nice one, genius, you broke the printer again',
    'nice one champ, you locked us out',
    'You ruined my birthday',
    'you ruined dinner for everyone',
  ])('%s', (text) => {
    expect(analyze(text).flagged).toBe(true);
  });
});

describe('joy, awe, a feat, a third party, an app: warm by cause passes', () => {
  it.each([
    'you ALWAYS carry us in ranked, gg 🙏',
    'Unbelievable sunset tonight!!!',
    'damn that painting is GORGEOUS, the light!!',
    'ugh I miss you all, come visit soon!!',
    'Did you watch the race?!? Insane finish!!',
    'you wrecked that exam, well done!!',
    'you smashed that audition, congrats!',
    'you absolutely crushed that level, gg',
    'that clutch was insane, you absolute monster',
    'you absolute beast, how did you even hit that shot 🔥',
    "you're a menace at chess, rematch tomorrow",
    'ugh my boss was such a clown in the meeting today, anyway how was your appointment?',
    'my coworker is such an idiot lol, anyway how was your weekend?',
    'the landlord is being so ridiculous about the deposit, can you help me write to him?',
    "you're always so patient answering questions in the discord, it's noticed",
    "I'm done!! thesis complete, time to sleep",
  ])('%s', (text) => {
    expect(analyze(text).findings).toEqual([]);
  });
  it.each([
    'Are you insane?!?',
    'are you crazy!! what were you thinking',
    'This is unbelievable!!! you forgot again',
    'where were you?!? I waited an hour',
    'Jesus christ, answer the question instead of sending me a video!!!',
    'you wrecked my car, well done',
    'you ruined the party, congrats',
    "you're pathetic, gg",
    'you clown, you lost us the game, well done',
    "my boss is an idiot and you're no better",
    "you're an idiot, anyway how was your day",
    'the landlord is a complete idiot, can you believe him',
    "wtf how is it already this late, you said you'd be here at 6",
    "I'm done!! you never help",
    "and another thing, I'm still waiting on that favour from when I built your entire deck",
  ])('still flagged: %s', (text) => {
    expect(analyze(text).flagged).toBe(true);
  });
});

describe('a bother spared, calm refused for joy: passes', () => {
  it.each([
    "don't bother answering tonight, tomorrow is fine",
    "Don't bother calling the plumber, I already did.",
    'dont bother coming to get me, ill take the bus',
    "don't bother cooking, I'll grab takeaway on the way",
    'Calm down? Never, this trailer is too good',
    'calm down? no way im too excited for tomorrow haha',
  ])('%s', (text) => {
    expect(analyze(text).findings).toEqual([]);
  });
  it.each([
    "don't bother apologizing, I'm done",
    "don't bother calling, I'll take the hint",
    'calm down? no way, you lied to me again',
    "Calm down? Never, I'm furious",
  ])('still flagged: %s', (text) => {
    expect(analyze(text).flagged).toBe(true);
  });
});
