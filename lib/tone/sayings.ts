/**
 * Sayings with a name or a swear word in them ("a fool and his money are soon parted", "up shit
 * creek"): swapping the one word breaks the saying ("a person and his money…", "up things creek"),
 * so a rewording of any word in one says the whole saying in plain words. Read by rewording alone.
 */
import type { Draft } from './rules/rule';

/** Each saying as written, and what it says. Literal patterns only: linear. */
export const SAYINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bstupid is as stupid does\b/gi, 'you are what you do'],
  [
    /\ba fool and (?:his|her|their) money (?:are|is|were|r) (?:soon|quickly|easily) parted\b/gi,
    "money doesn't last long when you're careless",
  ],
  [/\b(?:there(?:'s|’s| is|s) )?no fool like an old fool\b/gi, "age doesn't always bring wisdom"],
  [/\bfools rush in(?: where angels fear to tread)?\b/gi, 'rushing in is risky'],
  [
    /\bfool me once,? shame on (?:you|u)\b(?:[,;.]? fool me twice,? shame on me\b)?/gi,
    "I won't fall for the same trick twice",
  ],
  [/\bup (?:shit|shits|shit's|shite) creek\b(?: without a paddle\b)?/gi, 'in deep trouble'],
  [/\bthe bastards grind (you|u|ya) down\b/gi, 'them wear $1 down'],
  [/\bshit or get off the pot\b/gi, 'decide or step aside'],
  [
    /\bbetter to (?:remain|stay|keep) (?:silent|quiet) and be thought a fool than to (?:speak|talk|open (?:your|one's|one’s) mouth) and remove all doubt\b/gi,
    "sometimes it's wiser to stay quiet",
  ],
];

/** The draft as the whole saying it touches, said plainly; the draft itself when it touches none. */
export function sayingWhole(text: string, d: Draft): Draft {
  // Only the words around the draft: no saying is longer than REACH characters.
  const from = Math.max(0, d.start - REACH);
  const near = text.slice(from, Math.min(text.length, d.end + REACH));
  // Every saying has one of these words: most drafts are then passed with one test, not nine.
  if (!HINT.test(near)) return d;
  for (const [re, plain] of SAYINGS) {
    re.lastIndex = 0;
    for (let m = re.exec(near); m; m = re.exec(near)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (start < d.end && end > d.start)
        return { start, end, text: m[0].replace(new RegExp(re.source, 'i'), plain) };
    }
  }
  return d;
}

/** A word each of SAYINGS holds (checked by the sayings test: a saying added without one fails). */
export const HINT = /stupid|fool|shit|bastard/i;

/** Longer than the longest saying. */
const REACH = 140;
