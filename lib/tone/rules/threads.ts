/**
 * Round recall35: a comment thread's jabs at another commenter, by construction.
 * - the scoreboard: "ratio", "ratio'd by a meme", "massive L", "L take";
 * - sent home: "go back to twitter", "back to 4chan with you", "crawl back to wherever you came from";
 * - "found the guy who's never…", "ah, found the landlord": the reader filed as a type;
 * - their profile as the verdict: "your post history explains a lot", "the username says it all";
 * - "seething", "malding", "copium" said of them; "whole personality is <a show>";
 * - paid to say it: "how much are they paying you to post this".
 * Warm sides: the same words of oneself ("we took a massive L", "our copium is legendary", "I went
 * back to twitter"), kindly ("love your username"), an aspect ratio, or someone found for real
 * ("found the guy who fixed my bike").
 */
import type { Doc } from '../text';
import { opens } from './challenge';
import { cold, DIFFER, mine } from './jeers';
import { phraseFamily } from './phrases';
import { isClauseEnd, mentionsYou, says, sentenceOf, tokenWord as w } from './rule';

type Hit = { end: number };
/** Cold, and nobody of mine in the sentence. */
const c = (doc: Doc, first: number, hit: Hit) => !mine(doc, first) && cold(doc, first, hit.end);
const C = { rule: 'thread', severity: 2, min: 'balanced', why: 'mockery' } as const;

export const threads = phraseFamily({
  id: 'threads',
  category: 'contempt',
  phrases: [
    {
      // "ratio + didn't ask", "ratio'd by a reply"; "the ratio of flour to water" is a ratio
      pattern: "ratio|ratioed|ratio'd",
      ...C,
      guard: (doc, first, hit) =>
        opens(doc, first) &&
        (isClauseEnd(doc, first) ||
          /^(?:l|didn't|also|you|by)$/.test(w(doc, hit.end)) ||
          doc.text.startsWith('+', (doc.tokens[first]?.end ?? 0) + 1)) &&
        c(doc, first, hit),
      suggest: DIFFER,
    },
    {
      // "massive L, take it and go", "what an L"; "a big L bracket" is a shape
      pattern: 'massive|huge|big|an l',
      ...C,
      guard: (doc, first, hit) => isClauseEnd(doc, first + 1) && c(doc, first, hit),
      suggest: DIFFER,
    },
    {
      // "L take", "L for you"
      pattern: 'l take|takes|for_you',
      ...C,
      guard: c,
      suggest: DIFFER,
    },
    {
      // "go back to twitter", "take your nonsense back to facebook", "back to 4chan with you"
      pattern: 'back to twitter|reddit|facebook|tiktok|4chan|discord|instagram|youtube|wherever|whatever',
      ...C,
      guard: (doc, first, hit) =>
        /^(?:go|head|crawl|take|back|get|just)$/.test(w(doc, sentenceOf(doc, first).first)) &&
        !doc.text.includes('?') &&
        c(doc, first, hit),
      suggest: DIFFER,
    },
    {
      // "found the guy who's never worked retail", "ah, found the landlord"
      pattern: 'found the guy|person|kid|dude|landlord|boomer',
      ...C,
      guard: (doc, first, hit) =>
        opens(doc, first) &&
        (isClauseEnd(doc, hit.end - 1) ||
          says(doc, /\bwho\S* (?:has )?(?:never|still|thinks|can't|doesn't|peaked|failed)\b/i)) &&
        c(doc, first, hit),
      suggest: DIFFER,
    },
    {
      // "your post history explains a lot", "one look at your profile explains everything"
      pattern: 'post|comment|your|ur|the history|profile|username|taste',
      ...C,
      guard: (doc, first, hit) =>
        says(doc, /\b(?:explains|says it all|tracks|no wonder|just sad)\b/i) && c(doc, first, hit),
      suggest: DIFFER,
    },
    {
      // "you're seething", "the copium in this comment", "your whole personality is one anime"
      pattern: 'seething|malding|copium|whole_personality|entire_personality',
      ...C,
      guard: (doc, first, hit) =>
        (mentionsYou(doc, first) || says(doc, /\bcomment|\b(?:guy|dude|bro)'s\b/)) && c(doc, first, hit),
      suggest: DIFFER,
    },
    {
      // "how much are they paying you to post this?", "who paid you to say that"
      pattern: 'paying|paid you|u to post|say|write|defend|shill|comment|push',
      ...C,
      guard: c,
      suggest: DIFFER,
    },
  ],
});
