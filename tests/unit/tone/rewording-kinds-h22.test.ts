/**
 * Rewording kinds of the h22 round: a swear noun or a label is reworded by the part it plays in the
 * sentence, so nothing is left dangling and the person's other words stay. Examples written for
 * these tests.
 */
import { describe } from 'vitest';
import { rewordingCases } from './kinds';

const cases = rewordingCases;

describe('a swear filler at the end of a list goes with its "and" (or "or some")', () => {
  cases([
    ['we went to the mall n shit', 'we went to the mall'],
    ['my laptop keeps crashing & shit.', 'my laptop keeps crashing.'],
    ['she was at a party or some shit.', 'she was at a party.'],
  ]);
});

describe('a swear noun after a word that can stand for it: the plain word, or nothing', () => {
  cases([
    ['but some shit happened at work', 'but something happened at work'],
    ['he believes all the crap he reads', 'he believes all he reads'],
    ['why do they post this kind of crap.', 'why do they post this kind of thing.'],
    ['i really hate shit like that', 'i really hate things like that'],
    ['we need to get shit done today', 'we need to get things done today'],
    ['stop making shit up about the budget', 'stop making things up about the budget'],
  ]);
});

describe('"hell" and idioms with a swear: never "stuff"', () => {
  cases([
    ['they can downvote my post to hell', 'they can downvote my post'],
    ['the whole project has gone to shit', 'the whole project has gone downhill'],
    ['this is bull crap', 'this is nonsense'],
    ['the coach went ape shit at halftime', 'the coach went wild at halftime'],
    ['we are in deep shit now', 'we are in deep trouble now'],
    ['tough shit, pay the rent.', 'tough luck, pay the rent.'],
  ]);
});

describe('a swear opening a clause as its subject, or a verb, reads as one', () => {
  cases([
    ['shit was wild at the concert', 'it was wild at the concert'],
    ['the puppy is gonna shit in your shoes', 'the puppy is gonna poop in your shoes'],
    ['sell the old one and fuck the warranty', 'sell the old one and forget the warranty'],
    ['the delays are pissing everyone off', 'the delays are upsetting everyone'],
    ['that new album is gonna kick all asses!!', 'that new album is gonna rock!!'],
  ]);
});

describe('a label by its role: intensifier, what someone was called, a describing word', () => {
  cases([
    ['my back hurts like a bitch.', 'my back really hurts.'],
    ['you should not call your sister a bitch.', 'you should not call your sister names.'],
    ['i hope i dont make an ass out of myself.', 'i hope i dont embarrass myself.'],
    ['those mean and lazy clowns cancelled the trip', 'those people cancelled the trip'],
    [
      'he has done more than any dick politicians have done',
      'he has done more than any politicians have done',
    ],
    ['that motha fuckin bus left early', 'that bus left early'],
  ]);
});
