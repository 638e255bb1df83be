import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';

/** The whole message reworded, and checked clean when analysed again. */
function reworded(text: string): string {
  expect(analyze(text).flagged, text).toBe(true);
  const out = rewrite(text).text;
  expect(analyze(out).findings, out).toEqual([]);
  return out;
}

describe('rewording kinds (reword17): round 16 redone without its regressions', () => {
  it.each([
    // A swear after a describing word or a subject is no curse on the word after: never "forget".
    ['what a life changing fuck film', 'what a life changing film'],
    ['that was an eye opening fuck lesson', 'that was an eye opening lesson'],
    ['they can all go fuck themselves.', 'they can all get lost.'],
    ['we live in a little bum - fuck village.', 'we live in a little bum - village.'],
    // "have i fuck": a British no, said plainly as "heck".
    ['have i fuck mate', 'have i heck mate'],
    ['did he fuck', 'did he heck'],
    // A curse on one word closing the clause still says "forget".
    ['when i get home fuck homework!!', 'when i get home forget homework!!'],
    // A body part after an owner is never a person.
    ["you don't wash your dick?", "you don't wash your privates?"],
    [
      'she posted a pic of her pussy and his cock together',
      'she posted a pic of her privates and his privates together',
    ],
    ['my dick is sore', 'my privates are sore'],
    ['they took their heads out of their pink pussy hats', 'they took their heads out of their pink hats'],
    // One person pointed at keeps "person": no new label.
    ["i can't believe this bitch", "i can't believe this person"],
    ['why would anyone trust this moron', 'why would anyone trust this person'],
    ['that cunt took my seat', 'that person took my seat'],
    // A group named by the label alone after "the" keeps what it meant.
    ['weed out the idiots', 'weed out the misguided people'],
    ['even the assholes', 'even the rude people'],
    // Round 16's good parts.
    ['im a smack the shit out ya', "i'm so angry right now that i need a moment"],
    ['touch my bike and ill kick your butt', "touch my bike and i'll be really upset"],
    ["i couldn't care less if it rains", "i'm not too worried if it rains"],
    ['Borrowed time is stupid', 'Borrowed time makes no sense to me'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });

  it.each([
    ['life changing fuck game', 'life changing game'],
    ['have i fuck lad', 'have i heck lad'],
    ["you don't wash your dick?", "you don't wash your privates?"],
    ['this bitch', 'this person'],
    ['this moron', 'this person'],
  ])('regression: %s → %s', (text, want) => {
    expect(rewrite(text).text).toBe(want);
  });
});

describe('rewording kinds (reword17): broken kinds from the reads', () => {
  it.each([
    // A label in a list of describing words after "most": the list becomes one plain word.
    [
      'they are some of the most vile, nasty people on earth',
      'they are some of the most difficult people on earth',
    ],
    ['she is one of the most degenerate women alive', 'she is one of the most difficult women alive'],
    // Two names joined by "and" after "are": cutting one would keep the other; the claim plainly.
    ['the rest are clowns and imbeciles, honestly.', 'the rest are out of line, honestly.'],
    ['my coworkers are cucks and morons', 'my coworkers are out of line'],
    ['they are teachers and idiots', 'they are teachers'],
    // "so screwed" with a clause after it: "in real trouble", never "so in trouble".
    ['this team is so screwed but i still watch', 'this team is in real trouble but i still watch'],
    // Garbage as a place things go is "trash", not "nonsense".
    ['like moths drawn to garbage, they came', 'like moths drawn to trash, they came'],
    ['he took out the garbage', 'he took out the trash'],
    ["that's garbage", "that's nonsense"],
    // "yo'" is "your".
    ["get yo' ass to bed", 'get yourself to bed'],
    // A swear inside "holy … cow" goes; the exclamation stays.
    ['holy fucking cow', 'holy cow'],
    ['holy motherfucking moly', 'holy moly'],
    // A word for a person's honesty said of a thing: what it does, never cut to "is a cause".
    ['his campaign is a dishonest cause', 'his campaign is a misleading cause'],
    // "leaving you on read" is not replying, not leaving the person.
    ["if you send me that again i'm leaving you on read", "if you send me that again i'm not going to reply"],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
});

describe('rewording kinds (thirteenth session, from the reads of seed 306)', () => {
  it.each([
    // "the" before an abbreviated swear goes with it, as with "the fuck".
    ['y the fk they sent people living in the west', 'y they sent people living in the west'],
    ['what the fck is this', 'what is this'],
    // "you <label>" before a new subject only called them a name: both words go.
    ['in case you are wondering you racist i am a jacobite', 'in case you are wondering i am a jacobite'],
    ['stop it you idiot we are late', 'stop it we are late'],
    // …but "you" as the subject stays.
    ['you idiots were right', 'you were right'],
    ['you fools didnt care back then.', 'you didnt care back then.'],
    // A curse sent at others: "go themselves" is no English.
    ['they can go fuck themselves', 'they can get lost'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
});
