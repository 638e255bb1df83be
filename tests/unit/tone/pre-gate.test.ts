import { describe, expect, it } from 'vitest';
import { _passesPrefilter, analyze, detect } from '../../../lib/tone/index';
import { FAMILIES } from '../../../lib/tone/rules/index';
import type { PhraseRule } from '../../../lib/tone/rules/phrases';
import { roughTokens, tokenize } from '../../../lib/tone/text';
import { SENSITIVITIES } from '../../../lib/tone/types';
import { readKindsTexts } from './helpers';

/**
 * `PhraseRule.pre` (round speed36): what a pattern's guard needs of the whole message (a length, a
 * quote mark, a word of the message). Where it is false the pre-filter does not count the pattern's
 * rough hits, so a message whose only hits are such patterns skips segmentation and the families.
 * It is a filter only: wherever the guard accepts a hit, `pre` must hold.
 */
const hostile = [
  // frames, quoted blame; disdain, scare quotes
  'your "upgrade" wiped every photo I had',
  'your "job" is a joke',
  // rebuffs, an order pressed
  'Call me back immediately.',
  'Put the phone down. Now.',
  'Put your phone away and listen to me.',
  // frames, "always … and then never"
  'he always says he will cook and then never does',
  // frames, an occasion counted
  'every single weekend you disappear on us',
  // desk, doubted competence and a sour tag
  'How are you still a senior engineer?',
  'Zero tests and the build broke again. Real professional.',
  'The demo crashed again and nothing shipped. Stellar work.',
  'Not my problem anymore, sort it out yourself.',
  'Did you even finish training for this?',
  'Interns with more sense than you could run this.',
  'Is there anything you can actually do without help?',
  'What exactly are we paying you for?',
  // jeers, leaving with the door slammed
  "unsubbed, won't be back",
  // withdrawal, a curt reply
  'fine. whatever.',
  // aimed, fed up with them; slights, sarcastic thanks
  "I'm so sick of cleaning up after you",
  'Thanks for turning up two hours late, really.',
  // sneers, their work ranked the worst
  'dumbest take on this whole thread',
  // speed38: consequence, the stressed "someone"; scorn, ", right?"; rebuffs, exposure on a condition
  'SOMEONE forgot to feed the cat again.',
  'we missed the train because *someone* took forever',
  'You know the shop closes at six, right?',
  "Block me again and I'll send your boss every message.",
  // speed39: consequence, a threat after "or"; verdicts, theirs called a joke; disdain, "already"
  "Pay me back by Friday or I'll call my lawyer.",
  "Stop texting me or I'm telling everyone.",
  'your customer service is a joke',
  'just answer the question already',
  'move on already',
  // talk44: dismissive, learning told to them with its reproach
  'learn how the rota works before you comment on it',
];

const texts = [...hostile, ...readKindsTexts()];

describe('PhraseRule.pre', () => {
  it('holds wherever the guard of its pattern accepts a hit', () => {
    const asked = new Set<PhraseRule>();
    for (const f of FAMILIES) {
      const phrases = (f as { phrases?: readonly PhraseRule[] }).phrases;
      if (!phrases?.some((p) => p.pre)) continue;
      for (const text of texts) {
        const doc = tokenize(text);
        const words = roughTokens(text, 0);
        for (const sensitivity of SENSITIVITIES)
          for (const m of f.match({ doc, sensitivity })) {
            const p = phrases[Number(m.note)];
            if (!p?.pre) continue;
            asked.add(p);
            expect({ family: f.id, pattern: p.pattern, text, pre: p.pre(text, words) }).toEqual({
              family: f.id,
              pattern: p.pattern,
              text,
              pre: true,
            });
          }
      }
    }
    // Every pattern with a `pre` is exercised by some text.
    const all = FAMILIES.flatMap((f) => (f as { phrases?: readonly PhraseRule[] }).phrases ?? []);
    expect(all.filter((p) => p.pre && !asked.has(p)).map((p) => p.pattern)).toEqual([]);
  });

  it('a message whose only hits cannot lead anywhere skips the families; its quoted twin does not', () => {
    // "your" alone starts two patterns that read a quote mark after it.
    expect(_passesPrefilter('Loved your photos from the trip')).toBe(false);
    expect(_passesPrefilter('Loved your "photos" from the trip')).toBe(true);
    // "now" alone in a long message: the pressed order reads short messages only.
    const long = `Put the kettle on. Now. ${'The forecast looks fine for the picnic on Sunday. '.repeat(8)}`;
    expect(_passesPrefilter(long)).toBe(false);
    expect(_passesPrefilter('Put the kettle on. Now.')).toBe(true);
    for (const t of ['Loved your photos from the trip', long]) {
      expect(analyze(t).flagged).toBe(false);
      expect(detect(t).flagged).toBe(false);
    }
    expect(analyze('your "job" is a joke').flagged).toBe(true);
  });

  it('speed38: calm messages whose only hits need a mark, a word or a lone word they lack skip the families', () => {
    // Each calm line's hits need what its hostile twin has: capitals or asterisks on "someone", ",
    // right?", "you people", "before you comment", a one-word sentence after an order.
    const pairs: Array<[string, string]> = [
      ['Someone left the back door open, could you check it?', 'SOMEONE forgot to feed the cat again.'],
      ['You know the shop closes at six', 'You know the shop closes at six, right?'],
      ['I think you will love the new flat', 'you people will buy anything'],
      ['I want to learn how loans work', 'maybe learn how a loan works before you comment'],
      ['Put the kettle on now please', 'Put the kettle on. Now.'],
    ];
    for (const [calm, twin] of pairs) {
      expect({ calm, passes: _passesPrefilter(calm) }).toEqual({ calm, passes: false });
      expect({ twin, passes: _passesPrefilter(twin) }).toEqual({ twin, passes: true });
      expect(analyze(calm).flagged).toBe(false);
      expect(detect(calm).flagged).toBe(false);
    }
  });

  it('speed39: calm messages whose only hits are a plan of ours, a "your … is" or "already" skip the families', () => {
    // A threat needs what comes before it ("or", "if", "unless", "again"…), "your … is" a joke or a
    // sham, "already" an order it presses ("answer", "move on"…).
    const pairs: Array<[string, string]> = [
      ["I'll call the vet tomorrow morning", "Pay me back by Friday or I'll call my lawyer."],
      ["We're leaving for the coast on Saturday", "Stop texting me or I'm telling everyone."],
      ['Your garden is lovely this spring', 'your customer service is a joke'],
      ['We already booked the table for eight', 'just answer the question already'],
      ['The kids already ate, so no rush', 'move on already'],
    ];
    for (const [calm, twin] of pairs) {
      expect({ calm, passes: _passesPrefilter(calm) }).toEqual({ calm, passes: false });
      expect({ twin, passes: _passesPrefilter(twin) }).toEqual({ twin, passes: true });
      expect(analyze(calm).flagged).toBe(false);
      expect(detect(calm).flagged).toBe(false);
      expect(analyze(twin).flagged).toBe(true);
    }
  });
});
