import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';

/** The whole message reworded, and checked clean when analysed again. */
function reworded(text: string): string {
  expect(analyze(text).flagged, text).toBe(true);
  const out = rewrite(text).text;
  expect(analyze(out).findings, out).toEqual([]);
  return out;
}

// A line of ours in place of a whole sentence is a last resort: what can be kept of the sentence
// (its openers, the question asked, what happened, what they did) stays (session 22, reword30).
describe('stock lines that keep what the person said (reword30)', () => {
  it.each([
    // Openers that only say who is spoken to stay before a line of ours; scorn's openers go.
    // (session 35, reword35: a two-word label with a point is now said as that point, in place.)
    ['zed: dude, you are such a sore loser!', 'zed: dude, you are taking this loss hard!'],
    ["hey, you're such a crybaby", "hey, you're getting really upset"],
    ["ok: Sam, you're a control freak.", "ok: Sam, you're holding on to control too tightly."],
    ["fyi: you're such a crybaby", "fyi: you're getting really upset"],
    ['zed: dude, you are such a hot mess!', "zed: dude, i'm really frustrated with how this went."],
    ["Honey, that's not how grown-ups do it.", "This hurt, and I'd like us to talk about it calmly."],
    // A verdict on people in a role is about their work.
    ['You are awful engineers.', "I'm really unhappy with your work as engineers."],
    ['you were lazy plumbers, honestly.', 'i was really unhappy with your work as plumbers, honestly.'],
    // "why would you even…": the question stays without its scorn.
    ['why would you even need my number', 'why would you need my number'],
    ['how do you even survive like this', "i'd like to understand why you did that"],
    // "I don't care about <a thing>": not worried about it; about the reader, the feeling instead.
    ["I don't care about your plans", "I'm not too worried about your plans"],
    [
      "I don't care about your timetable, just show up.",
      "I'm not too worried about your timetable, just show up.",
    ],
    ["I don't care about u anymore", "I'm feeling pretty hurt right now and need a little time."],
    // Sympathy for what they must do is not an order (detect23: it is not flagged at all, see the
    // test below); after a comma it is.
    ['Sorry, you have to deal with my brother.', 'Sorry, could you deal with my brother?'],
    // "who do you think you are, <doing>": what they did stays.
    ['Who do you think you are, reading my messages?', "I'm not okay with you reading my messages."],
    [
      'who the heck do you think you are, bossing my sister around',
      "i'm not okay with you bossing my sister around",
    ],
    ['who do you think you are', 'that really hurt. can we talk about it?'],
    // "imagine defending…": what they do stays, the mockery goes.
    ['Imagine defending a landlord like that.', "I don't understand defending a landlord like that."],
    ['imagine actually caring about follower counts', "i don't understand caring about follower counts"],
    // "it's your fault <what happened>": what happened stays.
    ['its ur fault the bike got stolen', "the bike got stolen, and i'm really upset about it"],
    ["It's your fault the cake was burnt.", "The cake was burnt, and I'm really upset about it."],
    // "you got us <outcome>": what happened, told of those it happened to.
    ['you got us thrown out of the pub', "i'm upset that we got thrown out of the pub"],
    ['Your prank got us thrown out of the pub.', "I'm upset that we got thrown out of the pub."],
    ['ok so you got us banned again', "ok so i'm upset that we got banned again"],
    // A swear noun after what covers it is the body part; never "a filthy." with nothing after.
    ['the cat was rolling in a mud covered ass', 'the cat was rolling in a mud covered butt'],
    // Code keeps its marks: "::" is no doubled colon.
    ["Why can't you just call `Foo::bar()` here?", 'Could you call `Foo::bar()` here?'],
  ])('%s', (text, after) => {
    expect(reworded(text)).toBe(after);
  });
});

describe('sympathy for what they must do is not flagged, so nothing is reworded', () => {
  it.each(['Sorry you have to deal with my brother again.', 'sorry u gotta deal with the landlord'])(
    '%s',
    (text) => {
      expect(analyze(text).findings).toEqual([]);
    },
  );
});
