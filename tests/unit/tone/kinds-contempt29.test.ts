/**
 * Kinds of the h-contempt29 round: contempt said without the usual insult words, each with sentences
 * written for these tests: a hostile wording of each kind is flagged as contempt, and warm look-alikes
 * with the same words (friends laughing, self-mockery, a report of what someone said) pass clean.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/tone/index';
import { kind } from './kinds';

kind(
  'mock praise for the least: "should we throw you a parade?"',
  'contempt',
  [
    'You sent the report on time. Should we throw you a parade?',
    'wow u did the dishes, do i have to throw u a parade',
    'Oh, you showed up to the meeting. Shall I hold you a parade?',
  ],
  [
    'you finally passed your test!! should we throw you a parade? 😂',
    'haha should we throw you a parade lol, well done mate',
    "He said 'should we throw a parade for the team?' and everyone cheered",
    'We should throw you a parade for your birthday, you deserve it ❤',
  ],
);
kind(
  'a generation or tribe as the charge: "typical gen z", "classic boomer logic"',
  'contempt',
  [
    "typical gen z, can't sit through a meeting",
    'Classic boomer logic right there.',
    'typical redditor, thinks a wiki page makes him a doctor',
  ],
  [
    'typical millennial me, bought another plant 😂',
    'Typical gen z humour, I love it 😂',
    'my typical gen z kid, glued to the phone again',
    'She called me a typical millennial and I laughed',
  ],
);
kind(
  'leaving with the door slammed as the whole message: "unfollowed.", "unsubbed, won\'t be back"',
  'contempt',
  ['unfollowed.', 'just unsubbed lol', "Unsubscribed, won't be back.", 'unfollowing, cringe 🙄'],
  [
    'Unsubscribed, thanks for your help!',
    'Unsubscribed.',
    'I unfollowed him years ago',
    'we unfollowed the old page, the new one is better',
    'unfollowed lol jk love you',
  ],
);
kind(
  'the reader filed as one more of a scorned kind: "another brain-dead fan"',
  'contempt',
  [
    'another brain-dead fan',
    'Another brain-dead Celtics fan, shocker',
    'yet another entitled gamer who thinks devs owe him',
    'another smug expert',
  ],
  [
    'another brain surgeon fan',
    'another clueless beginner here, help!',
    'Just another clueless fan, sorry guys, still learning the rules',
    'Another delusional fan who thinks we win the league 😂',
  ],
);

describe('contempt29 rewordings', () => {
  it('replaces the parade with a plain word and keeps the rest', () => {
    const r = analyze('You sent the report on time. Should we throw you a parade?');
    const f = r.findings.find((x) => x.category === 'contempt');
    expect(f?.suggestions[0]?.replacement).toBe("I'm glad it's done.");
  });
});
