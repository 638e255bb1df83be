/**
 * Rewording kinds of the twentieth rewording round (reword20, sixteenth session), from the lead's
 * list (issue 9) and the reads of seeds 320-322, each on our own sentences. Written before the
 * rules; each row is the whole rewording a person would send, and it is flagged no more.
 */
import { describe } from 'vitest';
import { rewordingCases } from './kinds';

describe('"people like you are the reason…": the words before "you" go with the template', () => {
  rewordingCases([
    ['people like you are the reason this place is dying', 'i feel hurt that this place is dying'],
    ['and people like you are the reason this forum is dying', 'and i feel hurt that this forum is dying'],
    ['you are the reason this team is falling apart', 'i feel hurt that this team is falling apart'],
  ]);
});

describe('a describing word cut before "behaviour" after a copula: the claim said plainly', () => {
  rewordingCases([
    ["that's disgusting behaviour", "that's out of line"],
    ['that is pathetic behavior and you know it', 'that is out of line and you know it'],
    ['honestly, that was idiotic behaviour.', 'honestly, that was out of line.'],
    ['i hate this disgusting weather', 'i hate this weather'],
  ]);
});

describe('a describing insult right after a noun with no verb', () => {
  rewordingCases([
    ['that plan dumb', 'that plan makes no sense to me'],
    ['this idea stupid lol', 'this idea makes no sense to me lol'],
  ]);
});

describe('a label used as a title before a name goes', () => {
  rewordingCases([
    ['idiot boris forgot the keys again', 'boris forgot the keys again'],
    ['Idiot Boris forgot the keys again', 'Boris forgot the keys again'],
    ['ask moron dave about it', 'ask dave about it'],
    ['loser gary lost again', 'gary lost again'],
  ]);
});

describe('"the dumbest of the dumb": the whole phrase, said plainly', () => {
  rewordingCases([
    ['he is the dumbest of the dumb', 'he is really misguided'],
    ['honestly they are the stupidest of the stupid.', 'honestly they are really misguided.'],
  ]);
});

describe('"sick" meaning ill is no insult', () => {
  rewordingCases([
    ["I'm sick today", "I'm sick today"],
    ["my kid is sick so i'm staying home", "my kid is sick so i'm staying home"],
    ['i feel sick, can you pick up the kids?', 'i feel sick, can you pick up the kids?'],
  ]);
});

describe('"you need to wake up / grow up": no politer way to order it, the speaker says their side', () => {
  rewordingCases([
    ['you need to wake up to reality', 'I see this differently.'],
    ['You need to wake up and smell the coffee.', 'I see this differently.'],
    ['you really need to grow up', "let's be mature about this"],
    ['you need to call the bank before five', 'could you call the bank before five?'],
  ]);
});

describe('"shove it up your ass": the whole phrase is the jab; "keep it" says the refusal', () => {
  rewordingCases([
    ['shove it up your ass', 'keep it'],
    ['you can stick your opinion up your ass', 'you can keep your opinion'],
    ['Take your rules and shove them up your ass!', 'Take your rules and keep them!'],
  ]);
});

describe('"Whatever." as the last sentence after other words goes', () => {
  rewordingCases([
    ['fine, do it your way. Whatever.', 'fine, do it your way.'],
    ['you picked the date. whatever', 'you picked the date.'],
    ['Whatever.', "I'm not sure what to say right now. Can we come back to this?"],
  ]);
});

describe('"what is wrong with you people": "people" goes with the label', () => {
  rewordingCases([
    ['what is wrong with you people', 'what is going on with you'],
    ["what's wrong with you people?", "what's going on with you?"],
    ['what is wrong with you morons today', 'what is going on with you today'],
  ]);
});

describe('"he is the worst…" → disappointment in him, not "them"', () => {
  rewordingCases([
    ["he's the worst coach in the league!", "i'm really disappointed in him."],
    ['she is the worst boss i have ever had', "i'm really disappointed in her"],
  ]);
});

describe('a closing quote mark stays when the sentence becomes a question', () => {
  rewordingCases([
    [
      "I'm puzzled that you renamed my folder 'old drafts'.",
      "Could you help me understand why you renamed my folder 'old drafts'?",
    ],
  ]);
});

describe('"garbage" as a describing word after a word of degree: "bad"', () => {
  rewordingCases([['the sequel was pretty garbage', 'the sequel was pretty bad']]);
});

describe('"this junk" as the subject of a practical sentence: the sentence stays', () => {
  rewordingCases([
    ['this junk needs to be trimmed down', 'this stuff needs to be trimmed down'],
    ['your junk is blocking the driveway', 'your stuff is blocking the driveway'],
  ]);
});
