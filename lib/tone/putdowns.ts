/**
 * Put-downs that need no insult word: "tell your mother to stop dropping you on your head", "go cry
 * to your mommy", "keep crying me a river". Once the swear word or the name beside one is taken out,
 * the put-down is still the sentence's point: a rewording that leaves it says the insult without
 * the swear. Such a clause is said plainly instead ("I think you're wrong about this", "I don't see
 * it the way you do"). Only the rewording reads this: detection is unchanged.
 */
import type { Draft } from './rules/rule';
import type { Doc, Sentence } from './text';

/** Calling someone slow-witted by a stock image: dropped on the head, eating glue, the short bus. */
const WITLESS =
  /\b(?:dropp(?:ed|ing)|drops?) +(you|u|him|her|them|ya) +on +(?:your|ur|his|her|their|yo|ya) +heads?\b|\b(you|u|he|she|they|ya)(?: +were| +was| +got)? +dropped +on +(?:your|ur|his|her|their|yo|ya) +heads?\b|\b(?:(?:you|u|ya|he|she|they)(?: +(?:must|must've|must +have|probably|clearly|obviously|still|did|do|does|just|keep|kept|been|were|was|used +to)){0,2}|stop|quit|keep|go|start|continue|try) +(?:eat(?:s|ing)?|ate|eaten|lick(?:s|ing|ed)?) +(?:the +|some +|more +|too +much +)?(?:glue|crayons|paint +chips|lead +paint|paste|windows)\b|\brid(?:e|es|ing) +the +short +bus\b|\broom[- ]temperature +iq\b/i;

/** Mocking someone's feelings as a child's: cry me a river, go cry to your mommy, boo hoo. */
const MOCKED_TEARS =
  /\bcry(?:ing)? +(?:me +)?a +river\b|\b(?:go|run|going|running)(?: +and)? +(?:cry|crying|whine|whining|complain|tell|tattle|cry +home) +to +(?:your|ur|yo|ya) +(?:mommy|mummy|mom|mum|mama|momma|mother|daddy|dad)\b|\bboo[- ]?hoo\b|\bcheese +with +that +whine\b/i;

const FIRST_PERSON = /\b(?:i|i'm|im|i've|ive|i'd|me|my|mine|myself|we|we're|us|our)\b/i;

const SUBJECT: Readonly<Record<string, string>> = {
  him: "he's",
  he: "he's",
  her: "she's",
  she: "she's",
  them: "they're",
  they: "they're",
};

/**
 * A draft that takes out the swear word or the name of a sentence holding a put-down of this kind
 * becomes the clause said plainly (from the last comma before the edit or the put-down to the
 * sentence's end). Null when the sentence holds none.
 */
export function putDownKept(doc: Doc, d: Draft, s: Sentence | undefined): Draft | null {
  if (!s || s.contentEnd - s.start > 400 || d.start < s.start || d.end > s.end) return null;
  const body = doc.text.slice(s.start, s.contentEnd);
  const dull = WITLESS.exec(body);
  const tears = dull ? null : MOCKED_TEARS.exec(body);
  const hit = dull ?? tears;
  if (!hit) return null;
  // "my mum dropped me on my head lol", "boo hoo, I missed the bus": said of oneself, a joke
  // ("cry me a river" is the saying's own "me").
  if (FIRST_PERSON.test(body.slice(0, hit.index)) || FIRST_PERSON.test(body.slice(hit.index + hit[0].length)))
    return null;
  const from = Math.min(d.start, s.start + hit.index);
  const to = Math.max(d.end, s.start + hit.index + hit[0].length);
  // The clause: back to a comma, a semicolon or a colon before both, on to the sentence's end.
  const lead = doc.text.slice(s.start, from);
  const cut = lead.search(/[,;:][^,;:]*$/);
  let start = cut >= 0 ? s.start + cut + 1 : s.start;
  while (start < from && /\s/.test(doc.text[start] as string)) start++;
  const end = Math.max(to, s.contentEnd);
  let text: string;
  if (dull) {
    const who = (dull[1] ?? dull[2] ?? 'you').toLowerCase();
    text = `I think ${SUBJECT[who] ?? "you're"} wrong about this`;
  } else text = "I don't see it the way you do";
  return { start, end, text };
}

/** Our plain words for a put-down's clause (above). */
const SAID_PLAINLY =
  /^i (?:think (?:you're|youre|ur|you are|he's|she's|they're) wrong about this|don't see it the way (?:you|u) do)$/i;

/** Does this offer say plainly a clause that held a put-down? It comes before any cut that keeps it. */
export function saysPutDownPlainly(replaced: string, replacement: string): boolean {
  return SAID_PLAINLY.test(replacement) && (WITLESS.test(replaced) || MOCKED_TEARS.test(replaced));
}
