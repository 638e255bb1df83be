/**
 * Rewording kinds from the reads of seeds 396 and 397 and the previous round's list (helper
 * reword27), each on our own sentences: what an order asks stays when the name after it goes; a
 * curse someone else said is reported as swearing; "dammit" inside a sentence goes with its commas
 * and after an opening cry becomes one cry; "disgusting" said of a thing is "gross"; the laugh after
 * "google it" stays; names joined by a slash; "what the fuck" before "and"; "shit" as a verb; "you"
 * as the subject of a question stays when the name after its verb goes; the apostrophe of "fuckin'"
 * goes with it.
 */
import { describe } from 'vitest';
import { rewordingCases } from './kinds';

describe('the name after an order to stop doing something goes; what to stop stays', () => {
  rewordingCases([
    ['quit crying bitch', 'i hear that this is bothering you'],
    ['why are you crying bitch', 'why are you crying'],
    ['did you hear me bitch', 'did you hear me'],
  ]);
});

describe('a curse someone else said, reported', () => {
  rewordingCases([
    ['she said fuck you lol', 'she swore lol'],
    ['he said fuck you and left', 'he swore and left'],
    ['and i said fuck you to him lol', 'and i swore at him lol'],
    ['she says fuck u lmao', 'she swears lmao'],
  ]);
});

describe('"dammit" inside a sentence, and after an opening cry', () => {
  rewordingCases([
    ['o damn it', 'oh no'],
    ['god damnit, my phone died', 'oh no, my phone died'],
    ['i was going to, dammit, tell him', 'i was going to tell him'],
    ['I told you, damn it, to call first', 'I told you to call first'],
    ['i was going to dammit tell him', 'i was going to tell him'],
    ['the jerk i voted for, dammit is backing it', 'the person i voted for is backing it'],
    ['and dammit i am tired', 'and i am tired'],
  ]);
});

describe('"disgusting" said of a thing one sees or tastes is "gross"', () => {
  rewordingCases([
    ['ur room is disgusting', 'ur room is gross'],
    ['your feet are disgusting lol', 'your feet are gross lol'],
    ['his comments were disgusting', 'his comments were upsetting'],
  ]);
});

describe('the laugh after "google it" stays', () => {
  rewordingCases([
    ['google it dumb lol', 'a quick search should turn it up lol'],
    ['just google it lmao', 'a quick search should turn it up lmao'],
    ['google it.', 'a quick search should turn it up.'],
  ]);
});

describe('two names joined by a slash; "what the fuck" before "and"; "shit" as a verb', () => {
  rewordingCases([
    ['I always mute these shitheads/asshats', 'I always mute these people'],
    ['what the fuck and why', 'what on earth and why'],
    ['what the fuck was that', 'what was that'],
    ['did you shit?', 'did you poop?'],
    ['they give you shit', 'they give you stuff'],
  ]);
});

describe("the apostrophe of a swear in -in' goes with it", () => {
  rewordingCases([
    ["that was fuckin' close", 'that was close'],
    ["that was fuckin ' close", 'that was close'],
    ["we were fuckin ' around all day", 'we were messing around all day'],
    ["its so fuckin' cold", 'its so cold'],
  ]);
});
