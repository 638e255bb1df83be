/**
 * Round fa18: fewer false alarms on calm messages, by kind. Each kind is a construction in which a
 * flagged word is not aimed at the reader: a swear as a measure of amount, capitals that reassure or
 * say the writer misses someone, a label that someone else might say, answered in a condition.
 * Each with hostile near-misses that must still be flagged. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';
import { kind } from './kinds';

kind(
  'a swear as a measure of amount ("a shit ton of")',
  'heat',
  [
    'you left a shit ton of dishes for me again',
    'this is a shit ton of bullshit',
    'clean up this shitload of crap right now',
  ],
  [
    'we got a shit ton of snow overnight, the kids are thrilled',
    'I baked a fuck ton of cookies for the party tomorrow',
    'there is a shitload of leftover pasta in the fridge',
    'my garden gave me a crap ton of tomatoes this year',
  ],
);

kind(
  'capitals that reassure or say the writer misses someone',
  'heat',
  [
    'I MISS YOU BUT YOU NEVER CALL ME',
    'NO WORRIES, YOU RUINED IT AS USUAL',
    'NO NEED TO APOLOGIZE, JUST STOP DOING IT',
    'I MISS YOU, YOU IDIOT',
  ],
  [
    'I MISSED YOU SO MUCH, welcome home',
    'honestly it is NOTHING TO WORRY ABOUT, the scan came back fine',
    'NO WORRIES AT ALL, the parcel can wait until monday',
    "There's NO NEED TO APOLOGISE, these things happen",
    'saw the old photos today and MISSED THEM SO MUCH',
  ],
);

kind(
  'a label someone else might say, answered in a condition ("if anyone tells you you\'re crazy")',
  'contempt',
  [
    "Everyone thinks you're worthless.",
    "If I tell you you're an idiot, it's because you are.",
    "Honestly, people say you're selfish and they're right.",
    "If anyone asks, you're an idiot.",
    "you're pathetic",
  ],
  [
    "If anyone tells you you're crazy for loving your job, ignore them.",
    "When somebody says you're useless, remember everything you did for this team.",
    "if people think you're weird for crying at films, they're missing out",
    'Whenever someone calls you lazy, remember you work two jobs.',
  ],
);

kind(
  'a swear said alone, then a plain sentence about oneself or good news ("Crap. I left the oven on.")',
  'heat',
  [
    'Fuck. You broke it again.',
    'Shit. I hate this so much.',
    'What the fuck.',
    'Crap. Why did you tell her?',
  ],
  [
    'Crap. I left my phone on the bus, heading back now.',
    'Shit. I double-booked myself for thursday, sorting it out.',
    'Holy crap. That concert was incredible.',
  ],
);

kind(
  'a verdict on an activity or, after "I think", on a thing ("queueing for an hour is ridiculous")',
  'contempt',
  [
    'I think you are pathetic',
    'I guess your plan is stupid',
    'Arguing with you is pointless, you are an idiot.',
    'I think he is a moron',
  ],
  [
    'Queueing for an hour for a parcel is ridiculous.',
    'Posting angry memes at strangers is a stupid hobby if you ask me.',
    'Paying that much for parking is ridiculous lol',
    'Honestly, skipping the warm-up was stupid of me.',
    'I think the new bus timetable is ridiculous',
    'i reckon this board game is so dumb but we still played it all night',
  ],
);

kind(
  'one stressed word that promises ("I will ALWAYS…") or tells a question ("know WHY")',
  'heat',
  [
    'You will ALWAYS be a failure.',
    "you'll ALWAYS be late, won't you",
    'Tell me WHY you did that.',
    'I will NEVER forgive you.',
  ],
  [
    'I will ALWAYS be in your corner.',
    "you'll ALWAYS have a room at our place, you know that?",
    'Once you understand WHY you get anxious, it gets easier.',
    'we wanted to know HOW you two met',
  ],
);

kind(
  'a name someone else was called, told ("he called me a bitch")',
  'contempt',
  [
    'you called me a bitch',
    "don't call me an asshole",
    'Call me a bitch one more time.',
    'You called me a bitch, you asshole.',
  ],
  [
    'My cousin called me a bitch at dinner and I left in tears.',
    'I was called a dickhead at work today and it still stings',
    'she thinks I am calling her a slut when I only said the dress was short',
  ],
);

kind(
  'a swear about one\'s own lot, laughed off with a face ("so fucking tired 😂")',
  'heat',
  ['you left this fucking mess again 😂', 'I hate this fucking job so much 😅', 'shut the fuck up'],
  [
    'the bus broke down again, so fucking typical 😂',
    'my hair is doing its own shit today 🤣',
    'slept through two alarms, fucking hell 😅',
  ],
);

describe('messages these kinds leave clean at balanced are still reworded at strict', () => {
  // Pinned before as balanced rewordings (rewording-kinds-h23, rewording-kinds-reword7).
  it.each([
    ['i logged a fuck ton of hours this week', 'i logged a ton of hours this week'],
    ['she called me a fucking idiot.', 'she called me names.'],
    ['bob is the one who called me a dick head.', 'bob is the one who called me names.'],
    ['my ex called me a whore when I left', 'my ex called me names when I left'],
    ['she called him a dick head at lunch', 'she called him names at lunch'],
  ])('%s', (text, want) => {
    expect(analyze(text).flagged).toBe(false);
    const out = rewrite(text, { sensitivity: 'strict' }).text;
    expect(out).toBe(want);
    expect(analyze(out, { sensitivity: 'strict' }).flagged).toBe(false);
  });
});
