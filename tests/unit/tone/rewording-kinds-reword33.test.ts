import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';

/** The whole message reworded, and checked clean when analysed again. */
function reworded(text: string): string {
  expect(analyze(text).flagged, text).toBe(true);
  const out = rewrite(text).text;
  expect(analyze(out).findings, out).toEqual([]);
  return out;
}

describe('labels replaced by a word that must still say who is meant (reword33)', () => {
  it.each([
    // A group named by the label alone after "of"/"by", then where they are: plain "people" would
    // say anyone; the plain word for what the label meant goes before it.
    [
      'honestly the whole office is in the hands of fools from head office',
      'honestly the whole office is in the hands of misguided people from head office',
    ],
    [
      'Sadly, our school board is run by idiots at every level.',
      'Sadly, our school board is run by misguided people at every level.',
    ],
    [
      'lol we r surrounded by morons in this group chat',
      'lol we r surrounded by misguided people in this group chat',
    ],
    ['we were managed by clowns at my last job', 'we were managed by misguided people at my last job'],
    // A swear before a compound naming what someone does only describes it, and goes.
    [
      'That asshole trouble maker from next door parked in my spot again.',
      'That trouble maker from next door parked in my spot again.',
    ],
    ['ugh my prick room mate ate my food again', 'ugh my room mate ate my food again'],
    // "the label of X" said as a claim: the "of X" goes with the label.
    [
      'my brother was the idiot of the class, and now he runs a company',
      'my brother was out of line, and now he runs a company',
    ],
    ['Frankly, he was the clown of the meeting.', 'Frankly, he was out of line.'],
    ['ur cousin is the jerk of the group lol', 'ur cousin is out of line lol'],
    // A label joined by "and" to a plain noun under one determiner: the noun says who is meant.
    ['my sister is a jerk and gossip tbh', 'my sister is a gossip tbh'],
    ['that jerk and loudmouth from upstairs woke the baby', 'that loudmouth from upstairs woke the baby'],
    ['Our new manager is an idiot and bully.', 'Our new manager is a bully.'],
    // Two labels joined under one determiner go together; no "and" left behind.
    ['This fool and coward keeps dodging the question.', 'This person keeps dodging the question.'],
    ['she’s such a moron and hypocrite lol', 'she’s wrong lol'],
    ['Frankly, the councillor is a moron and opportunist.', 'Frankly, the councillor is out of line.'],
  ])('%s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });

  it('keeps a name after a label used as a title, even a name ending in -s', () => {
    expect(rewrite('so idiot dave forgot again').text).toBe('so dave forgot again');
    expect(rewrite('just ask moron james about it').text).toBe('just ask james about it');
  });
});
