/**
 * Rewording kinds of the h23 round: where a small edit in place reads well and clears the finding,
 * it is the first offer, and the person's other words stay; whole-sentence I-statements come after.
 * Examples written for these tests.
 */
import { describe } from 'vitest';
import { rewordingCases } from './kinds';

const cases = rewordingCases;

describe('a swear noun becomes "things" where people say it, "stuff" where it is one mass', () => {
  cases([
    ['they keep posting irrelevant shit on the forum', 'they keep posting irrelevant things on the forum'],
    ['i buy my own shit with my own money', 'i buy my own stuff with my own money'],
    ['we stopped buying cheap crap for the kids', 'we stopped buying cheap things for the kids'],
    ['put some of that green shit on the salad', 'put some of that green stuff on the salad'],
    ['the amount of crap in my garage is unreal', 'the amount of stuff in my garage is unreal'],
  ]);
});

describe('"shut up" asked in place, what follows it kept', () => {
  cases([
    ['shut the fuck up and listen', 'please listen'],
    ['shut up and eat your soup', 'please eat your soup'],
    ['Shut up.', 'Please be quiet.'],
    ['please shut the hell up.', 'please be quiet.'],
    ['so shut up until the movie ends', 'so please be quiet until the movie ends'],
  ]);
});

describe('curses with their objects', () => {
  cases([
    ['fuck off with your excuses', 'enough with your excuses'],
    ['go fuck yourselves', 'please give me some space'],
    ['he said they can go fuck yourselves', 'he said they can go away'],
    ['honestly fuck mondays and their meetings', 'honestly forget mondays and their meetings'],
    ['✨fuck homework✨', '✨forget homework✨'],
  ]);
});

describe('"what is wrong with you" asked in concern, in place', () => {
  cases([
    ['what the fuck is wrong with you and your friends?', 'what is going on with you and your friends?'],
    ["what's even wrong with you today", "what's going on with you today"],
  ]);
});

describe('a label that stands for an act: the act, in place', () => {
  cases([
    ['you are an idiot for buying that car', 'you are wrong for buying that car'],
    ["You're an idiot.", "You're wrong about this."],
    ['so you are a liar about the rent.', 'so you are not being honest about the rent.'],
    ['you are clearly stupid', 'you are clearly wrong about this'],
  ]);
});

describe('a simile of scorn goes whole; a word alone in brackets stays a word', () => {
  cases([
    ['my cousin is as stupid as a post', 'my cousin is not thinking clearly'],
    ["he's dumb as a box of rocks", "he's not thinking clearly"],
    ['you are thick as a brick lol', 'you are not thinking clearly lol'],
    ['the plan = (stupid) * (late)', 'the plan = (misguided) * (late)'],
  ]);
});

describe('"you ass" read as "your ass" before a verb is "you"', () => {
  cases([['lol you ass gonna get grounded', 'lol you gonna get grounded']]);
});

describe('"talking shit" before another clause is trash-talking', () => {
  cases([
    ['my neighbour is talking shit & that he will sue', 'my neighbour is trash-talking & that he will sue'],
  ]);
});

describe('"what a <label>" followed by who it is about: the label is the head, not a describing word', () => {
  // The lead's examples, after the round (the kind was broken in a sample: "what a harper was").
  cases([
    ['what a dunce my neighbour was', 'what a disappointment my neighbour was'],
    ['what an idiot he is', 'what a disappointment he is'],
    ['what a moron that guy turned out to be', 'what a disappointment that guy turned out to be'],
  ]);
});

describe('a swear word before an amount only intensifies it', () => {
  // The lead's example, after a sample read "a stuff ton of hours". Since fa18 an amount said with a
  // swear noun is strict only; its rewording at strict is checked in kinds-fa18.test.ts.
  cases([['i logged a fucking ton of hours this week', 'i logged a ton of hours this week']]);
});
