import { describe, expect, it } from 'vitest';
import { categories, flagged, kindsFigures, kindsRows } from './kinds';

describe('scorn for a thing or a pet is not contempt for a person', () => {
  it.each([
    ['the wifi here is pathetic'],
    ['this traffic is ridiculous'],
    ['the weather is pathetic today'],
    ['this game is so stupid but I love it'],
    ['my dog is such a clown'],
    ['ugh the printer is so stupid, it ate my page'],
    ['the ending of that series was pathetic'],
    ['these new parking rules are so dumb'],
    ['my laptop battery is pathetic lol'],
    ['this stupid printer jammed again'],
    ['our kitten is such a little idiot, she fell in the bath'],
  ])('%s', (text) => {
    expect(flagged(text), text).toBe(false);
  });
  it.each([
    ["you're pathetic"],
    ['the way you talk to her is ridiculous'],
    ['your excuses are pathetic'],
    ['this idea of yours is stupid'],
    ['my brother is so stupid'],
    ['that is pathetic'],
    ['your cooking is pathetic'],
  ])('still flags %s', (text) => {
    expect(categories(text)).toContain('contempt');
  });
});

describe('praise in violent or blunt words is not heat', () => {
  it.each([
    ['you killed it at the show!!!'],
    ['YOU DID IT!!! so proud of you'],
    ['you crushed that interview!!'],
    ['omg you nailed it!!!'],
    ['WE MADE IT!!'],
  ])('%s', (text) => {
    expect(flagged(text), text).toBe(false);
  });
  it.each([['you killed the mood!!!'], ['YOU DID IT AGAIN!!!'], ['YOU RUINED IT!!!']])(
    'still flags %s',
    (text) => {
      expect(categories(text)).toContain('heat');
    },
  );
});

describe('relief at the end of a countdown is not withdrawal', () => {
  it.each([
    ["one more week and I'm done!"],
    ["two more exams and i'm done"],
    ['three more shifts then im done, vacation here I come'],
  ])('%s', (text) => {
    expect(flagged(text), text).toBe(false);
  });
  it.each([["one more lie and I'm done"], ["one more time and I'm done with you"], ["I'm done. we're over"]])(
    'still flags %s',
    (text) => {
      expect(categories(text)).toContain('withdrawal');
    },
  );
});

describe('indifference to a topic is not withdrawal from the person', () => {
  it.each([
    ["I don't care about this mission Texas stuff"],
    ["honestly I don't care about football, I'm coming for the snacks"],
    ["I don't care about the score, I just like watching with you"],
  ])('%s', (text) => {
    expect(flagged(text), text).toBe(false);
  });
  it.each([
    ["I don't care about you anymore"],
    ["I don't care about your feelings"],
    ["I don't care about us"],
    ["I don't care about this"],
    ["I don't care about what you think"],
    ["I don't care about the relationship anymore"],
  ])('still flags %s', (text) => {
    expect(categories(text)).toContain('withdrawal');
  });
});

describe('an enthusiastic recommendation is not a lecture', () => {
  it.each([
    ["you need to learn this song, it's a banger"],
    ['you have to start that show, trust me'],
    ["you gotta stop what you're doing and go watch it"],
  ])('%s', (text) => {
    expect(flagged(text), text).toBe(false);
  });
  it.each([
    ['you need to learn to listen'],
    ['you need to learn your place'],
    ["you need to stop what you're doing and listen to me"],
    ['you need to start acting your age'],
  ])('still flags %s', (text) => {
    expect(categories(text)).toContain('talking-down');
  });
});

describe('playful competition is not a threat', () => {
  it.each([
    ["I'll beat you at chess"],
    ["i'm gonna kill you at bowling haha"],
    ["I'll beat you in a race to the car"],
  ])('%s', (text) => {
    expect(flagged(text), text).toBe(false);
  });
  it.each([["I'll beat you"], ["I'll beat you in the face"], ["I'll kill you if you read my diary"]])(
    'still flags %s',
    (text) => {
      expect(categories(text)).toContain('contempt');
    },
  );
});

describe("reporting someone else's view, and talking about oneself", () => {
  it.each([
    ['he says my past is disgusting and I feel awful'],
    ['she thinks my job is stupid'],
    ['my boss said the report was pathetic'],
    ['He says he loves me but says the thought of my past is disgusting'],
    ['there will always be a bigger idiot than me out there'],
    ['I just want to be a random scumbag lol'],
    ['honestly i feel like a total idiot'],
  ])('%s', (text) => {
    expect(flagged(text), text).toBe(false);
  });
  it.each([
    ['everyone says your cooking is pathetic'],
    ['I think your job is stupid'],
    ["you're a bigger idiot than me"],
    ['I think he is an idiot'],
    ['my brother is such an idiot'],
  ])('still flags %s', (text) => {
    expect(categories(text)).toContain('contempt');
  });
});

describe('care and instructions are not commands', () => {
  it.each([
    ['give yourself time to calm down, then call her'],
    ["let's take a break so each of you has a chance to calm down"],
    ["don't forget to lock the door every time you leave"],
  ])('%s', (text) => {
    expect(flagged(text), text).toBe(false);
  });
  it.each([
    ['I told you to calm down', 'talking-down'],
    ['i want you to calm down', 'talking-down'],
    ['you forget to lock the door every time you leave', 'absolutes'],
  ])('still flags %s', (text, category) => {
    expect(categories(text)).toContain(category);
  });
});

describe('laughter, polls and generic acts are not heat or contempt', () => {
  it.each([
    ['IM DEAD WHERE DID U FIND THAT'],
    ['did anyone else get logged out when you updated the app?!'],
    ['if you say something racist or ignorant, expect consequences'],
    ['tagging celebrities in fights is a stupid trend'],
  ])('%s', (text) => {
    expect(flagged(text), text).toBe(false);
  });
  it.each([['IM DEAD TIRED OF YOUR EXCUSES'], ['did you even read it?!'], ['your hobby is a stupid trend']])(
    'still flags %s',
    (text) => {
      expect(flagged(text), text).toBe(true);
    },
  );
});

describe('widened after the held-out check (kinds-h16-fresh.tsv)', () => {
  it.each([
    ['ugh this heatwave is ridiculous'],
    ['the latest update is garbage, nothing works'],
    ['you need to listen to this podcast on your commute'],
    ["two more weeks of this course and i'm done!!"],
  ])('%s', (text) => {
    expect(flagged(text), text).toBe(false);
  });
  it.each([
    ['the report is garbage, start over'],
    ['you need to listen to me'],
    ["two more weeks of your excuses and I'm done"],
    ["one more week of this and I'm done"],
  ])('still flags %s', (text) => {
    expect(flagged(text), text).toBe(true);
  });
});

describe('the kinds set (tests/fixtures/corpus/kinds-h16.tsv)', () => {
  const rows = kindsRows('kinds-h16.tsv');
  it('flags nearly every hostile message and few warm ones', () => {
    const { recall, falseAlarms } = kindsFigures(rows);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(falseAlarms).toBeLessThanOrEqual(0.1);
  });
});
