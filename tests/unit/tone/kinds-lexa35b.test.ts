/**
 * Contempt and talking down by construction, second pass (helper lexa35b, session 35:
 * lib/tone/rules/belittle.ts). Our own sentences, none taken from any corpus; each kind with warm
 * near-twins that must pass clean.
 */
import { describe, expect, it } from 'vitest';
import { first, kind, kindsSet } from './kinds';

kind(
  'their hurt asked about in mock pity',
  'talking-down',
  [
    'awww did somebody have their feelings bruised',
    'oh no, did somebody get their fee fees hurt',
    'is the widdle snowflake mad?',
    'does someone need to cry about it, is someone salty',
    'aw poor thing, did the big bad referee hurt your feelings',
  ],
  [
    'did somebody get their feelings hurt at practice? come here, I made cocoa',
    'is the baby cranky? I can hold him while you shower',
    'did the other kids hurt your feelings today? we can talk after tea',
    'is someone sad their holiday is over? me too, it was lovely',
  ],
);

kind(
  'an order dressed as praise for a pet or a child',
  'talking-down',
  [
    'be a good lass and stay out of it',
    'be a good little assistant and mind your own business',
    'now be a good boy and shut your mouth',
  ],
  [
    'be a good girl for your nana this weekend',
    'be a good boy and sit, Biscuit, treat time',
    'be a good friend and bring snacks, love you',
  ],
);

kind(
  'a failure praised in mock awe',
  'contempt',
  [
    'kudos on wrecking the only printer we had, a real mastermind',
    'great job, you crashed the server during the demo, truly a prodigy',
    'nice work ruining dinner again, absolute icon',
  ],
  [
    'kudos on the new printer, a real mastermind of procurement',
    'great job surviving the worst week of the year, truly a hero',
    'nice work, not a single crash all month, absolute legend',
  ],
);

kind(
  'the know-all announced',
  'contempt',
  [
    'behold, the genius has spoken',
    'ah, the professor has arrived to lecture us again',
    'the big brain has entered the chat',
  ],
  [
    'the expert plumber has arrived, the sink is saved!',
    'the professor has arrived, class starts in five minutes',
  ],
);

kind(
  'failings put down to a cold childhood',
  'contempt',
  ['did your dad never praise you enough', "mummy didn't love you enough as a child, huh"],
  [
    'my dad never praised me much, he was shy',
    'did your mum hug you enough at the airport? she seemed teary',
  ],
);

kind(
  'a loss put down to their skill',
  'contempt',
  ['massive skill issue', 'get gud, scrub'],
  ['honestly a skill issue on my part, I will practise', 'I lost again, skill issue lol'],
);

describe('the rewordings keep the ask or say it plainly', () => {
  it.each([
    ['be a good boy and drop it', 'Could you drop it, please?'],
    ['is the little baby upset now?', 'You seem upset. Do you want to talk about it?'],
  ])('%s', (text, want) => {
    expect(first(text).toLowerCase()).toBe(want.toLowerCase());
  });
});

kindsSet('kinds-lexa35b.tsv', { recall: 0.6, falseAlarms: 0.06, category: 0.45 });
