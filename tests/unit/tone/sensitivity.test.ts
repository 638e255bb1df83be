import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, type Sensitivity } from '../../../lib/tone/index';

/**
 * Each sensitivity flags what the options page says it does. The page's own words are read from
 * messages.json, so a change of wording there must come with the engine behaving that way.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const messages = JSON.parse(
  fs.readFileSync(path.join(root, 'public/_locales/en/messages.json'), 'utf8'),
) as Record<string, { message: string }>;
const hint = (key: string): string => (messages[key] as { message: string }).message;

const rules = (text: string, s: Sensitivity) =>
  analyze(text, { sensitivity: s }).findings.map((f) => f.category);

describe('Gentle: only the clearest cases (blame, insults, threats and shouting)', () => {
  const words = hint('sensitivityGentleHint').toLowerCase();
  it('the page still names these four', () => {
    for (const w of ['blame', 'insults', 'threats', 'shouting']) expect(words).toContain(w);
  });
  it.each([
    ['blame', 'You make me so angry when you do that.', 'blame'],
    ['insults', "You're such an idiot.", 'contempt'],
    ['threats', "If you do that again, I'm leaving.", 'withdrawal'],
    ['shouting in capitals', 'WHY DID YOU LEAVE ME THERE', 'heat'],
    ['stacked exclamation marks', "I can't believe you did that!!!", 'heat'],
    ['stacked mixed marks', 'You did what?!?!', 'heat'],
  ])('%s is flagged at Gentle', (_name, text, category) => {
    expect(rules(text, 'gentle')).toContain(category);
  });
  it('leaves the milder signs for later levels', () => {
    expect(rules('You should call your mother.', 'gentle')).toEqual([]);
    expect(rules('k.', 'gentle')).toEqual([]);
    expect(rules('Thank you so much!!!', 'gentle')).toEqual([]);
  });
});

describe('Strict: also the milder signs the page gives as examples', () => {
  // The examples are the quoted bits of the hint: “you should…”, “k.”, “Really?”.
  const examples = [...hint('sensitivityStrictHint').matchAll(/“([^”]+)”/g)].map((m) =>
    (m[1] as string).replace(/…$/, ''),
  );
  it('the page gives examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });
  /** Each example inside a real message (a bare "you should" needs the rest of its sentence). */
  const inMessage = (ex: string): string => (/\w$/.test(ex) ? `${ex} call your mother more often.` : ex);
  it('each example is flagged at Strict, in a real message', () => {
    for (const ex of examples) expect(rules(inMessage(ex), 'strict'), ex).not.toEqual([]);
  });
  it('and not at Balanced (they are the milder signs)', () => {
    for (const ex of examples) expect(rules(inMessage(ex), 'balanced'), ex).toEqual([]);
  });
});

describe('Balanced: the full set', () => {
  const words = hint('sensitivityBalancedHint').toLowerCase();
  it.each([
    ['blame', 'You made me miss the bus.', 'blame'],
    ['always and never', 'You never listen to me.', 'absolutes'],
    ['labels', "You're so selfish.", 'contempt'],
    ['talking down', "Calm down, you're overreacting.", 'talking-down'],
    ['pulling away', "Whatever, I'm done.", 'withdrawal'],
    ['heat', 'Really?!?! now??', 'heat'],
  ])('%s is flagged at Balanced', (name, text, category) => {
    expect(words).toContain(name);
    expect(rules(text, 'balanced')).toContain(category);
  });
});
