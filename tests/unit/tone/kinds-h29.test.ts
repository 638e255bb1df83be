/**
 * Round h29: withdrawal and blame between people who know each other (withdrawal.ts, caused.ts,
 * constructions.ts). Ultimatums that set the speaker against a rival, endings declared ("consider
 * this the end of us"), punishing distance ("enjoy your night alone", "I'll be at my sister's. don't
 * call."), stonewalling in short words ("Conversation over.", "muting this chat"), giving up on the
 * other; blame for who I have become ("you turned me into this person", "I was fine before you came
 * along", "you pushed me away") and blame as a demand ("own it for once", "admit it was you"). Each
 * with warm, practical and teasing uses of the same words that must pass.
 */
import { describe, expect, it } from 'vitest';
import { first, kind, kindsSet, rewordsClean } from './kinds';

kind(
  'ultimatums and declared endings',
  'withdrawal',
  [
    "it's me or the job",
    "It's either her or me. Choose.",
    "it's your mother or me",
    'if you walk out now, don’t come back.',
    'consider this the end of us',
    'consider our relationship finished.',
    'keep it up and you can find a new flatmate',
  ],
  [
    "it's me or the dog on the sofa tonight 😂",
    "it's you or me, one of us has to do the dishes",
    "it's either pizza or tacos, your call",
    'is it me or the wifi that’s slow?',
    'go to the gym and don’t come back till you’ve done legs 😂',
    'consider it done!',
    'consider this the end of my diet lol',
    'this is your last warning: the cake is almost gone 🍰',
    'last chance to grab tickets, want me to get you one?',
  ],
);

kind(
  'punishing distance and silence',
  'withdrawal',
  [
    'don’t wait up.',
    "I'll be at my sister's. don't call.",
    'enjoy your night alone',
    'have fun without me then',
  ],
  [
    'don’t wait up, love you, back by 1',
    'Running late at work. Don’t wait up.',
    'don’t call, I’m in a meeting',
    'enjoy your weekend alone, you deserve the rest',
    'have fun by yourself at the spa, you deserve it',
    'I won’t be answering my phone during the wedding',
  ],
);

kind(
  'shutting the talk and giving up, in short words',
  'withdrawal',
  [
    'Conversation over.',
    'muting you for the rest of the day',
    'I’m muting this chat.',
    'dont even bother trying to explain',
    'just forget i even asked',
    'talk to yourself then',
    'I’m done trying with you.',
    'I’ve given up trying to get through to you',
  ],
  [
    'conversation over, you win 😂',
    'I’m muting this chat for exam week, text me if it’s urgent',
    'blocking you in on the driveway, sorry! moving the car in 5',
    'I’m blocking off friday for us',
    'don’t bother explaining, I trust you',
    'forget i asked, found it 😊',
    'forget I said anything about the surprise 🤫',
    'I have nothing to say about the film yet, still processing lol',
    'fine by me! do whatever you want for your birthday',
    'I’m done trying to fix the printer, calling IT',
  ],
);

kind(
  'the other person as the cause of who I have become',
  'blame',
  [
    'you turned me into this person',
    'you’ve turned me into someone I hate',
    'you changed me into someone i don’t recognise',
    'I was fine before you came along',
    'I was so confident before you came into my life.',
    'i used to be happy before we met',
    'you pushed me away and now you’re surprised?',
    'hope ur proud',
  ],
  [
    'you turned me into a morning person haha',
    'you turned me into someone who actually enjoys running',
    'you’ve made me into a better person',
    'I was fine before the coffee, now I’m buzzing',
    'I was happy before I checked my bank balance',
    'you pushed me out of my comfort zone and I loved it',
    'you drove me out to the airport at 5am, thank you',
    'hope you’re proud of yourself, you earned it 🎉',
  ],
);

kind(
  'blame as a demand',
  'blame',
  [
    'just own it for once',
    'admit it was you',
    'admit it was your fault',
    'take some responsibility for once',
  ],
  [
    'own it! you look amazing in that dress',
    'I’ll admit it was me who ate the last biscuit',
    'admit it was you who left the cookies, they were delicious',
    'take some time for yourself this week',
    'take some responsibility for the playlist tonight, you’re DJ',
  ],
);

describe('rewordings say what the person would send', () => {
  it.each([
    ["It's either her or me. Choose.", 'This really matters to me, and I need us to talk about it.'],
    ['if you leave now don’t come back', 'i’d feel really hurt if you leave now. can we talk about it?'],
    ['enjoy your night alone', "i'm hurt, and i need some space tonight. can we talk tomorrow?"],
    ['you turned me into this person', "i don't like who i've become lately, and i need us to talk about it"],
    ['admit it was you', 'i need you to acknowledge your part in this'],
  ])('%s', (text, want) => {
    expect(first(text)).toBe(want);
    rewordsClean(text);
  });
});

// 79/83 (95.2%), no warm row flagged. Left: "own it." alone (as often a cheer), and three rules cut to
// stay within the round's size share ("I won't be answering my phone so don't try", "you'll hear from
// me when I'm ready", "last chance. I mean it.").
kindsSet('kinds-h29.tsv', { recall: 0.95, falseAlarms: 0.02, category: 0.93 });
