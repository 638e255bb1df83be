/**
 * False alarms by kind (session 43's warm round): a mild pet name said to a friend with nothing bad
 * beside it, bad luck sworn at before a plan or help asked, "calm down?" refused by the writer. Each
 * guard with warm near-twins that must pass clean and hostile twins that must stay flagged. Our own
 * sentences, none taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { kind, kindsFigures, kindsRows } from './kinds';

kind(
  '"lol you weirdo, ketchup on eggs again": a mild pet name, help offered or a laugh and no deed told',
  'contempt',
  [
    'you clown, you did it again',
    'you dork, you lost the tickets and now the night is wasted',
    'you weirdo, why do you keep doing that?',
    'you numpty, you told everyone my secret',
    'you dork, you parked in my spot',
    'you muppet, you ate my leftovers',
    'you dork, you locked us out again lol',
  ],
  [
    'haha you weirdo, alphabetising the spice rack again',
    "you absolute muppet, your gloves are here again, I'll bring them friday",
  ],
);

kind(
  '"goddamn it, the oven died, takeaway on me tonight": bad luck sworn at, then a plan or help asked',
  'heat',
  [
    'damn it, you lost the keys again, can you be careful for once',
    'fuck, the car broke down because you never check the oil, can you call someone',
    'shit, I missed the bus, can you stop making me late every day',
    'damn it, the dinner is ruined, can you not touch anything',
  ],
  [
    "bloody hell, my flight got cancelled, I'll call you when I land tomorrow",
    "ugh shit, the kettle died, I'll bring mine over",
    'fuck, the shop ran out of candles, any chance you have spares?',
  ],
);

kind(
  '"calm down? nah, we just won the league": calm refused by the writer, nobody told to calm down',
  'talking-down',
  ['calm down? no, not after what you said to me', "calm down? no, I'm sick of this"],
  ['calm down? nope, the new album drops at midnight', 'calm down? nah, we just won the league'],
);

kind(
  '"my wife is such a dork, she made a spreadsheet for our board games": someone close teased to a third',
  'contempt',
  [
    'my brother is such a clown, he wrecked my car',
    'my husband is such a dork, he never helps',
    'my ex is such a clown, he wore that shirt to court',
  ],
  [
    'my wife is such a dork, she made a spreadsheet for our board games',
    'my nephew is such a clown, he wore his swim goggles to dinner',
  ],
);

kind(
  '"calm down sweetheart, it can\'t hurt you": comfort after "calm down"',
  'talking-down',
  [
    "calm down, the thunder can't hurt you, you big baby",
    "calm down, it won't hurt you to wait five minutes",
  ],
  ["calm down sweetheart, the balloon popped but it can't hurt you"],
);

describe('kinds-warm43.tsv (written before the round)', () => {
  it('keeps hostile rows caught and warm rows clean at the measured figures', () => {
    const f = kindsFigures(kindsRows('kinds-warm43.tsv'));
    expect(f.recall).toBeGreaterThanOrEqual(28 / 30);
    expect(f.falseAlarms).toBeLessThanOrEqual(8 / 80);
  });
});
