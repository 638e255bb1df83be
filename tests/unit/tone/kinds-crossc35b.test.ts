/**
 * Recall in blame and absolutes, second pass (session 35, helper crossc35b, `lib/tone/rules/frames.ts`):
 * a group's failure counted in public ("yet again the devs…") and blame through a quoted word ("your
 * "fix" bricked…"), each in wordings that share none of the probe rows' content words, with warm
 * near-twins that must pass clean. Our own sentences, none from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { rewrite } from '../../../lib/tone/index';
import { kind, kindsFigures, kindsRows, rewordsClean } from './kinds';

// -- absolutes: those who run a thing, their failure counted -------------------------------------------
kind(
  '"yet again / as usual / every single <x> the <runners> <failure>"',
  'absolutes',
  [
    'as usual the refs ruin the whole match',
    'ok so once again the studio deletes our saves!',
    'once again this airline loses my luggage',
    'yet again the league fines players for speaking up',
    'every single month the owners break the ticket site',
    'every single week the execs cancel our projects',
  ],
  [
    'yet again the organisers pulled it off, amazing',
    'as always the refs were fair today',
    'once again the mods locked the spam thread quickly, thanks',
    'every single match this league shows is great',
    'yet again the devs are smashing it',
    'look, once again the mods came through, spam is gone!',
    'every single month the owners break the record, legends',
  ],
);

// -- blame: their work in quote marks, then what it broke ----------------------------------------------
kind(
  '"your / the "<work>" that broke…"',
  'blame',
  [
    'ur "small change" broke checkout for everyone',
    // "the "<work>" …" was left out when merged: "the" as the rule's trigger let every sentence with
    // "the" through the rule's gate, and a long text lost a masked swear at its scan budget
    // (perf-shortcuts.test.ts).
  ],
  [
    'she called it a "shortcut" and it saved us an hour',
    'the "cleanup" crew did a great job',
    'your "secret recipe" is the best thing I ate all week',
    'we nicknamed the dog "trouble" and she broke a vase',
    'the "refactor" crashed nothing, well done 🙏',
  ],
);

describe('the probe set kinds-crossc35b.tsv (written before the rules)', () => {
  const rows = kindsRows('kinds-crossc35b.tsv');
  it('keeps its recall and false alarms', () => {
    const { recall, falseAlarms } = kindsFigures(rows);
    // 0.8 when written; 0.7 once the "the \"…\"" form was left out (see above).
    expect(recall).toBeGreaterThanOrEqual(0.7);
    expect(falseAlarms).toBeLessThanOrEqual(0.05);
  });
  it.each([['once again the mods ban people for no reason'], ['your "hotfix" wiped my settings']])(
    'rewords %s clean',
    (text) => {
      rewordsClean(text);
    },
  );
  it('reads the new frames in a message of many lines in bounded time', () => {
    const long = 'yet again the devs break the game. your "fix" broke my save. '.repeat(1700);
    const t0 = performance.now();
    kindsFigures([{ label: 'F', category: 'absolutes', text: long, line: 0 }]);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('blame through a quoted word: the rewording drops the quote marks and keeps the sentence', () => {
  it.each([
    ['ur "small change" broke checkout again', 'ur small change broke checkout again'],
    ['your "quick patch" bricked my laptop', 'your quick patch bricked my laptop'],
  ])('%s', (text, want) => {
    expect(rewrite(text).text).toBe(want);
  });
  it('keeps the rest of a message with a second blame reworded ("…because of you")', () => {
    const out = rewrite(
      'your "hotfix" crashed the till and now I\'m stuck here till ten because of you',
    ).text;
    expect(out).toMatch(/^your hotfix crashed the till and now I'm stuck here till ten/);
    expect(out).not.toMatch(/because of you|"/);
  });
});
