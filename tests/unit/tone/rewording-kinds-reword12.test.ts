import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';

/** The whole message reworded, and checked clean when analysed again. */
function reworded(text: string): string {
  expect(analyze(text).flagged, text).toBe(true);
  const out = rewrite(text).text;
  expect(analyze(out).findings, out).toEqual([]);
  return out;
}

describe('awkward and broken rewordings fixed by kind (reword12)', () => {
  it.each([
    // "troll" as a verb is said as the act in its own form: never "does is stirring up trouble",
    // never a verb dropped before its object.
    ['all she does is troll', 'all she does is stir up trouble'],
    ['all he ever does is troll people online', 'all he ever does is provoke people online'],
    ['he just trolls', 'he just stirs up trouble'],
    ['they love to troll the forum', 'they love to provoke the forum'],
    // Masked swears are reworded like the word they mask.
    ['he is a d*ck', 'he is a pain'],
    ["she's a b*tch", "she's a pain"],
    ["she's a total b*tch", "she's out of line"],
    ['move your a$$', 'move your butt'],
    ["he's such an a$$", "he's such a pain"],
    // A filler "and shit" before the next clause's first word goes with its "and".
    ['he brought beer and shit so we stayed', 'he brought beer so we stayed'],
    ['school n shit but i passed', 'school but i passed'],
    ['they have cars and shit that they never drive', 'they have cars that they never drive'],
    // A label used as a describing word before a noun goes; "the person office" says nothing.
    ['does the stupid idiot office ever answer', 'does the office ever answer'],
    ['the mayor and his moron council voted again', 'the mayor and his council voted again'],
    ['your idiot friend ate my fries', 'your friend ate my fries'],
    // A plural-looking label after "this" is a possessive without its apostrophe.
    ['they stuck a needle in this morons arm', "they stuck a needle in this person's arm"],
    // "that" before a plural label and a verb opens a clause: the label's subject becomes "people".
    [
      "it's an app that idiots download to spy on their exes",
      "it's an app that people download to spy on their exes",
    ],
    // A label written in two words ("scum bag") is one person, never "that bag".
    ['watch out for that scum bag', 'watch out for that person'],
    // "vile people like him": about someone else, the scorn word goes and "people like him" stays.
    ['jail is the best place for vile people like him.', 'jail is the best place for people like him.'],
    ['Pathetic people like her never change', 'People like her never change'],
    [
      'the team is better off without useless people like them',
      'the team is better off without people like them',
    ],
    // A describing word after "who is" before the clause's verb takes a milder word, never nothing.
    [
      'a boss who is narcissistic believes he is always right',
      'a boss who is self-absorbed believes he is always right',
    ],
    ['someone who is stupid believes anything', 'someone who is misguided believes anything'],
    ['anyone who is incompetent should not lead', 'anyone who is not up to the job should not lead'],
    // A warning about what may come keeps its "you" and its tense; only the verb is plainer.
    ["You'll just ruin the surprise", "You'll just spoil the surprise"],
    ['you will ruin your knees running like that', 'you will hurt your knees running like that'],
    ["if you tell her you'll ruin the friendship", "if you tell her you'll hurt the friendship"],
    ['you will wreck the car', 'you will damage the car'],
    // A thing that breaks is broken, a sore body part in bad shape, never "in trouble"; capitals kept.
    ['my phone is fucked', 'my phone is broken'],
    ['the printer was totally fucked and i gave up', 'the printer was totally broken and i gave up'],
    ['my knee is fucked', 'my knee is in bad shape'],
    // "how fucked we are": how much trouble we are in; "how fucked is that": how messed up.
    ["you don't get how fucked we are right now", "you don't get how much trouble we are in right now"],
    ['i can’t believe how screwed we are', 'i can’t believe how much trouble we are in'],
    ['how fucked is that', 'how messed up is that'],
    // A repetition idiom said more than twice goes whole, never leaving ", and again".
    ['you cancel on me again and again and again', 'you cancel on me'],
    ['you ask me the same thing again and again and again?', 'you ask me the same thing?'],
    [
      'you keep making the same mistake again, and again, and again.',
      "lately i've noticed you're making the same mistake, and it bothers me.",
    ],
    // The compounds of "talk shit" are trash-talk in their own form.
    ['ignore the online shit talkers.', 'ignore the online trash-talkers.'],
    ['stop shit-talking me', 'stop trash-talking me'],
    ['Shit talkers everywhere today', 'Trash-talkers everywhere today'],
    // "the shit like this": the noun stays a noun.
    ['and the shit like this makes me mad', 'and the stuff like this makes me mad'],
    ['i hate the shit like this', 'i hate the stuff like this'],
    ['all the shit like that annoys me', 'all the stuff like that annoys me'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });

  it.each([
    // Neighbours that keep their earlier rewordings.
    ['she is such a troll', 'she is out of line'],
    ['the trolls are out tonight', 'the people stirring up trouble are out tonight'],
    [
      'liars and trolls are everywhere lately',
      'dishonest people and people stirring up trouble are everywhere lately',
    ],
    [
      'i wish you would stop looking at this shit like it matters',
      'i wish you would stop looking at this like it matters',
    ],
    ['move your ass', 'move yourself'],
    ['he is a dick', 'he is a pain'],
    ['he talks about cars and shit', 'he talks about cars'],
    ['the idiot said no', 'the person said no'],
    ['the idiot in charge quit', 'the person in charge quit'],
    ['you ruined the surprise', 'i was really disappointed about the surprise'],
    ["we're fucked", "we're in trouble"],
    ['this country is fucked', 'this country is in trouble'],
    ['shit like that happens', 'things like that happens'],
  ])('unchanged: %s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });

  it.each([
    // Warm or plain neighbours stay clean.
    'you will love the surprise',
    'my phone is broken again',
    'he trolled for fish all morning with his dad',
    'the white house answered today',
  ])('clean: %s', (text) => {
    expect(analyze(text).flagged).toBe(false);
  });
});
