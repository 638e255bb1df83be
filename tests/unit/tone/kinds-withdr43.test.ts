/**
 * Withdrawal by construction (session 43, helper withdr43): silence announced ahead ("I won't pick
 * up"), the talk shut from both sides ("there's nothing to talk about"), a curt word then a promise
 * of silence ("noted. won't bring it up again"), giving up on them ("why do I bother asking you…",
 * "I'm past caring"), help withheld ("I'm not helping anymore", "leave me out of it"), the tie
 * written off ("good to know where I stand"), "have it your way then", and "I'll be at my mum's. don't
 * call" without its full stop. Our own sentences, none taken from any corpus file; the probe set is
 * `tests/fixtures/corpus/kinds-withdr43.tsv`.
 */
import { describe, expect, it } from 'vitest';
import { first, flagged, kind, kindsSet, rewordsClean } from './kinds';

kind(
  'silence announced ahead: "I won\'t pick up", "i wont read it"',
  'withdrawal',
  [
    "Ring all you like tonight, I won't answer.",
    'text me all you want, i wont reply',
    "Don't bother with the long email. I won't read it.",
    "I won't be responding further.",
  ],
  [
    "I won't answer till after 6, I'm in clinic all day",
    "I won't pick up while I'm driving, I'll call from the services",
    "I won't reply to every comment but I read them all!",
    "I won't read it yet, no spoilers please",
  ],
);

kind(
  'the talk shut from both sides: "there\'s nothing to talk about", "we have nothing to discuss"',
  'withdrawal',
  [
    "There's nothing to discuss, Dad.",
    'we have nothing to talk about anymore',
    "I'm keeping the dog. There's nothing to talk about.",
  ],
  [
    "don't worry, there's nothing to discuss, the landlord sorted it",
    "There's nothing to talk about at Monday's meeting so I've cancelled it",
    "there's nothing to talk about yet, I'll tell you when the scan results come",
    "honestly there's nothing to discuss, we're all good 😊",
  ],
);

kind(
  'a curt word, then a promise of silence: "noted. won\'t bring it up again"',
  'withdrawal',
  ["Understood. I won't bring it up again.", "k. won't ask you again", "ok. I won't mention it again"],
  [
    "got it, won't ask again, sorry!",
    "noted, won't happen again",
    "ok I won't mention it again, promise, it's your surprise",
    "got it, I won't forget the milk again",
  ],
);

kind(
  'giving up on them: "why do I bother asking you", "I\'m past caring"',
  'withdrawal',
  [
    'why do I even bother inviting you',
    'why do I bother telling you anything',
    "Honestly I'm past caring.",
    'past caring at this point, book whatever flights you want',
  ],
  [
    'why do I bother ironing, it creases in five minutes',
    'why do I bother watching you play 😂',
    "I'm past caring about my hair, it's a hat day",
    'past caring what the neighbours think of the gnomes',
  ],
);

kind(
  'help withheld: "I\'m not helping anymore", "leave me out of it"',
  'withdrawal',
  [
    "I'm not helping you anymore.",
    'im not lifting a finger again',
    'Leave me out of it.',
    'You can sort the wedding seating yourselves, leave me out of it.',
  ],
  [
    "I'm not helping anymore, they hired movers so I'm free Saturday",
    "I'm not helping again lol, last time I broke the vase",
    'leave me out of it lol, I know nothing about cars',
    'leave me out of the group photo, I look rough',
    "figure it out yourself? no way, I'll come over and help",
  ],
);

kind(
  'the tie written off, or their way left to them: "good to know where I stand", "have it your way then"',
  'withdrawal',
  [
    'wow. good to know where I stand.',
    'Guess I know where I stand.',
    'fine. have it your way then.',
    'have it your way then',
  ],
  [
    'good to know where we stand, thanks for the update!',
    'let me know where we stand on the budget',
    'do it your way, you know the recipe better than me',
    'have it your way then 😂',
    'have it your way then, see you at 6!',
  ],
);

kind(
  "gone for the night, where I'll be said first: \"staying at Jo's. don't call\"",
  'withdrawal',
  ["I'm staying at Priya's. Don't call", "I'll be at my brother's. don't wait up"],
  ["I'm at work late. don't wait up", "staying at Jo's tonight, don't wait up, love you", "don't wait up"],
);

describe('rewordings name the need and keep the door open', () => {
  it.each([
    ["Ring all you like tonight, I won't answer.", /I need some time before I reply\./],
    ["There's nothing to discuss, Dad.", /^I need some time before I'm ready to talk\.$/],
    ["Understood. I won't bring it up again.", /I'm feeling discouraged about how our talks go\./],
    ["I'm not helping you anymore.", /^I need a break from helping for now\.$/],
    ['wow. good to know where I stand.', /this really matters to me, and I need us to talk about it\./i],
  ])('%s', (text, want) => {
    const out = rewordsClean(text);
    expect(out).toMatch(want);
    expect(flagged(first(text))).toBe(false);
  });
});

kindsSet('kinds-withdr43.tsv', { recall: 0.6, falseAlarms: 0.05, category: 0.6 });
