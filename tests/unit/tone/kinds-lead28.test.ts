/**
 * The twenty-eighth session's lead, from its rewording reads: a brush-off ("spare me", "save it",
 * "get out of here with this") was explained with the calm-down reason ("telling someone how to
 * feel…"), which does not fit a message that waves away what the other person said. The shared
 * "dismiss" reason now covers both: waving away what someone says or feels; "nobody asked you",
 * "spare me" and "save it" (explained as sarcasm before) use it too.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/tone/index';

describe('a brush-off gets a reason about brushing off, not about feelings only', () => {
  it.each([
    'Spare me, dude.',
    'save it, nobody cares',
    'Nobody asked you.',
    'save it for someone who cares',
    'Get out of here with this, dude.',
    'calm down, it is not a big deal',
  ])('%s', (text) => {
    const f = analyze(text).findings[0];
    expect(f).toBeDefined();
    expect(f?.why).toMatch(/^Invite, don't direct: waving away what someone says or feels/);
    expect(f?.why).not.toMatch(/how to feel/);
  });
});

describe('a label said to the reader gets the reason for labelling a person', () => {
  const PERSON = /^Name the act, not the person: a label for who someone is stings/;
  const NAMES = /^Name the act, not the person: calling people names/;
  it.each([
    'you piece of shit',
    "you're the most pretentious person I've ever met",
    'you absolute clown of a referee',
  ])('to them: %s', (text) => {
    const f = analyze(text).findings.find((x) => x.category === 'contempt');
    expect(f?.why).toMatch(PERSON);
  });
  it.each(['what a spineless little weasel', 'ur code is garbage', 'these fools run the council'])(
    'not to them: %s',
    (text) => {
      const f = analyze(text).findings.find((x) => x.category === 'contempt');
      expect(f?.why).toMatch(NAMES);
    },
  );
});

describe('two more reasons matched to what the message does', () => {
  it('"nobody cares about your feelings" waves the feeling away', () => {
    const f = analyze('Nobody cares about your little hurt feelings.').findings[0];
    expect(f?.why).toMatch(/^Invite, don't direct: waving away/);
  });
  it('"do you even know…?" is a question that is not really asking', () => {
    const f = analyze('Do you even know what a spreadsheet is?').findings[0];
    expect(f?.why).toMatch(/a question that isn't really asking/);
  });
});
