/**
 * Toxic public comments about people who are talked about rather than addressed (session 36,
 * helper toxic36): labels after a copula or a word for a crowd, a faculty likened to something
 * dull, praise likened to something dull, harm wished on them, "screw" + a person. Each kind with
 * warm twins that must pass clean. Our own sentences, none taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/tone/index';
import { kind, kindsFigures, kindsRows, rewordsClean } from './kinds';

kind(
  'a label the word lists lacked, after a copula whose subject is someone talked about',
  'contempt',
  [
    'that columnist is a hack and everyone knows it',
    'the league owners are grifters who never pay their bills',
    'the panel judges were spineless puppets',
    'our local councillor is a useless waste of space',
  ],
  [
    'this kitchen trick is a real hack',
    'the sheep are grazing by the fence',
    'she is a diva on stage and a sweetheart off it',
    'he is not a fraud, whatever the papers say',
    "I'm a total fraud at yoga lol",
    'lmao this guy is a tool',
  ],
);

kind(
  'a bare plural label after "are", a creature named only of people',
  'contempt',
  [
    'the club directors are greedy leeches',
    'these tourists are animals, litter everywhere',
    'his supporters are mindless sheep',
  ],
  ["they're extremely noisy animals, our neighbours keep hens", 'the farmers are sheep breeders'],
);

kind(
  'a word for a crowd before the label',
  'contempt',
  ['typical call centre, a bunch of clueless hacks', 'the cabinet is a pack of grifters'],
  ['we passed a flock of sheep on the hill', 'a bunch of handy kitchen hacks'],
);

kind(
  'a faculty likened to something dull, or said to be missing, of someone talked about',
  'contempt',
  [
    'the new ceo clearly has the attention span of a fruit fly',
    'that presenter has the personality of a damp sponge',
    'the whole committee has zero brain cells',
  ],
  [
    'I have the memory of a goldfish lately',
    'our vet has the patience of a saint',
    'this old laptop has the memory of a goldfish',
  ],
);

kind(
  'praise likened to something dull, of someone talked about',
  'contempt',
  ['the new striker is as quick as a parked bus', 'the minister is as clever as a bag of spanners'],
  ['grandma is as sharp as a tack at ninety', 'this knife is as sharp as a razor'],
);

kind(
  'harm wished on someone talked about',
  'contempt',
  [
    'I hope the crook who robbed the corner shop rots in a cell',
    'that bully deserves a good thrashing',
    'the driver who did this needs a slap',
  ],
  [
    'I need a good kicking to get going in the morning',
    'the team deserves a break after that season',
    'the drummer needs a punch card for the studio',
    'he does not deserve a beating for one mistake',
  ],
);

kind(
  '"brain dead" said of people talked about',
  'contempt',
  ['the people running this airline are brain dead', 'the new interns are brain dead'],
  ["I'm brain dead after that exam", 'the patient was declared brain dead'],
);

kind(
  '"screw" + someone talked about',
  'heat',
  ['screw the council and their parking fines', 'screw the smug pundits', 'screw him and his excuses'],
  [
    'screw the lid on tight before you shake it',
    'screw the hinges into the frame',
    'screw the bolts to the wall',
  ],
);

kind(
  'smallness as the label: "<sad|petty|bitter> little man/people"',
  'contempt',
  [
    'what a bitter little man you must be to post that',
    "you're a petty little person with a clipboard",
    'those miserable little trolls, behind their anonymous accounts',
  ],
  [
    'a sad little man sat by the gate feeding pigeons',
    "I'm a sad little man without coffee lol",
    'the sad little man in the painting looks lonely',
  ],
);

kind(
  '"typical <kind of people>," opening the sentence',
  'contempt',
  [
    'typical desk-bound managers, never once asked the warehouse',
    'Typical lazy contractor.',
    'typical entitled tourists, parked across three spaces',
  ],
  [
    'typical Monday, the coffee machine broke',
    'typical teenager, slept till noon lol',
    'typical of him to remember everyone',
    'typical tourist trap but the view is worth it',
  ],
);

describe('rewordings keep the point and drop the name-calling', () => {
  it.each([
    ['that columnist is a hack and everyone knows it'],
    ['the club directors are greedy leeches'],
    ['I hope the crook who robbed the corner shop rots in a cell'],
    ['the driver who did this needs a slap'],
    ['the people running this airline are brain dead'],
    ['what a bitter little man you must be to post that'],
    ['typical entitled tourists, parked across three spaces'],
  ])('rewords %s clean', (text) => {
    rewordsClean(text);
  });
  it('says the consequence instead of the harm', () => {
    expect(analyze('that bully deserves a good thrashing').findings[0]?.suggestions[0]?.replacement).toBe(
      'deserves to face the consequences',
    );
  });
});

describe('the probe set kinds-toxic36.tsv (written before the rules)', () => {
  it('keeps its recall and false alarms', () => {
    const { recall, falseAlarms } = kindsFigures(kindsRows('kinds-toxic36.tsv'));
    expect(recall).toBeGreaterThanOrEqual(0.82);
    expect(falseAlarms).toBeLessThanOrEqual(0.06);
  });
  it('reads the new constructions in a long message in bounded time', () => {
    const long =
      'the mayor is a spineless puppet, screw the council, the board are greedy leeches and the ceo has the brains of a brick who deserves a slap. '.repeat(
        800,
      );
    const t0 = performance.now();
    analyze(long);
    expect(performance.now() - t0).toBeLessThan(4000);
  });
});
