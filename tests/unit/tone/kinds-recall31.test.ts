/**
 * Round recall31: constructions widened from paraphrase families.
 * - a curt send-off without a swear: "take a hike", "f off", "get bent", "jog on", "please go away"
 *   (GO_AWAY_SLOT, lib/tone/lexicon.ts; lib/tone/rules/withdrawal.ts);
 * - the reader's competence questioned: "who hired you?", "how are you this bad at your job"
 *   (lib/tone/rules/jeers.ts);
 * - their upset called a show: "here come the waterworks" (lib/tone/rules/mockery.ts), "spare me
 *   the waterworks" (lib/tone/rules/dismissive.ts);
 * - "don't @ me ever again": the "@" stands for the verb (withdrawal.ts);
 * - help refused from now on: "don't ask me for help again", "never come to me for anything next
 *   time" (withdrawal.ts).
 * Our own sentences, in chat, family and work registers.
 */
import { describe, expect, it } from 'vitest';
import { kind, rewordsClean } from './kinds';

kind(
  'a curt send-off',
  'withdrawal',
  [
    // chat
    'f off',
    'eff off already',
    'jog on mate',
    'get bent',
    // family / friends
    'Take a hike, Daniel.',
    'Oh go jump in a lake.',
    'please go away',
    // work / public
    'Go take a hike.',
    'Shove off, we are closed to you.',
    'pls go away',
  ],
  [
    'Take a hike with us on Sunday!',
    "Let's take a hike this weekend.",
    'Want to take a hike after lunch?',
    'Go away and have a lovely holiday, you deserve it!',
    'omg please go away you are too cute 😭',
    "I'm off to take a hike before dinner.",
  ],
);

kind(
  "the reader's competence questioned",
  'contempt',
  [
    // chat
    'who tf hired u',
    'how r u this bad at a game you play every day',
    // work
    'Who hired you, honestly?',
    'Seriously, who promoted this guy?',
    'How can you be this incompetent at your own job?',
    // family
    'How are you so useless at loading a dishwasher?',
    'who on earth trained you',
  ],
  [
    'My manager joked "who hired you?" after I fixed the build in ten minutes.',
    'Who hired you for the wedding? Thank you, the photos are stunning.',
    'How am I this bad at crosswords today',
    'how are you this bad at mario kart 😂',
    'Who trained you? You are amazing at this.',
  ],
);

kind(
  'their upset called a show',
  'contempt',
  [
    // chat
    'here come the waterworks',
    'and here comes the sob story',
    // family
    'Oh great, here come the crocodile tears.',
    'Spare me the waterworks.',
    // work / public
    'Save us the dramatics, please.',
    'Here come the tiny violins.',
  ],
  [
    'Watching the finale tonight, here come the waterworks 😭',
    'Here come the waterworks, my baby graduates today.',
    'Spare me the details, just tell me the score!',
    'Cut the theatrics and tell me what happened at school.',
  ],
);

kind(
  "don't @ me ever again",
  'withdrawal',
  ["Don't @ me ever again.", 'dont ever @ me again', 'Never @ me again.'],
  ["pineapple on pizza is elite, don't @ me", "don't @ me lol", 'dont @ me again lol'],
);

kind(
  'help refused from now on',
  'withdrawal',
  [
    // chat
    'dont ask me for money again',
    'never ask me for anything ever again',
    // family
    "Don't come to me for help next time.",
    "Don't ask me for favours anymore.",
    // work
    'Please do not come to me for support in future.',
    "Don't bother asking me for advice next quarter.",
  ],
  [
    "Don't ask me for help with the tent, ask Dad.",
    "never ask me for directions again lol, I'm hopeless",
    "Don't ask me for anything again, sweetheart, I'll just do it ❤️",
    "You never have to ask me for help, I'm always here.",
  ],
);

describe('rewordings of recall31 kinds', () => {
  it.each([
    'Take a hike, pal.',
    'f off',
    'Who hired you, seriously?',
    'how are u this bad at your job',
    'Oh, here come the waterworks.',
    "Don't @ me ever again.",
    "Fine. Don't bother asking me for help next sprint.",
  ])('%s', (text) => {
    rewordsClean(text);
  });
  it('says the frustration for "this bad at"', () => {
    const r = rewordsClean('how are you this bad at your job');
    expect(r.toLowerCase()).toContain('frustrated');
  });
});
