/**
 * Rewordings a person would send (session 37, helper reword37; rewording-kinds-reword37.test.ts is an
 * older round's helper of the same name): a threat kept once its swear goes ("beat his butt", "get
 * medieval on his butt", "tear him a new rude person", "shove it up his butt") says the anger instead;
 * a name said before "who do you think you are?" stays the person's; "how ridiculous <these prices>
 * are …" is "out of hand", never "unbelievable"; a swear word mentioned ("the word of the day is …",
 * "what does 'wanker' mean?") stays the word, quoted. Detection changed only for one kind, on
 * purpose: one word in single quotes is a word quoted, as in double quotes (a mention, not a use).
 * Also: "a bunch of sheep" is "just going along with the crowd", "puppets of X" "just doing what
 * they're told by X"; "a habitual liar" is "someone who lies all the time"; a saying used as the
 * name of a thing ("the grab them by the … tape", "fuck cancer shirts") keeps its words, in quotes.
 * Sentences are ours, in three registers (close relationships, work, strangers online).
 */
import { describe, expect, it } from 'vitest';
import { first, flagged, kind, rewordingCases } from './kinds';

describe('a threat whose swear goes says the anger, not the blows', () => {
  rewordingCases([
    [
      'my mom will beat my ass if I miss curfew again',
      'my mom will be really mad at me if I miss curfew again',
    ],
    ["I'll beat his ass", "I'll be really mad at him"],
    [
      'the coach is gonna whup their ass after that game',
      'the coach is gonna be really mad at them after that game',
    ],
    ["he's gonna get medieval on their ass", "he's gonna get really angry with them"],
    [
      'honestly I might go medieval on his ass at the standup',
      'honestly I might get really angry with him at the standup',
    ],
    ["she'll tear him a new asshole", "she'll chew him out"],
    ['the landlord tore me a new asshole over the rent', 'the landlord chewed me out over the rent'],
    ['he can shove his opinion up his ass', 'he can keep his opinion'],
    ['tell your manager to stick it up his ass', 'tell your manager to keep it'],
  ]);
  it('never keeps the threat with a milder word for the body', () => {
    for (const t of [
      'my mom will beat my ass if I miss curfew again',
      "he's gonna get medieval on their ass",
      'he can shove his opinion up his ass',
    ])
      expect(first(t)).not.toMatch(/\bbutt\b|\bbeat\b|medieval/);
  });
  it('a swear that only strengthens a win is no threat', () => {
    expect(flagged("we're gonna kick ass at the tournament")).toBe(false);
  });
});

describe('a name said before "who do you think you are?" stays theirs', () => {
  rewordingCases([
    ['ok Dave who do you think you are?', 'ok Dave. That really hurt. Can we talk about it?'],
    ['hey Priya who do you think you are?', 'hey Priya. That really hurt. Can we talk about it?'],
    [
      'what say you, William who do you think you are?',
      'what say you, William. That really hurt. Can we talk about it?',
    ],
  ]);
});

describe('"how ridiculous <these prices> are …": out of hand, not unbelievable', () => {
  rewordingCases([
    [
      'can you see how ridiculous these prices are getting?',
      'can you see how out of hand these prices are getting?',
    ],
    ["it's crazy how ridiculous this meeting was", "it's crazy how out of hand this meeting was"],
    ['do you realise how ridiculous you sound right now?', 'do you realise how silly you sound right now?'],
  ]);
  it('"how ridiculous is that" asks it, and keeps its word', () => {
    expect(first('how ridiculous is that')).toBe('how unbelievable is that');
  });
});

describe('a swear word mentioned stays the word, quoted', () => {
  rewordingCases([
    ['the word of the day is bullshit', 'the word of the day is "bullshit"'],
    ['my word of the day: bastard', 'my word of the day: "bastard"'],
  ]);
  it('never a milder word in its place', () => {
    expect(first('the word of the day is bullshit')).not.toMatch(/nonsense/);
  });
});

// Detection, changed on purpose for these two kinds only.
kind(
  'one word in single quotes is quoted, not said (as in double quotes); unquoted it is still said',
  'heat',
  ['what does wanker mean, you wanker', "what the fuck does 'wanker' mean?"],
  [
    "what does 'wanker' mean?",
    "why is 'bitch' considered worse than 'jerk'?",
    'my kid asked what \u2018bollocks\u2019 means',
  ],
);

// Found in the lead's review: a quoted swear right after "you" / "you're a" is said to them, not talked about.
kind(
  'a quoted swear aimed at the reader is still said',
  'contempt',
  ["you are a 'wanker'", "honestly ur a 'twat' mate", 'you\u2019re such a \u2018wanker\u2019'],
  ["he called me a 'wanker' and walked off", "is 'twat' ruder than 'git'?"],
);

describe('a label for followers says what they do; a habit and its act say one thing', () => {
  rewordingCases([
    [
      'your whole fandom is a bunch of sheep honestly',
      'your whole fandom is just going along with the crowd honestly',
    ],
    ['his fans are mindless sheep', 'his fans are just going along with the crowd'],
    [
      'the council are puppets of the developers',
      "the council are just doing what they're told by the developers",
    ],
    ['she lies more than a habitual liar', 'she lies more than someone who lies all the time'],
    ["you'd trust a compulsive liar over me?", "you'd trust someone who lies all the time over me?"],
  ]);
  it('never "letting people down" for sheep, nor a habit stacked on "person"', () => {
    expect(first('the whole team is a bunch of sheep')).not.toMatch(/letting people down/);
    expect(first('she lies more than a habitual liar')).not.toMatch(/habitual person/);
    // "muppets" are fools, not followers.
    expect(first('the council are a bunch of clueless muppets')).not.toMatch(/crowd/);
  });
});

describe('a saying used as the name of a thing keeps its words, in quotes', () => {
  rewordingCases([
    ['remember the grab them by the pussy tape?', 'remember the "grab them by the pussy" tape?'],
    ['he played that fuck the police song again', 'he played that "fuck the police" song again'],
    ['they sell fuck cancer shirts at the fundraiser', 'they sell "fuck cancer" shirts at the fundraiser'],
    ['they blasted that fuck you song all night', 'they blasted that "fuck you" song all night'],
  ]);
  it('never the saying cut ("cancer shirts", "by the tape")', () => {
    expect(first('they sell fuck cancer shirts at the fundraiser')).not.toMatch(/sell cancer/);
    expect(first('remember the grab them by the pussy tape?')).not.toMatch(/by the tape/);
  });
  it('a swear said of the thing, or said to someone, is no name', () => {
    expect(first('i hate that fucking song')).toBe('i hate that song');
    expect(first('fuck your stupid song')).not.toMatch(/"/);
    expect(first('they chanted the lock her up bullshit chant')).not.toMatch(/"/);
    expect(first('why the fuck is this song stuck in my head')).toBe('why is this song stuck in my head');
  });
});

describe('"try thinking before you …, it makes you <smarter>": the request, without the lesson', () => {
  rewordingCases([
    ['try thinking before you talk, it makes you look smarter.', 'could you take a moment before you talk?'],
    [
      'Try thinking before you reply, it makes you less annoying!',
      'Could you take a moment before you reply?',
    ],
  ]);
  it('never a hurt the writer did not say, and a clause of its own stays', () => {
    expect(first('try thinking before you talk, it makes you look smarter.')).not.toMatch(/hurt/);
    expect(first('try thinking before you type, it saves everyone time')).toBe(
      'could you take a moment before you type? it saves everyone time',
    );
  });
});
