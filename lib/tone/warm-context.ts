/**
 * Warm-context guards: a finding a rule made is set aside, at gentle and balanced, when the message
 * around it shows the trigger word is used warmly: "pathetic in the best way", a film's villain, a
 * shouted "YOU GOT THE JOB!!!" beside "so proud of you", "Damn it, I spilled my coffee", "because
 * of you I understand taxes now. Thank you for being so patient", "don't talk to me until I've had
 * my coffee 😂", "calm down everyone 😂". Each guard is narrow and keeps its hostile cousin:
 * "not in a good way", "you're the villain here", "thanks a lot", "until you apologize".
 * Pure; reads only the document.
 */
import { INSULT_ADJECTIVES, valence } from './lexicon';
import type { Match } from './rules/rule';
import { isPerson, THING_NOUNS } from './rules/targets';
import type { Doc, Token } from './text';
import type { Category } from './types';

/**
 * The test of a pattern (no `g` or `y` flag: its answer depends on the text alone) that remembers
 * the last few texts it read and its answers. The guards run per match and read the same window,
 * sentence or neighbour again for each match that shares it (a run-on of matches: hundreds of reads
 * of one window); a text equal to one of those gets its answer again.
 */
export const lastRead = (re: RegExp) => {
  const seen = new Map<string, boolean>();
  return (s: string): boolean => {
    let v = seen.get(s);
    if (v === undefined) {
      if (seen.size > 7) seen.clear();
      v = re.test(s);
      seen.set(s, v);
    }
    return v;
  };
};

const LAUGH = /(?:^|[^a-z])(?:lol+|lmao+|lmfao|haha+|hehe+|rofl)(?:$|[^a-z])|😂|🤣|😆|😅|😜|😝|😛|🙈/i;
const SECOND = /^(?:you|your|u|ur|you're|youre|ya|yours|yourself|you've|you'll|you'd|y'all|yall)$/;

/**
 * How far around a finding its message is read, each side (characters). The guards read the
 * message, not just the sentence, but a long text is read only near each finding: a finding's check
 * costs the same in a 100,000-character text as in a short one.
 */
const WINDOW = 600;
/** Windows start and end on multiples of this, so findings near each other share one window. */
const STEP = 256;

/**
 * What the guards ask around a finding, worked out once for the findings that share its window and
 * its sentence. Two readings: what would set a finding aside (a laugh, cheer, good news, thanks)
 * is read only in the finding's own sentence and the one right after it, which answers it ("YOU
 * GOT THE JOB!!! So proud of you", "you did X. Jk, I loved it"); what keeps a finding (sarcasm,
 * sour or negative words, insults in capitals) is read in the whole window. A warm sentence
 * elsewhere ("Love you. WHY DID YOU TELL HER") excuses nothing.
 */
interface WindowFacts {
  lo: number;
  hi: number;
  /** The finding's sentence (its index). */
  si: number;
  /** The finding's sentence and the next one, within the window. */
  near: string;
  laugh?: boolean;
  cheer?: boolean;
  news?: boolean;
  /** fondTease's reading around the sentence, by label ("is the message fond around this label?"). */
  fond?: Map<string, boolean>;
  /** The shouted sentence is excitement over good news (excitedShout). */
  excited?: boolean;
  /** warmExclaim's reading of the window (see exclaimFacts). */
  exclaim?: ExclaimFacts;
}
/** What keeps a finding, read once per window for the sentences that share it. */
interface SpanFacts {
  lo: number;
  hi: number;
  sarcasm?: boolean;
  /** Nothing negative but excitement, no insult in capitals (the shout guard's window check). */
  plain?: boolean;
}
/**
 * What the guards ask of one document: facts of the whole message, worked out once per analysis
 * (the guards run per finding), the last window's facts and the last sentence's. One WeakMap, so
 * no document is kept alive by it.
 */
interface DocFacts {
  /** SOUR_EXTRA anywhere in the message. */
  sour?: boolean;
  /** Nothing sour or aimed anywhere in the message, for shouted news shared (calmMsg). */
  calm?: boolean;
  /** The last window and sentence read. */
  win?: WindowFacts;
  /** The last window read. */
  span?: SpanFacts;
}
const docFacts = new WeakMap<Doc, DocFacts>();
function factsOfDoc(doc: Doc): DocFacts {
  let d = docFacts.get(doc);
  if (!d) {
    d = {};
    docFacts.set(doc, d);
  }
  return d;
}

/** A laugh, cheer or good news in the finding's sentence or the next one. */
const laughIn = (f: WindowFacts): boolean => (f.laugh ??= LAUGH.test(f.near));
const cheerIn = (f: WindowFacts): boolean => (f.cheer ??= CHEERFUL.test(f.near));
const newsIn = (f: WindowFacts): boolean => (f.news ??= GOOD_NEWS.test(f.near));

function spanOf(doc: Doc, lo: number, hi: number): SpanFacts {
  const d = factsOfDoc(doc);
  const f = d.span;
  if (f && f.lo === lo && f.hi === hi) return f;
  const fresh: SpanFacts = { lo, hi };
  d.span = fresh;
  return fresh;
}

function factsOf(doc: Doc, lo: number, hi: number, si: number): WindowFacts {
  const d = factsOfDoc(doc);
  const f = d.win;
  if (f && f.lo === lo && f.hi === hi && f.si === si) return f;
  const fresh: WindowFacts = { lo, hi, si, near: nearText(doc, si, lo, hi) };
  d.win = fresh;
  return fresh;
}

/**
 * Sentence `si` and the next one, within [lo, hi); after a bare exclamation of up to three words
 * ("Wait WHAT?!"), the one after that too: "Wait WHAT?! You're engaged?! Congratulations!!!".
 */
function nearText(doc: Doc, si: number, lo: number, hi: number): string {
  const s = doc.sentences[si];
  if (!s) return '';
  // Or when the next one is such a bare exclamation or question (up to four words): "Are you kidding
  // me?! Tickets?! You're the best", "No way! You made this?? It's gorgeous".
  const n1 = doc.sentences[si + 1];
  const bare = (x: typeof s | undefined, n: number) => !!x && x.last > x.first && x.last - x.first <= n;
  const next = doc.sentences[si + (bare(s, 3) || bare(n1, 4) ? 2 : 1)] ?? n1;
  return doc.text.slice(Math.max(s.start, lo), Math.min(next ? next.end : s.end, hi));
}

/** Sentence `si` alone, within [lo, hi). */
function sentenceAt(doc: Doc, si: number, lo: number, hi: number): string {
  const s = doc.sentences[si];
  return s ? doc.text.slice(Math.max(s.start, lo), Math.min(s.end, hi)) : '';
}

/** The sentence of token `i`, within [lo, hi). */
function sentenceText(doc: Doc, i: number, lo: number, hi: number): string {
  const s = doc.sentences[(doc.tokens[i] as Token).sent];
  return s ? doc.text.slice(Math.max(s.start, lo), Math.min(s.end, hi)) : '';
}

function sentenceTokens(doc: Doc, i: number): [number, number] {
  const s = doc.sentences[(doc.tokens[i] as Token).sent];
  return s ? [s.first, s.last] : [i, i + 1];
}

const SECOND_IN_TEXT = /\b(?:you|your|u|ur|you're|youre|ya|yours|yourself|you've|you'll|you'd|y'all|yall)\b/i;

/**
 * Negative weight of the whole message's words (the document may hold tokens only for the sentences
 * a rule looked at), words in `skip` and, when asked, words in capitals left out.
 */
function msgNeg(text: string, skip: ReadonlySet<string>, skipCaps = false): number {
  // The message's negative words, read once for the guards of all its findings (a message of many
  // findings asked again for each: most of the time of "you idiot lol. " said 6,000 times).
  if (text !== negOf) {
    negOf = text;
    negRaw = [];
    for (const raw of text.slice(0, 2000).split(/[^A-Za-z']+/))
      if (raw !== '' && valence(raw.toLowerCase()) < 0) negRaw.push(raw);
  }
  let neg = 0;
  for (const raw of negRaw) {
    if (skipCaps && raw.length > 1 && raw === raw.toUpperCase()) continue;
    const w = raw.toLowerCase();
    if (!skip.has(w)) neg -= valence(w);
  }
  return neg;
}
let negOf = '';
let negRaw: string[] = [];

/** The words of tokens [from, to). */
function wordsOf(doc: Doc, from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (let k = from; k < to; k++) out.add((doc.tokens[k] as Token).w);
  return out;
}

/** Any second person in tokens [from, to) (at most 200 of them)? */
function hasSecond(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 200; k++) if (SECOND.test((doc.tokens[k] as Token).w)) return true;
  return false;
}

/** Negative weight of tokens [from, to) outside [skipFrom, skipTo), capitals skipped when asked. */
function negOutside(
  doc: Doc,
  from: number,
  to: number,
  skipFrom: number,
  skipTo: number,
  skipCaps = false,
): number {
  let neg = 0;
  for (let k = from; k < to && k < from + 200; k++) {
    if (k >= skipFrom && k < skipTo) continue;
    const t = doc.tokens[k] as Token;
    if (skipCaps && t.caps) continue;
    const v = valence(t.w);
    if (v < 0) neg -= v;
  }
  return neg;
}

/** "in the best way", "in a good way", "(I mean that) as a compliment", not "not in a good way". */
const BEST_WAY = lastRead(
  /(?<!\bnot )\bin (?:the|a|the most) (?:best|good|nice|nicest|lovely|fun|loving|sweet) (?:possible )?way\b|\bas a compliment\b|\(complimentary\)/i,
);

/** Faces and hands of scorn: an eye-roll, an upside-down smile, a slow clap, a clown, anger. */
const EYE_ROLL = /\u{1F644}|\u{1F643}|\u{1F612}|\u{1F611}|\u{1F621}|\u{1F624}|\u{1F92C}|\u{1F44F}|\u{1F921}/u;

/**
 * The writer welcomes what they named: "… and I love that", "it means a lot", "please keep doing
 * it", "I hope you never do", "wouldn't have you any other way", "I regret nothing"; not "love that
 * for me", not asked.
 */
const WELCOMED =
  /\b(?:(?:and|but) i (?:love|adore) (?:it|that|this)(?! for| when)|(?:it|this|that) means (?:a lot|so much|the world)|keep (?:doing it|them coming)(?! and)|i hope (?:you|u) never (?:do|change)|(?:have|want) (?:you|u|it) any other way|i regret nothing)\b(?![^.!?]*\?)/i;

/** People of a story or a game: "the villain", "the antagonist", "that boss fight". */
const FICTION =
  /\b(?:villains?|antagonists?|bad ?guys?|baddies|boss (?:fight|battle|level)s?|final boss|npcs?|the joker|(?:main |side )?characters?|protagonists?|narrators?|heroine|heroes|(?:first|second|third|final|last|opening|closing) (?:act|scene)|pantos?|pantomimes?|the play|the musical)\b/i;

/** Where a story's people are: "in the novel", "in this show" (not its makers: "the writers of this show"). */
const STORY_AT =
  /\bin (?:the|this|that) (?:\w+ )?(?:books?|novels?|films?|movies?|shows?|series|episodes?|plays?|comics?|anime|sitcoms?|musicals?|sequels?|cartoons?)\b/i;

/** The real people behind a story: "the writers", "the cast". */
const MAKERS = /\b(?:writers?|directors?|cast|actors?|actress|creators?|authors?)\b/i;

/** A foe in a game, and a word of the game: "that boss … took me 40 tries", "the pathfinding AI". */
const GAME_FOE = /\b(?:th(?:is|at|e|ese|ose))(?: \w+)? (?:boss|ai|npcs?|bots?|mobs?)\b/i;
const GAME = /\b(?:games?|tries|attempts|levels?|bombs?|raids?|pathfinding|tutorial)\b/i;

/** A pet named before a label ("that dog is the silliest clown") or after it ("real mature of my cat", "calm down kitty"). */
const PET_BEFORE = /\b(?:my|the|that|this|our) (?:\w+ )?(?:cat|dog|kitty|puppy|doggo)\b/i;
const PET_AFTER = /^\W*(?:of (?:my|the) (?:cat|dog)|kitty|puppy|doggo)\b/i;

/** Before a label, the writer or their side its subject: "we're such", "our table is", "I was a". */
const OWN_SIDE =
  /(?:^|[^\w'])(?:i'?m|i am|i was|we['\u2019]re|we are|we were|our (?:team|table|group|side|squad|crew|lot|band)(?: is| was| are| were)?)(?: (?:such|so|two|a|an|the|total|complete|real|utter|absolute|bunch of|pair of))*\s*$/i;

/** Before a label, a costume: "dressed up as a", "went as the". */
const COSTUME_BEFORE =
  /\b(?:dress(?:ed|es|ing)?(?: up)?|went|go(?:es|ing)?|came|turn(?:s|ed)? up) as (?:an?|the|some)\s+$/i;
/** After a label, a costume: "clown costume", "pirate outfit". */
const COSTUME_AFTER = /^\s*(?:costumes?|outfits?|make-?up|masks?|wigs?)\b/i;

/** Words after "this stupid …" that name a person: scorn of them stays. */
const PERSON_NOUN =
  /^(?:guy|guys|man|men|woman|women|girl|girls|boy|boys|kid|kids|people|person|dude|idiot|idiots|boss|manager|husband|wife|boyfriend|girlfriend|bf|gf|ex|friend|friends|neighbor|neighbour|neighbors|neighbours|coworker|colleague|brother|sister|mom|mum|dad|family|team|crowd|clerk|driver|customer|client|bitch|jerk|moron|fool|loser)$/;

/** A strongly warm phrase somewhere in the message (excitement, pride, good news). */
const CHEERFUL =
  /\b(?:so proud|proud of (?:you|u)|congrat\w*|best news|good news|so happy|happy for (?:you|u)|can'?t wait|love (?:you|u|it|this|them)|you'?re the best|well deserved|happy birthday|so excited|amazing|incredible|awesome|legend(?:ary)?|brilliant|stunning|gorgeous|yay+|woo+(?:hoo+)?|(?:hell|heck|fuck) (?:yes|yeah|yea)(?![^.!?]*\b(?:you|u|your|ur|you'?re)\b)|go+a+l+|what an? (?:goal|strike|save|shot|catch|finish|comeback))\b|🎉|🥳|❤|😍|🥰|💛|💕/i;

/** Words of excitement that read as sour out of context: "I'm screaming", "you're insane". */
const EXCITED: ReadonlySet<string> = new Set([
  'screaming',
  'crying',
  'dying',
  'dead',
  'insane',
  'crazy',
  'unreal',
  'wild',
  'obsessed',
  'jealous',
  'shaking',
  'kidding',
  'unbelievable',
]);

/** "You are always so kind", "you're always there for me": an absolute that praises. */
const ABS_PRAISE =
  /\b(?:so|really|such an?|super|incredibly)\s+(?:kind|sweet|generous|thoughtful|patient|helpful|supportive|caring|lovely|nice|good to (?:me|us|everyone)|fun|warm|welcoming)\b|\bthere for (?:me|us|everyone)\b|\bshow up (?:for (?:me|us|people)|when (?:i|we) need (?:you|u|it most|help|someone))\b/i;

/** "jk, I loved it": a joke taken back. */
const JOKING = /\b(?:jk|j\/k|just kidding|kidding)\b/i;

/** An invitation after a joke: "Dinner at mine Friday?", "Want to get some?". */
const INVITE =
  /\b(?:want to|wanna|come over|join (?:me|us)|let'?s|who'?s in|you in|same time)\b[^.!]*\?|\b(?:dinner|lunch|brunch|drinks|coffee|tonight|friday|saturday)\b[^.!?]*\?/i;

/** Laughing at something: "I'm done, I can't stop laughing 😂". */
const LAUGHING =
  /\b(?:i|i'm|im|i've|we|we're)(?:\s+[\w']+){0,3}\s+(?:laugh\w*|crying|dying|wheezing)\b|\bcan'?t breathe\b/i;

/** "You're so dumb I love it 😂": a tease that ends in love. */
const LOVE_AFTER = /\bi (?:love|adore|luv) (?:it|you|u|this|that|him|her)\b(?! when)/i;

/** Sarcasm that wears a warm word: it keeps the finding. */
const SARCASM =
  /\b(?:thanks a lot|thanks for nothing|great,? just great|just great|real(?:ly)? nice|nice going|well done,? genius|good job,? genius)\b/i;

/** Sincere thanks: "thank you for being so patient", "thanks so much"; not "thanks for that" alone. */
const THANKS =
  /\b(?:thank you|thanks|thx)(?: so much| again)? for (?!(?:that|this)\s*(?:[.!,;]|$)|(?:nothing|ruining|wasting|ignoring|making|nothin)\b)(\w+(?:\W+\w+){0,4})/i;

/** A promise to come back: "will call you after", "talk later", "back after lunch". */
const RECONNECT =
  /\b(?:(?:will|i'?ll|gonna) (?:call|text|ring|message|ping|see) (?:you|u)|(?:call|text|ring|ping) (?:you|u) (?:after|later|back|tonight|tomorrow|in a bit)|(?:talk|chat|speak) (?:to (?:you|u) )?(?:later|soon|tonight|tomorrow)|ttyl|back (?:after|in a|soon|online|tomorrow)|brb)\b/i;

/** A stretch of time a break lasts: "for a week", "for the exam week", "for a few days", "till monday". */
const BREAK_SPAN =
  /\b(?:for|until|till) (?:\w+ ){0,3}(?:bit|while|days?|nights?|week(?:end)?s?|month|\w+day|tomorrow)\b/i;

/** "until I've had my coffee", "until after breakfast": a condition about oneself, not a demand. */
const UNTIL_MINE =
  /\buntil (?:i(?:'ve| have)? (?:had|finished|eaten|drunk)|after) (?:my |breakfast|lunch|coffee|tea)/i;

/** People addressed as a group: "calm down everyone". */
const GROUP = /^(?:everyone|everybody|guys|y'all|yall|folks|people|team|all|lads|ladies|kids|chat)$/;

/** Pet names said with love: "love you, weirdo", "miss you, dummy". */
const SOFT_LABEL =
  /^(?:weirdo|dummy|dork|nerd|goof|goofball|doofus|dingus|numpty|muppet|silly|sillyhead|nutter|nutcase|idiot|dweeb|goober|loser|brat|cheeseball|fool)$/;

/**
 * Good news told: "we got the house", "she said yes", "you won the raffle", "we're having a baby",
 * "you're engaged"; without a subject at the start of a sentence: "GOT THE JOB!!!".
 */
const GOOD_NEWS =
  /\b(?:(?:they|she|he) (?:(?:picked|chose) (?:you|u|your \w+) for|(?:gave|offered) (?:you|u) (?:the|a) (?:scholarship|job|part|role|prize|award|promotion|place|spot))\b(?![^.!?]*\bover (?:me|us)\b)|(?:we|i|she|he|they|you|u) (?:just |finally |actually )?(?:got (?:the|in|into|it|engaged|married|tickets|accepted)|won|passed|made it|did it|nailed it|pulled (?:it|that) off|said yes)|(?:got|getting) (?:engaged|married)|pregnant|promoted|new job|(?:you'?re|we'?re|i'?m|she'?s|he'?s|they'?re) (?:engaged|getting married|moving (?:here|closer|next door)|coming (?:home|back))|(?:we'?re|i'?m|she'?s|they'?re|you'?re|ur) (?:having|expecting)(?: (?:a baby|twins|triplets|a (?:girl|boy))|(?=\W*(?:[!?]|$)))|it'?s a (?:girl|boy)|(?:we'?re|i'?m|you'?re|they'?re|(?:s?he|it)'?s) (?:in|into|through to) the (?:finals?|semis?|semi-?finals?|playoffs|next round))\b(?!,? again)|^\W*(?:just |finally )?got (?:the (?:job|house|flat|place|part|offer|keys)|in|accepted)\b(?!,? again)|\b(?:the|my|our|his|her|their) \w+ (?:(?:has |have )?(?:just |finally |actually )?(?:came|went) through|(?:has |have |was |were |got |is |are )(?:just |finally )?(?:approved|granted))\b(?!,? again)/i;

/**
 * A finished task, named beside "I'm done": "that's the last of the laundry", "finally painted", "last
 * slide done"; or a lift asked for after it: "come get me".
 */
const TASK_DONE =
  /\b(?:submitted|finished|complete|completed|beat|cleared|launched|painted|packed|unpacked|moved in|cleaned|fixed|shipped|uploaded|graded|filed|wrapped up|handed in|the last (?:of|box|one|exam|page|load|shift|coat)|(?:last|final) \w+ (?:done|sent|in)|come (?:get|grab) me|pick me up)\b|🎉|🥳/i;

/** Words that sour a message though the lexicon leaves them be: "your lies", "again". */
const SOUR_EXTRA =
  /\b(?:lies|lying|liar|crashed|ruin\w*|wreck\w*|excuses|again|anymore|nothing|nobody|no one|mess|(?<!(?:did|do|does)(?:n't| not) )(?:have|had) to|hate|sick of|tired of|why)\b/i;

/** cluster41: a bare approving word that closes the message ("…for 3 days. cool.", "…, shocker"). */
const SIGN_OFF_END =
  /[.,;:]\s*(?:cool|great|amazing|lovely|brilliant|perfect|fantastic|wonderful|awesome|nice|shocker|classic|congrats|congratulations|(?:thanks|cheers) for that|cool,? thanks|love that for me)\.*\s*$/i;

/**
 * cluster41: that sign-off said sourly: it ends a message said to someone, no "!", laughter or warm
 * emoji in the window, and no other good word there ("as usual your breakdown is the clearest, thanks").
 */
function soreSignOff(doc: Doc, lo: number, hi: number): boolean {
  if (hi < doc.text.length) return false;
  const msg = doc.text.slice(lo, hi);
  const m = SIGN_OFF_END.exec(msg.slice(-60));
  if (!m || /!/.test(msg) || !SECOND_IN_TEXT.test(msg) || LAUGH.test(msg) || WARM_EMOJI.test(msg))
    return false;
  const rest = msg.slice(0, msg.length - 60 + m.index);
  return !rest
    .slice(-2000)
    .split(/[^A-Za-z']+/)
    .some((x) => valence(x.toLowerCase()) > 0);
}

/** Blame that names a cause, which a good outcome can follow: "because of you", "you're the reason". */
const CAUSE = lastRead(
  /\b(?:(?:because|cuz|cus|coz|cos|bc|b\/c) of (?:you|u)|thanks to (?:you|u)|(?:you'?re|you are|ur|u r) (?:the )?(?:reason|why)|(?:you|u) (?:made|got|taught|helped) me)\b/i,
);

const LUV = /\b(?:love|luv) (?:you|u|ya)\b/i;
/** A wish said to them: "happy last day", "good luck", "happy retirement". */
const WISH = lastRead(
  /\b(?:good luck|happy (?:\w+ )?(?:day|birthday|anniversary|retirement|holidays|new year|weekend))\b/i,
);

/**
 * The reader's belief, its verb before "your fault": "you thought it was your fault"; or how it
 * feels to them, granted: "I know it feels like your fault", "I get that it might seem like ur fault".
 */
const OWN_BELIEF = lastRead(
  /(?:\b(?:you|u)\s+(?:\w+\s+)?(?:thought|think|believe|believed|feel|felt)|\bfeeling|\bi (?:know|get|understand|can see|reali[sz]e)\s+(?:that\s+|how\s+|why\s+)?(?:it|this|that|things)\s+(?:\w+\s+)?(?:feels?|felt|seems?|seemed|looks?|looked)|\bmakes?\s+(?:you|u)\s+(?:believe|think|feel))\s+(?:(?:like|that)\s+)?(?:[\w'\u2019]+\s+){0,3}(?:your|ur) fault$/i,
);

/**
 * What thanks are for when they are for help: a deed ("being so patient", "watering them", "not
 * letting me quit"), "you".
 */
const FOR_THE_HELP =
  /^(?:\w+ing\b|(?:every|each|always)\b|not (?:letting (?:me|us) (?:quit|give up)|giving up)\b|your\b|you\b|all\b|everything\b|the (?:help|support|advice|rec|recs|recommendation|tip|tips|push|patience|lesson|lessons)\b)/i;

/** A thank-you said alone, after what it thanks for: "Thank you.", "thanks so much!", "Just wanted to say thanks.". */
const BARE_THANKS =
  /^\W*(?:(?:(?:i )?(?:just )?(?:wanted|want) to say )?(?:thank you|thanks|thx|ty))(?: so much| again| x+)?\W*$/i;

/** Troubles AFINN leaves unscored, beside a "blame": "I'm late", "we missed it", "I started smoking". */
const TROUBLE = lastRead(
  /\b(?:late|miss|missed|lose|lost|fail\w*|cry|cried|crying|quit|smoking|drinking|gambling|sack(?:ed)?|fired|dumped|broke|broken|debt|headaches?|stress(?:ed)?|anxiety|insomnia)\b/i,
);

/**
 * Praise of the reader or of what they made, or thanks: "you're a hero", "it's gorgeous", "thank you".
 * After disbelief ("are you kidding me?!", "no fucking way") it makes the disbelief delight.
 */
const YOU_PRAISED =
  /\b(?:(?:you'?re|ur|u r|you were|you'?ve been) (?:a |an |the |my |such a |so )?(?:best|hero|legend|star|angel|gem|amazing|brilliant|awesome|talented)|(?:it'?s|this is|that'?s|they'?re|looks?) (?:so |just )?(?:gorgeous|beautiful|stunning|amazing|perfect|delicious|lovely|brilliant)|thank (?:you|u)|(?:love|luv) (?:you|u|ya|it)|you (?:\w+ly )?(?:nailed|aced|smashed)|is your first)\b/i;

/** The writer names their shout as excitement: "I'm just excited", "sorry for the caps", "caps lock". */
const OWN_EXCITEMENT =
  /\b(?:(?:i'?m|im|i am) (?:just |so )?(?:excited|hyped|pumped|thrilled|stoked)|sorry (?:for |about )?(?:the )?caps|caps ?lock)\b/i;

/** An aside naming the writer as the one a label is for: "(me, I'm the genius)", "— talking to myself". */
const SELF_ASIDE =
  /^\s*[(,\u2013\u2014-]\W{0,3}(?:(?:i mean|that(?:'?s| was)|talking (?:to|about)) )?(?:me|myself|self)\b(?! and| or| too| of)/i;

/** A cost explained by how good the thing was: "bc that story was so good", "the show was too gripping". */
const TOO_GOOD =
  /\b(?:it|th(?:at|is|e|ese|ose)|your|ur)(?: [\w']+){0,2} (?:was|is|were|are|got) (?:just )?(?:so|too) (?:good|funny|gripping|addict\w*|interesting|cute|exciting|hilarious|delicious|catchy|fun)\b/i;

/** Comfort after "calm down": "you'll be fine", "you didn't break it", "it's not your fault", "I'll put it outside for you". */
const REASSURE =
  /\b(?:(?:you|u|it|everything)(?:'?ll| will|'?re| are|'?s| is|r) (?:going to |gonna )?be (?:fine|ok|okay|alright|all right)|(?:you|u) (?:didn'?t|did not|haven'?t) (?:break|broke|ruin|wreck|mess up|lose|lost|delete|kill)|(?:it'?s|its|that'?s|it was|wasn'?t) (?:not )?(?:your|ur) fault|(?:we|i)'?ll (?:fix|sort|figure) (?:it|this)|(?<!\bor )(?:we|i)'?ll (?:put|take|carry|get|grab|catch|handle) (?:it|that|this|him|her|them)\b[^.!?]{0,24}\bfor (?:you|u)\b|happens to every|(?:it'?s|its|it is|just|only) (?:just |only )?a (?:little |small |tiny )?(?:scratch|bruise|dent|scrape|graze|bump|nick)\b|\bno(?:body|one| one)(?:'?s| is| was| got) hurt\b|\bno harm done\b|(?:can'?t|won'?t) hurt (?:you|u)\b(?! to)|(?:it'?s|its|it is) (?:just|only) (?:me|us)\b(?! (?:asking|saying|telling|who))|(?:you|u)(?:'?ll| will|'?re going to|'?re gonna) (?:smash|nail|ace|crush|rock|own) (?:it|this|that|the)\b)/i;
/**
 * A remedy or trust after "not that deep": "just sand it down", "a plaster will do", "you've got this",
 * "the water only comes to your knees".
 */
const REMEDY =
  /\b(?:you'?ve got this|you got this|(?:plaster|band-?aid) (?:will|should) do|just (?:sand|patch|glue|tape|repaint|restart|reboot|unplug)\b|only comes to your|you can (?:stand|touch the bottom))/i;
/** What can be ruined in jest: the writer ("ruined me"), a song or a film for them, a surprise. */
const RUIN_FUN =
  /\bruin(?:ed|s)? (?:me|us)\b(?! for (?:life|good))|\bruin(?:ed|s)? (?:th(?:at|is|e)|my) (?:\w+ )?(?:song|tune|album|show|film|movie|book|game|ending|episode) for (?:me|us)\b|\bruin(?:ed|s)? (?:the|my) surprise\b/i;
/** Laughter told in words: "I'm wheezing", "cackling", "made me laugh". */
const MIRTH = /\b(?:wheez|cackl|giggl|laugh|snort|howl)\w*/i;
/** The result shown off: the writer's own making, or "perfect", "gorgeous". */
const SHOWN_OFF =
  /\bi (?:just )?(?:baked|made|cooked|cleaned|knitted|painted|planted|built|tidied|finished)\b|\b(?:perfect|gorgeous|beautiful|stunning|delicious|amazing)\b/i;
/** An order for their own good: "go to bed", "get some rest", "eat something". */
const FOR_THEIR_GOOD =
  /\b(?:go to (?:bed|sleep)|get some (?:sleep|rest)|drink (?:some )?water|eat something|take a break)\b/i;
/** Tears at something moving: "crying at a dog food commercial", "cry at the wedding speech". */
const MOVED_TEARS = lastRead(
  /\b(?:cry|crying|cried|sobbing|tearing up|in tears) (?:at|during|over|watching) (?:a |an |the |that |this |your |my )?(?:\w+ ){0,2}?(?:commercial|ad|advert|video|speech|film|movie|ending|episode|card|letter|song|vows|toast|clip|proposal)s?\b/i,
);
const TEARS = new Set(['cry', 'crying', 'cried', 'sobbing', 'tears', 'damn', 'menace']);
/** More asked for, the clause closed after it: "tell it again", "do it again!!", "send more". */
const ENCORE =
  /\b(?:(?:do|tell|say|sing|play) (?:it|that|this|one) again|send more)(?! and| or)\s*(?:[.!😂🤣]|$)/iu;
/** Verdicts a joke or a shot gets in jest: "that pun was awful", "disgusting shot". */
const MOCK_VERDICT = new Set([
  'worst',
  'terrible',
  'awful',
  'disgusting',
  'criminal',
  'filthy',
  'evil',
  'nasty',
  'sick',
]);
/** The weather and the road, sworn at by nobody's fault: "this fucking rain", "the shit traffic". */
const WEATHER = /^(?:weather|rain|snow|wind|cold|heat|fog|storm|hail|traffic|commute)$/;
/** Nobody hurt: "nobody's hurt", "no one got hurt", "no harm done". */
const UNHURT = /\bno(?:body|one| one)(?:'?s| is| was| got) hurt\b|\bno harm done\b/gi;
/** The trouble comfort is about, no heat in itself: "one bad grade", "you didn't break it". */
const TROUBLE_WORDS: ReadonlySet<string> = new Set(
  'bad break broke broken worried scared nervous mistake fault lost miss missed burnt wrong failed stress ruin ruined mess crash stuck'.split(
    ' ',
  ),
);

/** A negation: "I can't sleep", "I never". */
/**
 * A step taken or a gain, told after "because of you" / "you're the reason": the writer, or someone
 * of theirs, (finally / actually …) did it. Steps that may be troubles ("started", "tried") need the
 * adverb of a hurdle overcome.
 */
const STEP_TAKEN =
  /^\W*(?:i|we|(?:my|our|the) [a-z]+)(?:'m|'re|'ve| am| are| have)? (?:(?:(?:finally|actually|even) )?(?:booked|joined|signed up|enrolled|finished(?! last)|learn(?:ed|t)|stuck with|applied|passed|took up)|(?:finally|now|actually|even) (?:started|tried|ate|got into|(?:like|love|enjoy|look)(?:s|ing)?))\b/i;

/** What they made or shared, named after "with": "with that meme", "with your speech". */
const CREDITED = lastRead(
  /\bwith (?:that|this|your|ur|the) (?:[a-z]+ ){0,2}(?:meme|message|video|joke|pun|speech|card|letter|post|toast|photo|gift|note|text)\b/i,
);
/** Love, pride or thanks said outright: "love you too", "so proud of you", "marry me", "miss you". */
const FOND_SAID =
  /\b(?:(?:love|luv|adore|miss(?:ed)?) (?:you|u|ya|your)|ily|proud of (?:you|u)|marry me)\b|\u2764|\u{1F618}/iu;
/**
 * Words a kind reading owns, skipped when the guards below count negative words: pet names
 * ("loser"), a body's reaction to what they made ("cry", "spit"), the longing ("miss"), one's own
 * thing breaking down ("died", "froze"), an apology beside a pet name ("sorry I went quiet, missed you weirdos").
 */
const FOND_OWN: ReadonlySet<string> = new Set(
  'genius weirdo dork nerd goof goofball dweeb loser silly miss missed sorry cry cried crying tears spit snort choke died crashed froze broke jammed'.split(
    ' ',
  ),
);

/** Words that end a noun phrase: a verb, a preposition, a pronoun. */
const FUNCTION_WORD =
  /^(?:is|are|was|were|be|been|am|on|in|at|to|of|for|from|by|with|and|or|but|the|a|an|this|that|it|they|who|which|has|have|had|do|does|did|will|would|can|could|should)$/;

/** Ills that befall people and gadgets, scorned as things: "this stupid disease", "the dumb plugin". */
const AILMENT =
  /^(?:disease|illness|cancer|virus|flu|cold|bug|infection|injury|migraine|hangover|plugin|gadget|device|machine)s?$/;

/**
 * A scornful word (one word, not a person's noun) opening its clause or after "this / the / my …",
 * then a thing's noun within three words (plain words between, no person): "stupid printer jammed",
 * "this dumb little browser plugin", "pathetic little cold front", "this stupid disease".
 */
function thingScorned(doc: Doc, m: Match, sFirst: number, sLast: number): boolean {
  const t = doc.tokens;
  const w = (t[m.first] as Token).w;
  if (m.last !== m.first + 1 || !INSULT_ADJECTIVES.has(w)) return false;
  const prev = m.first > sFirst ? (t[m.first - 1] as Token).w : '';
  if (!/^(?:|this|that|the|my|our|these|those)$/.test(prev)) return false;
  for (let k = m.last; k < sLast && k < m.last + 3; k++) {
    const x = t[k] as Token;
    if (!/^\s+$/.test(doc.text.slice((t[k - 1] as Token).end, x.start))) return false;
    if (PERSON_NOUN.test(x.w) || isPerson(x.w)) return false;
    if (THING_NOUNS.has(x.w) || AILMENT.test(x.w)) return true;
    if (valence(x.w) !== 0 || FUNCTION_WORD.test(x.w)) return false;
  }
  return false;
}

/**
 * A feeling granted, not denied: "you're allowed to be upset", "you have every right to be angry",
 * "it's ok to feel sad", "your feelings are valid".
 */
const GRANTED =
  /(?<!\b(?:not|never) |n't |n't\s\w+ )\b(?:(?:you'?re|you are|ur|u r) allowed to (?:be|feel)|(?:you|u) have every right to (?:be|feel)|(?:it'?s|its|it is) (?:ok|okay|fine|normal|valid|understandable) to (?:be|feel)|(?:your|ur) feelings are valid)\b/i;

/** Things one owns or makes, beside THING_NOUNS: "plugin", "gadget", one's own "joke". */
const OWN_THING = /^(?:plugin|gadget|device|machine|kettle|joke|pun|question|idea)s?$/;

const NEGATED = lastRead(/n['’]t\b|\b(?:not|never|no|nothing|nobody|cannot|[cd]ont|didnt|wont)\b/i);

/** The sentence before the finding, its own without the finding, and the next (within the window). */
function around(doc: Doc, si: number, lo: number, hi: number, start: number, end: number): string {
  const prev = doc.sentences[si - 1];
  const own = doc.sentences[si];
  const next = doc.sentences[si + 1];
  const from = Math.max(lo, (prev ?? own)?.start ?? lo);
  const to = Math.min(hi, (next ?? own)?.end ?? hi);
  return `${doc.text.slice(from, start)} ${doc.text.slice(end, to)}`;
}

/**
 * Moved by a story, its own words of harm: "episode 6 wrecked me", "the ending of that show destroyed
 * me", "that song broke me". A story or a song is the subject, not a person.
 */
const MOVED =
  /\b(?:episode|show|series|ending|finale|book|chapter|song|album|film|movie|season|scene|trailer)(?: \d+)? (?:absolutely |completely |actually |just )?(?:wrecked|destroyed|broke|killed|ended) (?:me|us)\b/i;

/** SOUR_EXTRA over a whole message, tested once per analysis (guards run per finding). */
function sourMsg(doc: Doc): boolean {
  const d = factsOfDoc(doc);
  d.sour ??= SOUR_EXTRA.test(doc.text.replace(MOVED, ' '));
  return d.sour;
}

/** Something gained or enjoyed: "I bought three plants", "now I'm hooked", "we finally have". */
const PLEASURE =
  /\b(?:bought|buy|ordered|(?:i|we|now) own|finally|obsess\w*|addict\w*|habit|hooked|signed up|tried|laughed|laughing|can'?t stop|love|loving|garden|playlist|plants?|keep (?:them|'em) coming|rematch)\b/i;

/** What they shared or recommended: "your brownie recipe", "the book you assigned", "whoever recommended". */
const SHARED = lastRead(
  /\b(?:(?:your|ur) (?:\w+ )?(?:recipe|book|tip|video|pic|playlist|advice)s?\b|(?:you|u|whoever) (?:recommended|assigned|lent|(?:sent|shared|showed) (?:me|us))\b)/i,
);
/** A treat given: "bring snacks", "leave me the last slice", "let me pay". */
const TREAT =
  /\b(?:brings?|brought|ha(?:ve|s)|(?:leave|save|buy)s? (?:me|us)) (?:\w+ ){0,2}?(?:snacks|cake|cookies|treats|coffee|the last (?:slice|piece))\b|\blet (?:me|us) pay\b/i;

/** A food emoji: "🍰", "🍕", "🥐". */
const FOOD_EMOJI = /[\u{1F32D}-\u{1F37F}\u{1F950}-\u{1F96F}]/u;

/** What one is fond of being hooked on: a show, a song, a game, a hobby, a food. */
const FANDOM =
  /\b(?:show|series|season|episodes?|songs?|album|band|playlist|books?|novels?|games?|podcast|films?|movies?|anime|manga|recipes?|plants?|shop|crochet\w*|knit\w*|bak\w*|garden\w*|hobby|food|dish\w*|caf[eé]|coffee|tea|snacks?|sushi|ramen|pizza|tacos?|curry|pastr\w*|cookies|chocolate)\b/i;

/** Being hooked on a pleasure, or buying into it: "now I'm obsessed", "can't stop listening". */
const HOOKED =
  /\b(?:obsess\w*|addict\w*|hooked|can'?t stop (?:listen|watch|play|read|eat|bak|replay|rewatch)\w*|(?:bought|buy|order(?:ed)?|tried|try) (?:\w+ ){0,2}(?:more|new|another|some|an?|the|that|this|these|two|three|four))\b/i;

/** A caring or practical next step after an opening swear: "What do you want to do?" */
const CARE =
  /\b(?:what do you want|do you need|need a (?:lift|hand|ride)|want me to|can i (?:grab|bring|help|come)|are you (?:ok|okay|alright|all right)|anything i can|i'?m so sorry|so sorry|save me a seat|leaving now|on my way|still on for)\b/i;

/** Teasing labels that, before "you did X" and a laugh or thanks, read as fond. */
const TEASE_LABEL =
  /^(?:mess|dummy|jerk|bastard|idiot|goof|goofball|muppet|brat|clown|nerd|dork|weirdo|traitor|doofus|dingus|numpty|nutter|cheeseball|sneak|plonker|wally|donut|doughnut|noodle|nincompoop|knucklehead|fool|dumbass)$/;

/** Help offered after a fond label: "I'll drop it by", "want me to bring it round?", "next one's on me". */
const CARE_ACT =
  /\b(?:i'?ll|i will|i can|want me to|shall i|i'?ve) (?:drop|bring|pop|swing|run|post|send|put|keep|save|return|grab|get) |\bnext (?:one|round)'?s? (?:is )?on me\b/i;

/**
 * Praise in chat slang: "ur cooking slaps", "that fit is fire", "u killed it", "im here for it"; a
 * deed of skill called wild ("that shot was insane").
 */
const SLANG_PRAISE =
  /\b(?:slaps|slapped|goated|iconic|elite|hits different|1[01]\/10|chef'?s kiss|top tier|no notes|(?:i'?m|im) (?:here for it|obsessed)|(?:is|are|was|looks?|so) fire|(?:killed|nailed|crushed|smashed) it|(?:nailed|aced) th(?:e|at|is)|ate that|that (?:shot|goal|save|play|pass|dunk|catch|throw|trick|combo|clutch|solo|move|finish|edit|fit) (?:was|is) (?:insane|unreal|sick|nuts|crazy|mental|filthy|fire))\b/i;
/** Words of harm that slang praise owns ("killed it", "so fire", "was sick"). */
const SLANG_OWN: ReadonlySet<string> = new Set([
  ...EXCITED,
  'killed',
  'crushed',
  'fire',
  'sick',
  'nuts',
  'filthy',
  'mental',
]);

/** Words of hype for a skill ("you're insane at this game"), and what asks to learn it. */
const SKILL_HYPE =
  /^(?:insane|crazy|ridiculous|unreal|sick|mental|nuts|filthy|disgusting|absurd|obscene|scary|terrifying)$/;
const LEARN_FROM =
  /\b(?:teach me|show me how|how do (?:you|u) do (?:it|that)|how did (?:you|u) do (?:it|that)|how\W*$|goals|respect)\b|\u{1F525}|\u{1F62E}|\u{1F92F}/iu;
const NOT_A_SKILL =
  /^(?:times|the|this|that|night|nights|work|home|me|us|him|her|them|everyone|everything|people|least|all|first)$/;

/** Praise an absolute carries: "make the holidays feel special", "it's a feast". */
const ABS_PRAISE_MORE =
  /\bmakes? (?:\w+\s+){1,3}(?:feel (?:special|like home|welcome|loved|better|cosy|cozy)|special)\b|\bknow (?:exactly )?what to say\b|\bnever fail to (?:make|cheer)|\bit'?s a (?:feast|treat|party|joy)\b|\b(?:look|looks) (?:gorgeous|amazing|great|lovely|stunning)\b|\bfeel (?:better|happy|at home)\b|\b(?:life|soul) of the (?:party|room|night)\b|\bhad (?:a|the) (?:blast|ball|time of \w+ li(?:fe|ves))\b|\bin stitches\b|\boutdone (?:yourself|yourselves)\b|\bcame through\b|\bwent down a (?:treat|storm)\b|\bgoosebumps\b|\bgiggl\w*|\btalk(?:s|ed)? about it for (?:days|weeks|ages)\b|\bsaved the (?:day|night|trip|road trip|party)\b|\bmade (?:my|our|their|his|her) (?:day|night|week|year)\b|\bnever (?:age|get old)\b|\bthing i (?:love|adore|admire) about\b|\blike (?:a king|a queen|royalty)\b|\bmine now\b|\brematch\b|\bbanger\b|\bcracks? (?:me|us) up|\bi crack up|\bmake time for\b|\bnever (?:let \w+ (?:down|feel left out)|run out of good)\b|\byou (?:legend|star|angel|gem)\b|\bfirst (?:thing|dish|plate) (?:gone|to go)\b/i;

/**
 * A habit that cheers or inspires the writer to follow it: "make the stream feel like hanging out with
 * friends", "I want to redo my garage", "I get jealous", "teach me your ways".
 */
const HABIT_GIFT =
  /\bmakes? [^.!?]{0,20}feel (?:\w+ ){0,4}(?:fun|friends|family|home|welcome|special|safe)\b(?: even (?:when|if) [^,.!?]*)?|\bi (?:get jealous|want to (?:redo|try|make|build|cook|plant))\b|\bteach me your ways\b/i;
/** A kind act, its own words: "remembering …", "I learn something", "spoil me rotten", "cleaning up the spam". */
const KIND_ACT = /\b(?:remember\w*|learn\w*|spoil\w* (?:me|us)(?: rotten)?|clean\w* up(?: the \w+)?)/i;

/** A heart, a thank-you, a raised hand or a grin beside an absolute: "classic you, remembering birthdays ❤️". */
const WARM_EMOJI =
  /\u2764|\u{1F60B}|\u{1F979}|\u{1F970}|\u{1F60D}|\u{1F495}|\u{1F49B}|\u{1F49C}|\u{1F499}|\u{1F49A}|\u{1F64F}|\u{1F64C}|\u{1F917}|\u{1F60A}|\u{263A}|\u{1F604}|\u{1F603}|\u{1F601}/u;

/** Story people named by name with their story nearby: "Darth Vader …, rewatching with the kids". */
const STORY =
  /\b(?:episodes?|chapters?|season \d+|rewatch\w*|re-watch\w*|in (?:the|this) (?:book|film|movie|novel|series|show)|the (?:books|films|movies))\b/i;

/** A clown of the circus or a party. */
const CIRCUS =
  /\b(?:circus|unicycle|balloons?|juggl\w*|face paint|hired a clown|party clown|at (?:\w+'s |the )?party)\b/i;

/** A thing forgiven after its fault: "but tastes great", "but we figured it out", "but I love it". */
const BUT_FINE =
  /\bbut (?:[\w']+ ){0,3}(?:great|good|delicious|amazing|fine|worth it|works|worked|figured it out|love (?:it|them)|made it)\b/i;

/**
 * `lead` (the finding's sentence up to its end) ends "<this|the|my …> (is|was|looks …) [so] <word>",
 * no word of the subject a person (a person noun, an -er/-or/-ist noun but a thing), nobody
 * addressed in the sentence, and a laugh or a "but …fine" forgives it: "the plot twist was so
 * stupid I laughed", "my sourdough looks pathetic but tastes great".
 */
function thingLaughed(
  doc: Doc,
  lead: string,
  sFirst: number,
  sLast: number,
  facts: WindowFacts,
  after: string,
) {
  const x = THING_SAID.exec(lead);
  return (
    !!x &&
    !hasSecond(doc, sFirst, sLast) &&
    (laughIn(facts) || LAUGHING.test(facts.near) || BUT_FINE.test(after)) &&
    !(x[1] as string)
      .toLowerCase()
      .split(/\s+/)
      .some(
        (w) =>
          PERSON_NOUN.test(w) ||
          isPerson(w) ||
          (/(?:er|or|ian|[tcnpr]ist)s?$/.test(w) && !THING_NOUNS.has(w)),
      )
  );
}

const THING_SAID =
  /(?:^|[^\w'])(?:this|that|the|my|these|those|our)((?:\s+[\w'-]+){1,2}?)\s+(?:is|was|are|were|looks?|looked)(?:\s+(?:so|really|just|kinda|totally|pretty))?\s+\w+$/i;

/** Exclamations that take one word more: "damn it", "bloody hell", "darn it". */
const EXCLAIM_TAIL = /^(?:it|hell)$/;

function warmSwear(doc: Doc, m: Match, msg: string, hi: number, facts: WindowFacts): boolean {
  const t = doc.tokens;
  const [sFirst, sLast] = sentenceTokens(doc, m.first);
  // "Fuck yes!!! We got the house!!!", "holy shit, she said yes!!!": a cheer over good news, nothing
  // sour anywhere in the message.
  // "fucking finally, the visa came through", "finally fucking done": relief, a cheer too. The
  // writer's own excitement beside it ("I'm screaming") is no heat.
  const cheer =
    (m.first > sFirst && /^(?:holy|finally)$/.test((t[m.first - 1] as Token).w)) ||
    (m.last < sLast && /^(?:yes|yeah|yess+|yea|finally)$/.test((t[m.last] as Token).w));
  // "the tickets went through?? holy crap we're going": or news just before it, nobody addressed.
  const ps = doc.sentences[(t[m.first] as Token).sent - 1];
  if (
    cheer &&
    (newsIn(facts) ||
      (!!ps && GOOD_NEWS.test(doc.text.slice(ps.start, ps.end)) && !hasSecond(doc, sFirst, sLast)))
  ) {
    if (msgNeg(msg, new Set([...wordsOf(doc, m.first, m.last), ...EXCITED]), true) === 0) return true;
  }
  // "pissed myself laughing": wet oneself with laughter, no anger.
  if (
    /^piss/.test((t[m.first] as Token).w) &&
    /^\s*(?:myself|ourselves)\b/i.test(doc.text.slice((t[m.last - 1] as Token).end)) &&
    (laughIn(facts) || LAUGHING.test(facts.near))
  )
    return true;
  // "my toddler just said 'oh shit'", "the film is called 'What the F*** Happened'": a swear quoted
  // from someone else, nobody addressed.
  if (
    /\b(?:said|says|called|yelled|shouted|goes)\s+["'\u201c\u2018](?:[\w*]+\s+){0,3}$/i.test(
      doc.text.slice(Math.max(0, (t[m.first] as Token).start - 40), (t[m.first] as Token).start),
    ) &&
    !hasSecond(doc, sFirst, sLast)
  )
    return true;
  // "you fucking legend", "you bloody star": the swear strengthens praise of them; "no fucking way,
  // you met her?!": disbelief at their news. Nothing sour or negative beside it.
  const prev = m.first > sFirst ? (t[m.first - 1] as Token).w : '';
  const next = m.last < sLast ? (t[m.last] as Token).w : '';
  if (
    ((/^(?:you|u|ya)$/.test(prev) &&
      /^(?:legend|hero|star|angel|gem|champ|icon|saint|lifesaver|king|queen|wizard|beauty)s?$/.test(next)) ||
      (prev === 'no' &&
        next === 'way' &&
        /\?/.test(sentenceAt(doc, (t[m.first] as Token).sent, 0, hi)) &&
        !NEGATED(doc.text.slice((t[m.last] as Token).end, hi)))) &&
    !sourMsg(doc) &&
    msgNeg(msg, wordsOf(doc, m.first, m.last)) === 0
  )
    return true;
  if (m.first - sFirst > 2) return false;
  // "Shit, I just realised it's your birthday tomorrow. What do you want to do?": an opening swear
  // before a caring or practical question, nothing aimed or sour.
  if (
    m.first === sFirst &&
    !/^screw/.test((t[m.first] as Token).w) &&
    CARE.test(facts.near) &&
    !sourMsg(doc) &&
    !/[!?]{2}|\b[A-Z]{3,}\b/.test(msg) &&
    msgNeg(msg, new Set([...wordsOf(doc, m.first, m.last), 'sorry', 'forgot', 'missed', 'late'])) === 0
  )
    return true;
  // "Shit that's amazing news, congrats!!": an opening swear before good news, nothing sour anywhere.
  if (
    m.first === sFirst &&
    !/(?:ing|in|kn|fn)$/.test((t[m.first] as Token).w) &&
    // "fuck no!", "fuck off": a refusal or a curse, not a cheer.
    !(m.last < sLast && /^(?:no|nope|nah|off|you|u|this|that|it)$/.test((t[m.last] as Token).w)) &&
    (cheerIn(facts) || newsIn(facts)) &&
    msgNeg(msg, new Set([...wordsOf(doc, m.first, m.last), ...EXCITED]), true) === 0
  )
    return true;
  // What opens the sentence: ("oh"/"holy"/"ugh") + the swear (+ "it"/"hell"), then a comma or a mark.
  for (let k = sFirst; k < m.first; k++)
    if (!/^(?:oh|ah|ugh|holy|aw|well|man|yo|bro|bruh|dude|omg)$/.test((t[k] as Token).w)) return false;
  const w = (t[m.first] as Token).w;
  // "screw it" is giving up, not an exclamation.
  if (/^screw/.test(w)) return false;
  let end = m.last;
  if (end < sLast && EXCLAIM_TAIL.test((t[end] as Token).w) && /^(?:damn|darn|bloody|god)/.test(w)) end++;
  if (end >= sLast) return false;
  const gap = doc.text.slice((t[end - 1] as Token).end, (t[end] as Token).start);
  const rest = doc.text.slice((t[end] as Token).start, hi);
  // Praise after it: "that speedrun was insane", "we crushed it".
  // "bloody hell that was a good match", "damn, this soup is so good": a thing praised plainly.
  const good = THING_GOOD.exec(rest);
  const goodThing = !!good && valence((good[1] as string).toLowerCase()) >= 2;
  const praise = THRILL.test(rest) || SLANG_PRAISE.test(rest) || goodThing;
  // "goddamn that view 😍", "wtf that run was unreal": no comma before a "that/the …" warm around
  // it; "damn I'm tired, but we crushed it": none before the writer's own news, praised or cheered.
  if (
    !/[,!\u2014-]/.test(gap) &&
    !(/^(?:i|i'm|im|we|we're)$/.test((t[end] as Token).w) && (praise || cheerIn(facts))) &&
    !(/^(?:that|the|this|those)$/.test((t[end] as Token).w) && (cheerIn(facts) || laughIn(facts) || praise))
  )
    return false;
  // "damn, you made me a card! thank you", "wtf, you came?? love you": thanks or love beside it.
  const fond = /\b(?:thank(?:s| you| u)|(?:love|luv) (?:you|u|ya)|ily\w*)\b/i.test(facts.near);
  // Nothing heated anywhere: no capitals, no stacked marks (but "??" before love), nothing sour in the sentence.
  if (/[!?]{2}/.test(msg) && !(fond && !msg.includes('!') && !msg.includes('???'))) return false;
  if (/\b[A-Z]{3,}\b/.test(msg.replace(/\b(?:OMG|LOL|LMAO|OK|TV|USA|UK|NYC|NASA|BRB)\b/g, ''))) return false;
  const neg = negOutside(doc, sFirst, sLast, m.first, end);
  const aboutMe = /^\W*(?:i|i'm|im|i've|i'll|we|we're|my)\b/i.test(rest);
  if (aboutMe && !hasSecond(doc, end, sLast) && (neg <= 2 || (praise && neg <= 4))) return true;
  // "Holy crap, you ran it in under an hour? Incredible!": awe at someone's news, warm around it;
  // "wtf that speedrun was insane": praise, its words of hype not sour.
  return (
    (neg === 0 && (cheerIn(facts) || laughIn(facts) || fond || YOU_PRAISED.test(rest))) ||
    ((THRILL.test(rest) || goodThing) && msgNeg(rest, SLANG_OWN) === 0)
  );
}

/** A caring habit: "come through", "check on people", "look out for me", "remember everyone's birthday". */
const CARING_HABIT =
  /\b(?:c[oa]m\w* through(?! late)|check\w* (?:in )?on (?:me|us|people|every\w*|the)|look\w* out for|remember\w* (?:every\w*|my|our)|bring\w* (?:snacks|treats|cake|food|coffee|soup|flowers)|show\w* up for)\b/i;

/** An eager question about a plan or a sight: "ARE YOU COMING TO…", "DID YOU SEE THE…". */
const EAGER_ASK =
  /^\W*(?:are (?:you guys|you|u) (?:still )?(?:coming|awake|up|free)|did (?:you guys|you|u) (?:see|hear|watch) (?:the|that|this))\b/i;
/** The invitation or the treat after it: "saving you a seat", "there's cake", "go look outside". */
const INVITED =
  /^\W*(?:(?:i'?m |we'?re )?(?:sav|kep)\w* (?:you |u )?(?:a |the )?(?:seat|spot|plate|slice|place)|there'?s (?:cake|pizza|food|snacks|room|plenty)|(?:come|go) (?:look|see|join)|(?:go )?(?:look|outside) (?:outside|up|right now)|(?:it'?s|they'?re) (?:starting|on now|outside)|please (?:say yes|come))\b/i;

/**
 * Is the shouted sentence `sent` excitement over good news? It is itself the excited one ("OMG YOU
 * GOT THE JOB!!!"), or an exclamation aimed at no one that the next sentence explains ("Are you
 * KIDDING me?! This is the best news all year!!"); a "love you" after it is no news. Nothing
 * negative in the window, no insult in capitals.
 */
function excitedShout(sent: string, prev: string, facts: WindowFacts): boolean {
  // "that goal was insane!!! what a match", "That concert was UNBELIEVABLE!!! haha": a thing called
  // thrilling, nobody addressed, with a laugh, a cheer or "what a …" beside it.
  if (
    THRILL.test(sent) &&
    !SECOND_IN_TEXT.test(sent) &&
    (laughIn(facts) ||
      cheerIn(facts) ||
      /\bwhat an? (?!mess|joke|waste|disaster|nightmare)\w+|(?<!\bnot (?:the )?)\b(?:best|greatest) (?:night|day|game|gig|show|match|goal|time|weekend|trip|episode)\b/i.test(
        facts.near,
      ))
  )
    return true;
  // "SEE YOU SOON!!!", "GO GO GO!!!", "WHAT A GAME!!!": a wish or a cheer, shouted whole; "HOW DID YOU
  // DO THAT?! teach me!!": awe at a skill.
  if (
    SHOUT_WISH.test(sent) ||
    (/^\W*how (?:did|do) (?:you|u) do (?:that|it)\b/i.test(sent) && TEACH_ME.test(facts.near))
  )
    return true;
  // "STOP!!! I'm crying 😂", "hahaha NO you didn't!!! legend": a laughing protest, laughter or a
  // cheer right after it.
  const rest = facts.near.slice(sent.length);
  if (
    (/^\W*(?:stop+|no+|omg|oh my god)\W*$/i.test(sent) && LAUGH.test(rest) && LAUGHING.test(rest)) ||
    (/^\W*(?:ha(?:ha)+h*|lol+|lmao+)\b/i.test(sent) && CHEERFUL.test(rest))
  )
    return true;
  if (!(CHEERFUL.test(sent) || GOOD_NEWS.test(sent))) {
    // "I CAN'T BELIEVE IT!!!" is surprise, aimed at no one; so is a bare "WHAT?!".
    // "I TOLD YOU IT WOULD WORK!! so proud": a hope come true, pride or joy right after it.
    const bare = sent
      .replace(/\bcan'?t believe (?:it|this)\b/gi, '')
      .replace(
        CHEERFUL.test(rest) ? /^\W*I TOLD (?:YOU|U)(?! SO\b)(?: YOU'D| YOU WOULD| IT WOULD| IT'D)?/ : /$^/,
        '',
      );
    if (AIMED.test(bare)) return false;
    // The shout goes on from a bare cheer just before it, in capitals: "YAY!!! SEE YOU TOMORROW".
    // Or it is a cheer of its own ("GET IN!!!", "ITALY HERE WE COME!!!") after good news told just
    // before it: "I PASSED!!! GET IN!!!".
    const cheerBefore =
      bare === bare.toUpperCase() &&
      (bareCheer(prev) || (SHOUT_CHEER.test(sent) && (GOOD_NEWS.test(prev) || NEWS_DONE.test(prev)))) &&
      !SHOUT_AIMED_NOT_YOU.test(bare);
    if (!cheerBefore) {
      if (
        SHOUT_AIMED.test(bare) &&
        !/^\W*(?:(?:you|u|she|he|they) (?:did )?)?(?:WHAT|WAIT|WHO|HOW|NO WAY)\W*$/.test(bare)
      )
        return false;
      const next = facts.near.slice(sent.length).replace(/\b(?:i )?(?:love|luv) (?:you|u)\b/gi, '');
      // Or a reaction of one's own to the news just told: "You got into Oxford?! I'm screaming!!".
      const reaction = REACTION.test(sent) && GOOD_NEWS.test(prev);
      if (!(CHEERFUL.test(next) || GOOD_NEWS.test(next) || YOU_PRAISED.test(next) || reaction)) return false;
    }
  }
  return true;
}

/** A wish or a cheer, the whole shouted sentence: "SEE YOU SOON!!!", "GO GO GO!!!", "WHAT A GAME!!!". */
const SHOUT_WISH =
  /^\W*(?:see (?:you|u|ya) (?:soon|tomorrow|tonight|there|later|saturday|sunday|friday)|what an? (?:game|goal|match|night|day|show|view|save|catch|finish|result|performance|win|comeback)|go(?: go)+|go team|good luck(?: today| tomorrow| tonight)?|safe travels|welcome (?:home|back)|you'?ve got this|you got this)\W*$/i;

/** Asking to learn what was just done: "teach me", "show me how". */
const TEACH_ME = /\b(?:teach me|show me how)\b/i;

/** A thing called thrilling: "that goal was insane", "the gig is UNREAL", "this view is so wild". */
const THRILL =
  /^\W*(?:that|the|this|these|those)\s+(?:[a-z0-9']+\s+){1,4}(?:was|is|were|are)\s+(?:so\s+|just\s+|absolutely\s+)?(?:insane|crazy|unreal|wild|unbelievable|mental|nuts|sick)\b/i;

/** A thing called good in plain words: "that was a good match", "this cake is so lovely". */
const THING_GOOD =
  /^\W*(?:that|the|this|these|those)\s+(?:[a-z0-9']+\s+){0,3}?(?:was|is|were|are)\s+(?:(?:a|an|so|such|just|really|absolutely|pretty|one|damn)\s+){0,2}([a-z]+)/i;

/** A feat crushed, then praise of it in plain words, nothing bad: "destroyed that boss, so clean". */
function crushedPraised(msg: string): boolean {
  CRUSHED_FEAT.lastIndex = 0;
  const x = CRUSHED_FEAT.exec(msg);
  if (!x) return false;
  const [pos, neg] = clauseTone(msg.slice(x.index + x[0].length));
  return pos > 0 && neg === 0;
}

/** A swear before a word it strengthens: "fucking proud", "bloody brilliant", "damn good". */
const SWORN_PRAISE = /\b(?:fucking|fuckin|freaking|frickin|bloody|damn|effing|f\*+ing)\s+([a-z]+)/gi;

/**
 * A feat done so well it was "destroyed": "destroyed that exam", "wrecked this level", "crushed that
 * boss"; "this" or "that" (not "the whole …"), nothing after it in its clause ("… by pulling early").
 */
const CRUSHED_FEAT =
  /\b(?:destroyed|wrecked|crushed|smashed|demolished|killed|murdered)\s+(?:that|this)\s+(?:[a-z]+\s+)?(?:exam|test|level|boss|race|match|audition|speech|shot|goal|clutch|save|interview|presentation|solo|song|set|run|game|round)s?\b(?=\s*(?:[,.!;]|\p{Extended_Pictographic}|$))/giu;

/** Nothing negative in the window but words of excitement, no insult in capitals. */
function plainWindow(msg: string): boolean {
  // "holy shit, you got the job?!": awe said with a swear is still awe.
  // So is a cheer or relief said with one: "fuck yes", "hell yeah", "fucking finally".
  // A swear that strengthens praise is praise ("so fucking proud of you", "bloody brilliant"); a feat
  // crushed is one done well ("you've destroyed that exam").
  const awe = msg
    // "I'm going to cry", "I could scream": the writer's own reaction to the news.
    .replace(
      /\bholy \w+|\b\w+ (?:yes|yeah|yea|finally)\b|\bfinally \w+|\b(?:going to|gonna|about to|could) (?:cry|scream)\b/gi,
      '',
    )
    .replace(SWORN_PRAISE, (x, w: string) => (valence(w.toLowerCase()) > 0 ? w : x))
    .replace(CRUSHED_FEAT, ' ');
  if (msgNeg(awe, EXCITED, true) !== 0) return false;
  for (const w of awe.split(/[^A-Za-z']+/))
    if (w.length > 1 && w === w.toUpperCase() && valence(w.toLowerCase()) < -1) return false;
  return true;
}

/** "Sorry!!", "Sorry sorry!!": marks right after an apology, no capitals, nothing sour. */
function warmApology(doc: Doc, m: Match, msg: string, end: number): boolean {
  const from = (doc.tokens[m.first] as Token).start;
  // `end`: the end of the finding's last token (a run of marks alone may have no token of its own).
  const span = doc.text.slice(Math.max(0, from - 16), end + 4);
  if (!/\bsorry(?:\s+sorry)?!{2,}/i.test(span)) return false;
  if (/\?!|!\?/.test(msg) || /\b[A-Z]{3,}\b/.test(msg) || /\bnot sorry\b/i.test(msg)) return false;
  return !sourMsg(doc) && msgNeg(msg, new Set(['sorry', 'forgot', 'late', 'stuck'])) === 0;
}

/** Shouted words that turn a shout on someone: "WHY", "STOP", "YOU". */
const SHOUT_AIMED =
  /\b(?:WHY|WHERE|WHAT|WHO|HOW|STOP|NO|NOT|NEVER|DON'?T|CAN'?T|WON'?T|YOU|YOUR|YOU'?RE|AGAIN|ENOUGH|SERIOUSLY|SAID|TOLD|LISTEN|NOW)\b/;

/** SHOUT_AIMED but for "YOU": "SEE YOU TOMORROW" after a cheer is no shout at anyone. */
const SHOUT_AIMED_NOT_YOU =
  /\b(?:WHY|WHERE|WHAT|WHO|HOW|STOP|NO|NOT|NEVER|DON'?T|CAN'?T|WON'?T|YOUR|YOU'?RE|AGAIN|ENOUGH|SERIOUSLY|SAID|TOLD|LISTEN|NOW)\b/;

/**
 * A cheer or good news of up to three words, said alone ("YAY!!!", "Congrats!!", "PROMOTED!!!");
 * "love you" is no cheer.
 */
function bareCheer(prev: string): boolean {
  const words = prev.match(/[a-z']+/gi) ?? [];
  const cheer = prev.replace(/\b(?:i )?(?:love|luv|miss) (?:you|u)\b/gi, '');
  return (
    words.length <= 3 &&
    (CHEERFUL.test(cheer) || GOOD_NEWS.test(cheer) || /\b(?:omg|yes+|yay+|hooray|wow)\b/i.test(cheer))
  );
}

/** "can you…", "love you": second person in a favour asked or love said, not aimed at them. */
const FAVOUR_ASKED = /\b(?:can|could|would|will) (?:you|u)\b|\b(?:love|see|thank|miss) (?:you|u)\b/gi;

/** A shouted cheer, the whole sentence: "GET IN!!!", "GET IN THERE", "ITALY HERE WE COME!!!". */
const SHOUT_CHEER =
  /^\W*(?:get in(?: there)?(?: (?:my|you) (?:son|beauty|beauties))?|come on|(?:\w+ )?here we come|let'?s go+|can'?t believe it|oh my (?:god|gosh))\W*$/i;

/** News told without a subject: "DEGREE DONE!!!", "finally passed!!!", "TICKETS BOOKED!!!". */
const NEWS_DONE =
  /^\W*(?:\w+\s+){0,2}(?:passed|booked|hired|promoted|graduated|engaged|accepted|qualified|(?:exams?|degree|thesis|dissertation) (?:done|over|finished))\W*$/i;

/** Excitement of one's own: "I'm screaming", "omg". */
const REACTION = /\b(?:i'?m|im|i am) (?:screaming|crying|dying|dead|shaking|obsessed)\b|\bomg\b/i;

/** Words, in any case, that aim a sentence at someone: "why would you", "answer your phone". */
const AIMED =
  /\b(?:why|where|how could|stop|never|don'?t|can'?t|won'?t|again|enough|told|said|answer|reply|respond|pick up|call me|listen|your|you'?re|get out|leave)\b/i;

/** Something to come see, a plan: "come meet him", "booked", "dinner at mine?". */
const SHARE =
  /\b(?:come (?:meet|see|over)|bring|did (?:you|u) see|get yours|opening it|booked|home tonight|is home|is out|after (?:lunch|dinner|work)|replay|at mine)\b/i;

/**
 * Shared news in capitals or marks: something to come see or a plan in the shouted sentence or the
 * next one, nothing sour or aimed anywhere in the message.
 */
function sharedNews(doc: Doc, sent: string, facts: WindowFacts): boolean {
  const d = factsOfDoc(doc);
  d.calm ??= calmOf(doc, doc.text);
  if (!d.calm) return false;
  if (SHARE.test(sent) || INVITE.test(sent)) return true;
  // In the next sentence only after a shout aimed at no one: not "ANSWER ME. Call you after work".
  return !AIMED.test(sent) && (SHARE.test(facts.near) || INVITE.test(facts.near));
}

function calmOf(doc: Doc, msg: string): boolean {
  if (SHOUT_AIMED.test(msg) || sourMsg(doc)) return false;
  if (/\b(?:told|promised|supposed|seriously|ridiculous|unacceptable)\b/i.test(msg)) return false;
  return msgNeg(msg, new Set(['insane', 'unbelievable', 'unreal', 'crazy', 'wild', 'ringing'])) === 0;
}

/**
 * Is a teasing label fond: thanks, love or cheer, or a laugh at being left out, in its sentence or
 * the next (`near`), and nothing sour in the window (`msg`)?
 */
function fondAround(doc: Doc, msg: string, near: string, label: string): boolean {
  // "you dork, you left your charger here again lol, I'll bring it round": their slip laughed at and
  // the thing returned; its "again" is no sourness.
  const sour =
    /\bi(?:'?ll| will) (?:drop|bring|pop|post|send|return) (?:it|them)\b/i.test(near) && LAUGH.test(near)
      ? SOUR_EXTRA.test(msg.replace(/\bagain\b/gi, ' '))
      : sourMsg(doc);
  if (sour || /\b(?:everyone|honestly|seriously|grow up|pathetic)\b/i.test(msg)) return false;
  if (msgNeg(msg, new Set([label, 'sneaky', 'forgot', 'drop', 'fooled'])) !== 0) return false;
  // Fond: thanks, love or cheer, or a laugh at being left out of a treat ("… without me 😂").
  // Or a prank conceded ("you got me good"), or a soft label laughed at over a mix-up ("… inside out 🤣").
  const fond =
    /\b(?:thank(?:s| you)|love (?:you|it)|❤)/i.test(near) ||
    CARE_ACT.test(near) ||
    CHEERFUL.test(near) ||
    // "You dumbass, you won the raffle!!": their good news right after it.
    GOOD_NEWS.test(near) ||
    /\b(?:got|had) me (?:good|fooled)\b/i.test(near) ||
    (LAUGH.test(near) &&
      (/\bwithout me\b/i.test(near) ||
        // …not "you absolute muppet, you left the gate open lol": exasperation.
        ((SOFT_LABEL.test(label) || MILD_LABEL.test(label)) &&
          label !== 'idiot' &&
          !/absolute|utter/i.test(msg))));
  return fond;
}

/** "You jerk, you finished the series without me 😂", "Lmao you're such a clown". */
function fondTease(doc: Doc, m: Match, msg: string, hi: number, facts: WindowFacts): boolean {
  if (m.rule !== 'name-calling' && m.rule !== 'label' && m.rule !== 'scorn') return false;
  const t = doc.tokens;
  let label = '';
  for (let k = m.first; k < m.last; k++) if (TEASE_LABEL.test((t[k] as Token).w)) label = (t[k] as Token).w;
  if (!label) return false;
  // "lol you clown, that trick shot was insane": a label before praise of the deed, laughed.
  const after0 = doc.text.slice((t[m.last - 1] as Token).end, hi);
  if (
    /^\s*[,!]/.test(after0) &&
    (THRILL.test(after0) || SLANG_PRAISE.test(after0)) &&
    laughIn(facts) &&
    !sourMsg(doc) &&
    msgNeg(msg, new Set([label, ...SLANG_OWN])) === 0
  )
    return true;
  // "you're a mess lol": a muddle laughed at, nothing sour beside it.
  if (label === 'mess')
    return (
      laughIn(facts) &&
      !SOUR_EXTRA.test(doc.text.slice((t[m.last - 1] as Token).end, hi)) &&
      msgNeg(msg, new Set(['mess'])) === 0
    );
  facts.fond ??= new Map();
  let fondHere = facts.fond.get(label);
  if (fondHere === undefined) {
    fondHere = fondAround(doc, msg, facts.near, label);
    facts.fond.set(label, fondHere);
  }
  if (!fondHere) return false;
  const after = doc.text.slice((t[m.last - 1] as Token).end, hi);
  // "You jerk, you finished the series without me": a deed after the label.
  if (/^\s*[,!]\s*(?:you(?:'ve|'d)?|u)\s+(?!(?:are|were|always|never)\b)\w+/i.test(after)) return true;
  // A label laughed at alone ("lmao you're such a clown") can be mockery: it stays.
  return false;
}

/**
 * A label or charge reported only to be denied, right before the finding: "I never said you were
 * ", "nobody thinks you're a ", "you do not consider her a ", "I didn't say ".
 */
const DENIED_REPORT =
  /\b(?:never|not|nobody|no one|\w+n'?t)\s+(?:(?:ever|really|even|once)\s+)?(?:sa(?:y|id|ying)|call(?:ed|ing)?|th(?:inks?|ought)|consider(?:s|ed)?|mean|meant|impl(?:ying|ied))\s+(?:that\s+)?(?:(?:your|his|her|their|my)\s+\w+\s+)?(?:(?:you|u|s?he|they|her|him|them|you'?re|ur|s?he'?s|they'?re|it'?s)\s+)?(?:(?:are|were|was|is|being|to be)\s+)?(?:(?:an?|so|such an?|too)\s+)?$/i;

/** What takes a denial back: "I never said you were lazy, but you are", "…, just careless". */
const DENIAL_TAKEN_BACK =
  /\b(?:but|just|though|although|only|except|however|you are|you're|ur|know|knew|obviously|clearly)\b/i;

/**
 * "I never said you were stupid", "no one thinks you're a loser", "you do not consider her a whore":
 * the label is denied, not said. Read in the finding's clause before it; nothing after it in the
 * sentence takes the denial back, and no other sentence is sour.
 */
function deniedLabel(doc: Doc, start: number, end: number, si: number, lo: number, hi: number): boolean {
  const s = doc.sentences[si];
  if (!s) return false;
  const lead = doc.text.slice(Math.max(s.start, lo, start - 80), start).replace(/^.*[,;:]/s, ' ');
  // "you should not call your sister a bitch", "don't call me an idiot": advice or an order, not a denial.
  if (
    !DENIED_REPORT.test(lead) ||
    /\b(?:should|must|ought|better)\b|^\W*(?:don'?t|do not|never)\b/i.test(lead)
  )
    return false;
  const tail = doc.text.slice(end, Math.min(s.end, hi));
  return !DENIAL_TAKEN_BACK.test(tail) && !/[!?]{2}/.test(doc.text.slice(s.start, s.end));
}

/** Words that turn the next good or bad word around: "not mad", "doesn't fall apart", "can't sleep". */
const NEGATOR = /^(?:not|never|no|nobody|nothing|cannot|cant|dont|doesnt|didnt|wont|isnt|wasnt|\w+n't)$/;
/** Outcomes AFINN leaves unscored that are no gain: "I gave up", "I drink", "we broke up", "apart". */
const NO_GAIN =
  /\b(?:get to (?:explain|deal|clean|pay|apologi[sz]e|fix|answer|repeat|cover|rewrite|tell|redo|triage)|(?:staying|stuck) (?:late|until)|gave up|give up|gave in|caved|snap\w*|crack\w*|broke down|quit|left|leave|leaving|moved out|broke up|drink\w*|smok\w*|single|alone|therapy|stopped|owe|redo|wait\w*|issues|problems|trauma|baggage|scars|nightmares)\b/i;
/** A gain or a step taken: "I can still…", "I finally…", "I actually went", "now I know". */
const GAIN =
  /\b(?:can|could) (?:still |now |finally |actually |even )?(?!not\b)[a-z]+\b(?!n't)|\b(?:finally|actually|even|now) (?!not\b|have\b|has\b|had\b)[a-z]+(?<!n't)\b|\bnot (?:mad|complaining|sorry|upset|angry) about it\b|\bno regrets\b|\b(?:got (?:back )?into|took up|picked up|learn(?:ed|t)|started|signed up|joined)\b|\b(?:hit|reached|smashed|beat|passed|raised|topped) (?:(?:its|their|our|the|my|his|her|a|an|over|more than) )?(?:\w+ )?(?:target|goal|record|milestone|total|£\d|\$\d|\d)/i;
/** Kept at something: "stuck with it", "kept going", "pushed through". */
const STUCK_WITH = /\b(?:stuck (?:with|around)|kept going|kept at it|pushed through|made it through)\b/i;
/** The hardship it was kept at through: "after that awful first recital", "despite the bad start". */
const HARDSHIP = /\b(?:after|despite|through) (?:that|the|a|my|those|all|every)\b[^,.!?]{0,30}/gi;
/** A lost one back: "the lost dog is home", "… from the lost and found": a happy ending, not a loss. */
const FOUND_AGAIN =
  /\b(?:lost|missing|stolen) (?:and found|(?:\w+ )?(?:(?:is|was|are|were|came|got) (?:back|home|found|returned)|(?:turned|showed) up)\b)/i;

/**
 * Good and bad weight of a clause, negation read: the first scored word after "not" turns ("not
 * mad", "can't stop smiling"); a "not" that turns nothing is bad ("can't sleep"); what one loves is
 * one's own ("I love bad puns").
 */
function clauseTone(s: string): [number, number] {
  let pos = 0;
  let neg = 0;
  let flip = -1;
  let owned = -1;
  const ws = s
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .split(/[^a-z']+/);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as string;
    if (!w) continue;
    if (NEGATOR.test(w)) {
      if (flip >= 0) neg++;
      flip = i + 3;
      continue;
    }
    // "discord": the chat app far more often than strife.
    let v = w === 'discord' ? 0 : valence(w) || (w === 'apart' ? -1 : 0);
    if (/^(?:love|loves|like|likes|enjoy|adore)$/.test(w)) owned = i + 3;
    if (v < 0 && i <= owned) v = 0;
    if (v !== 0 && flip >= i) {
      // A bad word denied weighs as a plain good one: "doesn't fall apart", "not mad".
      v = v < 0 ? Math.max(2, -v) : -v;
      flip = -1;
    }
    if (v > 0) pos += v;
    else neg -= v;
  }
  if (flip >= 0) neg++;
  return [pos, neg];
}

/**
 * "you're the reason I can still do long division", "it's your fault I love bad puns", "because of
 * you I finally booked it", "you're to blame for this and I'm not mad about it": the outcome blamed
 * is a good one (a good word, a gain, a bad word denied), nothing bad in it or around it.
 */
/**
 * A good state the lexicon leaves unscored, the outcome of a "blame": "this place is so kind", "our
 * volunteers keep coming back", "this trip is happening at all".
 */
const GOOD_STATE =
  /\b(?:kind(?! of)|wholesome|welcoming|keeps? (?:coming back|asking (?:when|about|for))|still (?:alive|standing|together|thriving|afloat|going (?:strong|after)|(?:gets?|comes?) together|meets? (?:up|every|on)|(?:read|paint|sing|dance|draw|bake|knit|write|play)s? (?:on|before|after|every|with|at)))\b|\b(?:i|we) still (?!(?:need|owe|feel|think|get|wonder|sleep|wake|dream|flinch|miss|check the)\b)[a-z]{3,}/i;

/** A harm spared, said as what would have happened, or longing: "I would've killed it", "they missed you". */
const SPARED =
  /(?:^|,)\s*(?:and |otherwise )?(?:i|we)(?:'d| would)(?:'?ve| have)\b[^,.!?;]*|\bmiss(?:ed)? (?:you|u|ya)\b/gi;

/** A cost owned as worth it: "zero regrets", "honestly worth it", "I'd do it again", "my heart is full". */
const OWNED_COST =
  /(?<!(?:n't|\b(?:not|hope\w*|if|be|have|had))\s(?:\w+\s){0,3})\b(?:(?:no|zero) regrets|worth it|i'?d do it again|my heart is full)\b(?![^.!]*\?|[^.!?]*\b(?:you|your|u|ur|suppose|guess|sure|bet)\b)/i;

/** A taste or habit newly picked up, to its clause's end: "I'm now a cat person", "I now know every…". */
const NEW_HABIT =
  /^\W*(?:\w+, )?(?:that )?(?:i'?m|im|i am|i|we|the \w+)(?: now)? (?:a (?:\w+ )?\w+ person|know (?:every|all)|own (?:\d|a |two|three|four|five)|say)\b[^,;.!?]*/i;

function goodOutcome(doc: Doc, after: string, rest: string): boolean {
  // "you're the reason i grin at my phone like an idiot": joy, not a label.
  // "…, I would've killed it weeks ago": the harm that did not happen; "they missed you": longing.
  const raw = after.split(/\bbut\b|\btho(?:ugh)?\b/i)[0] as string;
  const found = FOUND_AGAIN.test(raw);
  const said = raw.replace(SPARED, ' ').replace(FOUND_AGAIN, ' back ');
  let out = said.replace(JOY_SIMILE, '$1');
  const joyful = out !== said;
  // "my family lost it. thank you!!": went wild for it, thanked.
  const thanked = /\bthank/i.test(rest);
  if (thanked) out = out.replace(/\blost it\b/gi, 'loved it');
  // "I didn't quit after that season": a hurdle overcome; "…started running again", "not scared
  // anymore": a pleasure taken up again, a fear gone (a good word denied stays bad below).
  const kept = /\b(?:didn'?t|never) (?:quit|give up)\b(?! sooner)/gi;
  out = out.replace(kept, 'survived');
  // "I stuck with the violin after that awful first recital", "this trip is happening at all": a
  // hardship got through, a thing that exists thanks to them (session 37).
  const held =
    (STUCK_WITH.test(out) || /\bhappening at all\b/i.test(out)) && !/\b(?:look|see) where\b/i.test(rest);
  let around = rest;
  if (held) {
    out = out.replace(HARDSHIP, ' ').replace(STUCK_WITH, ' kept ');
    around = rest.replace(HARDSHIP, ' ').replace(STUCK_WITH, ' kept ');
  }
  if (
    out.split(/\W+/).length < 3 ||
    TROUBLE(out) ||
    NO_GAIN.test(out) ||
    SOUR_EXTRA.test(doc.text.replace(/\banymore\b|\bstarted \w+ing again\b/gi, ' '))
  )
    return false;
  const [pos, neg] = clauseTone(out);
  if (
    neg > 0 ||
    !(pos >= 2 || joyful || found || held || GAIN.test(out) || (GOOD_STATE.test(out) && !NEGATED(out)))
  )
    return false;
  return (
    clauseTone(
      around
        // "the bake sale hit $900!! I'm in tears": joy at the outcome (session 37).
        .replace(
          /\b(?:i'?m|i am|we'?re|we are) (?:literally )?(?:in tears|crying|tearing up)(?=[\s.!?]*$)/gi,
          ' ',
        )
        .replace(kept, ' ')
        .replace(JOY_SIMILE, '$1')
        .replace(SPARED, ' ')
        .replace(FOUND_AGAIN, ' back ')
        .replace(/\bnot (?:gonna|going to) lie\b|\blost it\b(?=.*\bthank)/gi, ' '),
    )[1] === 0
  );
}

/** Mild labels, fond with a laugh, praise or love beside them: "you clown 🤡", "you dork". */
const MILD_LABEL =
  /^(?:weirdo|dork|nerd|goof|goofball|doofus|dingus|numpty|muppet|silly|nutter|dweeb|goober|cheeseball|clown|menace|gremlin|goblin|noodle|nincompoop|knucklehead|plonker|wally|dummy)$/;
/** Words of awe at a feat: "you absolute monster", "you wrecked that exam". */
const AWE =
  /\b(?:champ|genius|monster|beast|animal|machine|menace|savage|insane|crazy|nuts|nightmare|clown|wrecked|destroyed|killed|smashed|crushed)\b/i;
/** A feat named: "that exam", "the last level", "that shot". */
const FEAT =
  /\b(?:that|the|this) (?:\w+ )?(?:exam|test|level|boss|race|match|audition|speech|shot|goal|clutch|save)s?\b/i;
/** Labels that read as awe beside praise or love: "you're ridiculous. Ridiculously good at…". */
const AWE_LABEL = /^(?:ridiculous|insane|crazy|nuts|absurd|unreal|extra|mad)$/;

/**
 * A mild label softened in the same breath: a laugh, a heart, praise or love (a label said of
 * nothing else sour: "you clown 🤡 …, iconic", "You're ridiculous. Ridiculously good at parking").
 */
function softLabel(doc: Doc, m: Match, msg: string, facts: WindowFacts): boolean {
  const t = doc.tokens;
  let label = '';
  for (let k = m.first; k < m.last; k++) {
    const w = (t[k] as Token).w;
    if (MILD_LABEL.test(w) || AWE_LABEL.test(w)) label = w;
  }
  if (
    !label ||
    // "…again?? its ok i'll bring them": the slip forgiven in the same breath is no sourness.
    (sourMsg(doc) && !/\b(?:it'?s|its) (?:ok|okay|fine)\b|\bno worries\b/i.test(msg)) ||
    /\b(?:absolute|utter|almost|nearly|behaviou?r|everyone|pathetic|grow up)\b/i.test(msg)
  )
    return false;
  const rest = facts.near
    .replace(/\bgood (?:lord|god|grief)\b/gi, ' ')
    .replace(new RegExp(`\\b${label}\\w*`, 'gi'), ' ');
  const [pos, neg] = clauseTone(rest);
  if (neg > 0 || msgNeg(msg, new Set([label, `${label}ly`, ...EXCITED])) > 0) return false;
  if (FOND_SAID.test(msg) || WARM_EMOJI.test(facts.near) || SLANG_PRAISE.test(rest) || pos >= 3) return true;
  // A laugh alone softens only a pet name said to them ("lol you weirdo, …"), not "you're such a clown lol".
  const k = m.first;
  return (
    MILD_LABEL.test(label) &&
    laughIn(facts) &&
    /^(?:you|u|hey|ok|okay|oh|omg)$/.test(t[k]?.w ?? '') &&
    /^\s*[,!]/.test(doc.text.slice((t[m.last - 1] as Token).end))
  );
}

/** How easy, quick, cheap or good a thing is, after "stupid" as a degree word: "stupid easy". */
const STUPID_DEGREE =
  /^(?:easy|simple|fast|quick|cheap|good|fun|cute|tasty|comfy|cozy|pretty|expensive|happy|catchy|addictive)$/;

/** Praise the lexicon leaves unscored: "you're a genius", "take my money", "best recipe on the internet". */
const PRAISED =
  /\b(?:(?:you'?re|ur|u r) (?:a |an |such a |the )?(?:genius|legend|wizard|champ|goat|icon|gem|star)|take my money|deserves? (?:all )?the money|(?:best|greatest) [\w*]+(?: [\w*]+)? (?:ever|on the internet|of all time))\b/i;

/** Swear words, set aside when reading the rest of a message for sourness. */
const SWEARS: ReadonlySet<string> = new Set(
  'shit fuck fucking fuckin damn dammit hell crap wtf bloody goddamn holy effing frigging'.split(' '),
);
/** Words after a swear that aim it or make it a modifier: "fuck you", "fuck off", "damn you". */
const SWEAR_AIMED = /^(?:you|u|ya|off|yourself|urself|him|her|them|this|that|it|your|ur)$/;
/** The writer's own slip, named right after a swear: "shit, I forgot…", "damn it, I missed your call". */
const OWN_SLIP =
  /^\W*(?:it\W+)?(?:i|i've|ive)(?: just| totally| completely)? (?:forgot|missed|lost|dropped|spilled|left|broke|burnt|burned|overslept|locked myself)\b/i;
/** What follows one's own slip when one makes up for it: "I'll drop it by", "ring me back", "can I…". */
const MAKE_UP =
  /\b(?:i'?ll|i will|let me|can i|could i|can (?:you|u|anyone)|could (?:you|u)|does anyone|ring me|call me|text me|sorry)\b/i;

/** Asking to learn how it was done: "share the settings", "share your recipe". */
const SHARE_ASK = /\bshare (?:the |your )?(?:settings|recipe|tips|secret)/i;

/**
 * A swear said as an exclamation of joy, awe, relief or one's own slip, nobody cursed: "holy crap the
 * fireworks!!! best NYE ever", "fucking finally, the flat's ours", "Shit, I forgot your charger,
 * I'll drop it at yours tomorrow", "damn, I'm gonna miss you so much". The swear opens its clause or
 * closes it, or is "holy …", "no … way", "how/who the …"; nothing aimed after it, and the rest of
 * the message holds nothing bad (swears, excitement, the slip aside) and something good: a good
 * word, a laugh, a heart, praise, good news, love or thanks; a slip made up for; relief with
 * nobody addressed.
 */
function warmExclaim(doc: Doc, m: Match, text: string, hi: number, facts: WindowFacts): boolean {
  const msg = text.replace(/\u2019/g, "'");
  const t = doc.tokens;
  const [sFirst, sLast] = sentenceTokens(doc, m.first);
  const w = (t[m.first] as Token).w;
  const prev = m.first > sFirst ? (t[m.first - 1] as Token).w : '';
  const next = m.last < sLast ? (t[m.last] as Token).w : '';
  const after = doc.text.slice((t[m.last - 1] as Token).end, hi);
  // "holy shit this is the best episode": "this" as the subject of what follows, not the object.
  const aimed =
    SWEAR_AIMED.test(next) &&
    prev !== 'holy' &&
    !/^\W*(?:this|that|it)(?:'s|\u2019s| is| was)\b/i.test(after) &&
    !(next === 'it' && /^(?:damn|darn|god)/.test(w));
  if (/^screw/.test(w) || aimed || (valence(next) < 0 && !SWEARS.has(next))) return false;
  // "shit shit shit", "bloody hell": a swear repeated or paired; "… holy shit", "… wtf" closing it.
  const opens = prev === '' || /^(?:oh|ah|aw|ugh|holy|well|man|omg|no|the)$/.test(prev) || prev === w;
  const closes =
    /^(?:it|way|yes|yeah|finally)$/.test(next) ||
    SWEARS.has(next) ||
    (next === '' && (w === 'wtf' || prev === 'holy'));
  if (!opens && !closes) return false;
  // "the hell/fuck" only after a question word, and asked of a thing ("who the hell is the singer") or
  // to learn ("how the fuck did you get that shot, share settings"), not "what the hell were you thinking".
  if (
    prev === 'the' &&
    (!/^(?:how|who|what|where|why|when)$/.test(t[m.first - 2]?.w ?? '') ||
      (hasSecond(doc, sFirst, sLast) && !LEARN_FROM.test(msg) && !SHARE_ASK.test(msg)))
  )
    return false;
  // The rest reads only the window (and whether the swear is the writer's own slip): worked out once
  // per window, not at every swear of a long run with no sentence end (100,000 characters of
  // "fuck shit damn" read its window ~20,000 times).
  facts.exclaim ??= exclaimFacts(doc, msg);
  const ex = facts.exclaim;
  if (ex.sour) return false;
  // "goddamn it, the oven died, takeaway on me tonight", "bloody hell it's cold, bring your coat": bad
  // luck sworn at, nobody in its clause, then a plan, an offer or help asked; nothing bad after.
  const luck =
    opens &&
    prev !== 'the' &&
    /^\W*(?:(?:it|hell)(?![\w'\u2019])\W*)?([^,.;!?]{6,})[,.;!?]+(.*)/s.exec(after.slice(0, 160));
  if (
    luck &&
    !SECOND_IN_TEXT.test(luck[1] as string) &&
    (MAKE_UP.test(luck[2] as string) || /\b(?:bring|on me|any chance)\b/i.test(luck[2] as string)) &&
    !msgNeg(luck[2] as string, TROUBLE_WORDS)
  )
    return true;
  const slip = OWN_SLIP.test(after);
  const k = slip ? 1 : 0;
  ex.tone[k] ??= exclaimTone(msg, slip);
  const [pos, neg] = ex.tone[k];
  if (neg > 0) return false;
  // "who the hell approved this": a question's swear needs more than a good word.
  const ask = prev === 'the' || next === '';
  return (
    (pos >= 3 && !ask) ||
    laughIn(facts) ||
    cheerIn(facts) ||
    newsIn(facts) ||
    ex.warm ||
    (slip && MAKE_UP.test(after)) ||
    (/^finally$/.test(next || prev) && !ex.second) ||
    // "HOLY SHIT THAT CLUTCH", "holy crap this view": awe at a thing, in capitals too.
    (prev === 'holy' &&
      !ex.second &&
      /^\W*(?:that|this) (?!is\b|was\b|much\b|many\b)[a-z]+\b(?![^.!?]*\b(?:turn|stop|shut|get|why|who)\b)/i.test(
        after,
      ) &&
      !after.slice(0, 40).includes('?')) ||
    // "the ending of that show wrecked me holy shit": moved by a story.
    (ex.moved && !ex.second)
  );
}

/** What warmExclaim asks of a window, whichever swear in it is asked about. */
interface ExclaimFacts {
  /** Something sour in the message or the window: no swear in it is an exclamation of joy. */
  sour: boolean;
  /** The window's good and bad words, without the swears: [not a slip, a slip]. */
  tone: Array<[number, number] | undefined>;
  /** Warmth said in the window: a warm emoji, fondness, praise, thanks, a wish to learn. */
  warm: boolean;
  /** Someone addressed in the window. */
  second: boolean;
  /** Moved by a story. */
  moved: boolean;
}

function exclaimFacts(doc: Doc, msg: string): ExclaimFacts {
  return {
    sour: sourMsg(doc) || /\b(?:seriously|enough|grow up|took (?:you|u)|about time)\b/i.test(msg),
    tone: [undefined, undefined],
    warm:
      WARM_EMOJI.test(msg) ||
      FOND_SAID.test(msg) ||
      SLANG_PRAISE.test(msg) ||
      YOU_PRAISED.test(msg) ||
      PRAISED.test(msg) ||
      /\bgoes (?:so )?hard\b|\bthank/i.test(msg) ||
      SHARE_ASK.test(msg) ||
      LEARN_FROM.test(msg),
    second: SECOND_IN_TEXT.test(msg),
    moved: MOVED.test(msg),
  };
}

/** The window's good and bad words, its swears and excited words left out; a slip's own verbs too. */
function exclaimTone(msg: string, slip: boolean): [number, number] {
  let rest = msg.replace(/\bno \w+ way\b/gi, ' ').replace(MOVED, ' ');
  if (slip) rest = rest.replace(/\b(?:forgot|missed|lost|dropped|spilled|broke|burnt|burned)\b/gi, ' ');
  rest = rest.replace(
    /\b(?:miss|missed) (?:you|u|ya)\b|\bdrop (?:it|them|by|round|off)\b|\bmy lost\b|\bso hard\b/gi,
    ' ',
  );
  return clauseTone(
    rest
      .split(/[^A-Za-z']+/)
      .filter((x) => !SWEARS.has(x.toLowerCase()) && !EXCITED.has(x.toLowerCase()))
      .join(' '),
  );
}

/** Disbelief shouted at good news: "ARE YOU KIDDING ME??", "NO WAY", "SHUT UP". */
const DISBELIEF = /^\W*(?:are (?:you|u) (?:kidding|serious|joking)(?: me)?|no way|shut up|stop it|what)\W*$/i;

/**
 * A shout that is joy or play, nothing bad in the message: a short one right after good news ("you're
 * engaged?!?! CALL ME"), disbelief before praise or news ("ARE YOU KIDDING ME?? front row?!? you're
 * the best"), or mock outrage taken back with a laugh ("WHO ATE MY CAKE 😂 jk there's loads left").
 */
function playfulShout(sent: string, prev: string, facts: WindowFacts, msg: string): boolean {
  if (!plainWindowOk(msg) || /\b(?:but|seriously|again|now)\b/i.test(msg)) return false;
  const rest = facts.near.slice(sent.length);
  const words = sent.split(/\s+/).filter((w) => /[a-z]/i.test(w)).length;
  // "CALL ME" after the news is eagerness; "ANSWER ME" a demand.
  if (
    words <= 5 &&
    GOOD_NEWS.test(prev) &&
    !SHOUT_AIMED_NOT_YOU.test(sent) &&
    !AIMED.test(sent.replace(/\bcall me\b/i, ''))
  )
    return true;
  if (DISBELIEF.test(sent) && (CHEERFUL.test(rest) || YOU_PRAISED.test(rest) || GOOD_NEWS.test(rest)))
    return true;
  const j = JOKING.exec(facts.near);
  return !!j && laughIn(facts) && clauseTone(facts.near.slice(j.index + j[0].length))[1] === 0;
}
function plainWindowOk(msg: string): boolean {
  return plainWindow(msg) && clauseTone(msg.replace(/\b(?:holy|no) \w+\b/gi, ' '))[1] === 0;
}

/** Negative words the kinds below read as their own, not as sourness. */
const KIND_OWN = new Set(['regret', 'regrets', 'liar', 'terrible', 'bad', 'awful', 'boring', 'cry', 'tears']);

/**
 * Kinds of warm message a trigger word sits in, nothing sour around it: "this might be a dumb idea,
 * but…" (a hedge on one's own idea), "a ridiculous amount of food" (a quantity), "don't be daft, of
 * course you can come" (reassurance), "you're a terrible liar, I know there's a surprise" (bad at
 * lying), "you ruined brunch for me, no regrets" (an indulgence), "ok genius, you were right, I owe
 * you" (a point conceded), "stop, you're making me blush!!" (flattered).
 */
function kindWarm(
  doc: Doc,
  m: Match,
  rule: string,
  cat: Category,
  msg: string,
  sent: string,
  near: string,
  start: number,
  end: number,
  sFirst: number,
  sLast: number,
): boolean {
  const text = doc.text;
  const before = text.slice(
    Math.max(doc.sentences[doc.tokens[m.first]?.sent ?? 0]?.start ?? 0, start - 40),
    start,
  );
  const after = text.slice(end, end + 40);
  const liar =
    /\b(?:terrible|bad|awful|lousy) liar\b/i.test(text.slice(Math.max(0, start - 16), end)) &&
    /\b(?:surprise|present|gift|party)\b/i.test(near);
  // "stop saying you make me feel bad", "instead of saying you never listen": a phrase named, not said.
  if (
    SECOND.test(doc.tokens[m.first]?.w ?? '') &&
    /\b(?:stop|avoid|instead of|rather than|not to) say(?:ing)? ?$/i.test(before)
  )
    return true;
  // "sorry you have to deal with that": sympathy, not an order ("Sorry, you have to…" stays).
  if (rule === 'talking-down.need-to' && /\bsorry (?:that )?$/i.test(before)) return true;
  // "see you never, carbs": a farewell to a thing, not a person.
  if (rule === 'absolutes.never' && /\bsee\s*$/i.test(before)) {
    const w = /^\s*,\s*([a-z]+)/.exec(after)?.[1];
    return !!w && !PERSON_NOUN.test(w);
  }
  const ruin = rule === 'blame.ruined' || rule === 'blame.made-outcome';
  // The kinds' own shapes first (cheap, and most findings match none); then nothing sour in the
  // message, the costlier read.
  const kind =
    (rule === 'contempt.scorn' && scornKind(doc, m, before, after, sFirst, sLast)) ||
    (liar && cat === 'contempt') ||
    // "you're ridiculous and I love you": a fond word, love right after it.
    (cat === 'talking-down' &&
      /(?:ridiculous|absurd|silly|nuts|crazy)$/i.test(text.slice(start, end)) &&
      /^\W*(?:and |but )?i (?:love|adore) (?:you|u)\b/i.test(after)) ||
    (rule === 'blame.ruined' &&
      /\b(?:no regrets|regret nothing|(?:so|totally) worth it)(?![\s,]+(?!lol|haha)[a-z])/i.test(near) &&
      /\b(?:for me|diet)\b/i.test(sent) &&
      !/\b(?:life|lives|marriage|relationship|career|family|everything|us)\b/i.test(near)) ||
    (rule === 'mockery.genius' &&
      /\b(?:you|u) (?:were|was) right\b/i.test(near) &&
      /\bi owe (?:you|u)\b|\bthank/i.test(near)) ||
    // "stop, you're making me blush!!", "omg STOP ur gonna make me cry (happy tears) 🥹": flattered.
    (cat === 'heat' &&
      !rule.startsWith('swearing') &&
      /\bmak(?:e|es|ing) me (?:blush|cry|tear up)\b/i.test(sent) &&
      (/\bblush|happy tears/i.test(sent) || LAUGH.test(near) || WARM_EMOJI.test(sent))) ||
    // "and another thing I love: …": the list is of what is loved.
    (rule === 'absolutes.another-thing' &&
      /^\W*i (?:love|luv|adore|like|appreciate|admire)\b/i.test(after)) ||
    // "real mature of me, I know", "Real mature question: who wants cake?": a joke on oneself.
    (rule === 'mockery.real-mature' && /^\W*(?:of me|question|q|idea)\b/i.test(after)) ||
    // "You ruined me for every other pie", "you ruined store-bought bread for me": praise by ruin.
    (ruin &&
      (/\bruined (?:(?:me|us) for (?:all|every|any) other|(?:(?:all|every|any) other|(?:store|shop)[- ]?bought|boring) [^.!?]{0,30}(?:for|4) (?:me|us)\b)/i.test(
        sent,
      ) ||
        // "u ruined me, i cant go back to instant after ur espresso" (not "after ur lies").
        ruinedAfter(sent) ||
        // "your bread ruined me for shop bread forever 😂": spoiled for the rest, laughed or hearted;
        // not "for life", "for good", "for anyone else".
        (/\bruined (?:me|us) for (?!life|good|ever|any|every(?:one|body)|other (?:people|men|women))\w/i.test(
          sent,
        ) &&
          (LAUGH.test(near) || WARM_EMOJI.test(near)) &&
          !SOUR_EXTRA.test(sent.replace(/\bruin\w*/gi, '')) &&
          msgNeg(sent, new Set(['ruined'])) === 0)));
  if (!kind) return false;
  if (sourMsg(doc) && !liar && !ruin) return false;
  return msgNeg(msg, new Set([...wordsOf(doc, m.first, m.last), ...KIND_OWN, ruin ? 'nothing' : ''])) === 0;
}

/**
 * What a farewell is said to, right after it: a thing of one's own ("… to my old apartment", "to
 * the office chair") or a thing that spoiled the rest ("this cake recipe has ruined store-bought for
 * me"); no person named.
 */
function farewellToThing(after: string): string {
  // The thing: its words up to the end of the clause, joined by spaces or hyphens.
  const to =
    /^\W*(?:forever\W*)?to (?:my|the|this|that|our|all|every) ([a-z]+(?:[ -][a-z]+){0,3})(?=\s*(?:[,.!?;\u2026]|\p{Extended_Pictographic}|$))/iu.exec(
      after,
    );
  const spoiled =
    /^\W*(?:forever\W*)?(?:this|that|the) ([a-z]+(?:[ -][a-z]+){0,2}) (?:has|have|just) ruined (?:(?:store|shop)[- ]?bought|(?:all|every|any) other \w+) (?:for|4) (?:me|us)\b/i.exec(
      after,
    );
  const x = to ?? spoiled;
  return x &&
    !SOUR_EXTRA.test(x[1] as string) &&
    !(x[1] as string)
      .toLowerCase()
      .split(/[ -]/)
      .some((w) => PERSON_NOUN.test(w) || isPerson(w) || (/(?:er|or|ist)s?$/.test(w) && !THING_NOUNS.has(w)))
    ? x[0]
    : '';
}

/** "ruined me, I can't go back to X after your <thing>", the thing nothing sour. */
function ruinedAfter(sent: string): boolean {
  const thing = /\bruined (?:me|us)\W+(?:i|we) can'?t go back to [^.!?]{0,40}after (?:ur|your) (\w+)/i.exec(
    sent,
  )?.[1];
  return thing !== undefined && !SOUR_EXTRA.test(thing);
}

/** The scorn kinds of `kindWarm`: a hedge on one's own idea, a silly quantity, reassurance, a thing's design. */
function scornKind(
  doc: Doc,
  m: Match,
  before: string,
  after: string,
  sFirst: number,
  sLast: number,
): boolean {
  if (
    /^\s+(?:idea|question|thought|suggestion)s?\b/i.test(after) &&
    /\b(?:might|may|could|probably|maybe|possibly|perhaps)(?: be)? an?\s+$/i.test(before) &&
    !hasSecond(doc, sFirst, m.first)
  )
    return true;
  if (/^\s+(?:amount|number|quantity|pile|load)s? of\b/i.test(after) && /\ban?\s+$/i.test(before))
    return true;
  if (/^\W*(?:don'?t|do not) be\s+$/i.test(before) && /^\W*(?:of course|course) (?!not)/i.test(after))
    return true;
  // "this printer is the dumbest invention ever": a thing's design, nobody addressed.
  const x = /\b(?:this|that|the|my|our)((?:\s+[\w-]+){1,2}?)\s+(?:is|was)\s+the\s+$/i.exec(before);
  return (
    x !== null &&
    /^\s+(?:invention|design|gadget|contraption|product)s?\b/i.test(after) &&
    !hasSecond(doc, sFirst, sLast) &&
    !(x[1] as string)
      .toLowerCase()
      .split(/\s+/)
      .some((w) => PERSON_NOUN.test(w) || isPerson(w))
  );
}

/**
 * Should the finding `m` of family `familyId` (category `cat`) be set aside because its message
 * shows the word is used warmly?
 */
export function warmContext(doc: Doc, m: Match, familyId: string, cat: Category): boolean {
  const rule = `${familyId}.${m.rule}`;
  const t = doc.tokens;
  if (m.first >= t.length) return false;
  const start = (t[m.first] as Token).start;
  const end = (t[Math.max(m.first, m.last - 1)] as Token).end;
  const lo = Math.max(0, Math.floor((start - WINDOW) / STEP) * STEP);
  const hi = Math.min(doc.text.length, Math.ceil((end + WINDOW) / STEP) * STEP);
  const si = (t[m.first] as Token).sent;
  const facts = factsOf(doc, lo, hi, si);
  const sent = sentenceText(doc, m.first, lo, hi);
  /** From the finding to the end of the next sentence, within the window. */
  const fromHere = facts.near.slice(Math.max(0, start - Math.max(doc.sentences[si]?.start ?? 0, lo)));
  const [sFirst, sLast] = sentenceTokens(doc, m.first);
  const msg = doc.text.slice(lo, hi);
  /** The rest of the finding's sentence after it, within the window. */
  const sentAfter = (): string =>
    doc.text.slice(end, Math.min(hi, doc.sentences[(t[m.first] as Token).sent]?.end ?? hi));
  // "nice job genius (me, I locked myself out)", "what a clown — talking to myself here": the writer
  // names themself as the one meant, right after it, and nobody is addressed in the message: sarcasm
  // at oneself.
  if (
    (cat === 'contempt' || familyId === 'mockery') &&
    SELF_ASIDE.test(doc.text.slice(end, end + 40)) &&
    !SECOND_IN_TEXT.test(msg)
  )
    return true;
  // "thanks for nothing, weather app", "slow clap for the bus that finally showed up", "cool story, my
  // cat did the same": a jibe at a thing or a pet, nobody addressed, nothing else sour.
  if (/^(?:thanks-for-nothing|slow-clap|cool-story)$/.test(m.rule) && !SECOND_IN_TEXT.test(msg)) {
    const out = `${doc.text.slice(lo, start)} ${doc.text.slice(end, hi)}`;
    const next = (doc.text.slice(end, end + 30).split(/[.!?;]/)[0] as string)
      .toLowerCase()
      .split(/[^a-z]+/, 5);
    if (
      next.some((w) => THING_NOUNS.has(w) || /^(?:cat|dog|kitty|puppy)$/.test(w)) &&
      !SOUR_EXTRA.test(out) &&
      !SARCASM.test(out) &&
      msgNeg(msg, wordsOf(doc, m.first, m.last)) === 0
    )
      return true;
  }

  const span = spanOf(doc, lo, hi);
  span.sarcasm ??= SARCASM.test(msg) || soreSignOff(doc, lo, hi);
  if (span.sarcasm) return false;

  if (
    (cat === 'contempt' || cat === 'talking-down' || cat === 'blame') &&
    familyId !== 'swearing' &&
    (BEST_WAY(sent) || /^\W*in the best way\b(?!\s*\?)/i.test(sentenceAt(doc, si + 1, lo, hi)))
  )
    return true;
  if (plainWords(doc, m, rule, msg, start, sentAfter())) return true;
  // "you muppet, your sandwich is still on the counter, want me to drop it off?", "lol you weirdo,
  // ketchup on eggs again": a mild pet name, then help offered, or a laugh and no deed of theirs
  // told ("you muppet, you left the gate open lol" stays); nothing bad, nothing sour but "again".
  if (
    m.rule === 'name-calling' &&
    MILD_LABEL.test(t[m.last - 1]?.w ?? '') &&
    (/\b(?:i'?ll|want me to) (?:drop|bring|grab|pick)\b/i.test(msg) ||
      (laughIn(facts) && !hasSecond(doc, m.last, sLast))) &&
    !(sourMsg(doc) && SOUR_EXTRA.test(msg.replace(/\bagain\b/gi, ' '))) &&
    !msgNeg(msg, new Set([...wordsOf(doc, m.first, m.last), 'drop']))
  )
    return true;
  // "this boss is a clown fight lmao love it", "pathetic attempt at a snowman but the kids loved it":
  // scorn of a thing, a game or a film, nobody addressed, delight beside it, nothing else sour.
  if (
    /^(?:scorn|third-person-label|dismissive-scorn)$/.test(m.rule) &&
    /\b(?:lov(?:e|ed|es|ing)|cheered|laugh\w*(?! at))\b/i.test(doc.text.slice(end, hi)) &&
    !/\btho(?:ugh)?\b/i.test(msg) &&
    !/\b(?:he|she|his|him)\b/i.test(msg) &&
    !SECOND_IN_TEXT.test(msg) &&
    !NEGATED(msg) &&
    !sourMsg(doc) &&
    !msgNeg(msg, wordsOf(doc, m.first, m.last)) &&
    ![...wordsOf(doc, sFirst, m.first)].some((w) => w !== 'boss' && (PERSON_NOUN.test(w) || isPerson(w)))
  )
    return true;
  // "you made me cry at the airport you absolute sweetheart", "why would you bring me flowers, you
  // angel": a charge said to someone named with love in the same sentence; nothing sour (session 38).
  if (
    (cat === 'blame' || m.rule === 'why-would') &&
    /\b(?:you|u) (?:absolute |sweet )?(?:sweetheart|sweetie|angel|gem|softie|darling|treasure)\b/i.test(
      sent,
    ) &&
    !SOUR_EXTRA.test(`${doc.text.slice(lo, start)} ${doc.text.slice(end, hi)}`) &&
    msgNeg(msg, new Set(['cry', 'cried', 'crying', 'tears', 'sob', 'sobbing'])) === 0
  )
    return true;
  // "you always pick the worst movies and i love it", "every time you help, it means a lot": what the
  // writer welcomes; nothing sour or eye-rolled beside it.
  const wel = cat !== 'withdrawal' && WELCOMED.exec(facts.near);
  if (wel) {
    const rest = msg.replace(wel[0], ' ');
    if (
      !EYE_ROLL.test(msg) &&
      !SOUR_EXTRA.test(rest) &&
      msgNeg(rest, new Set([...wordsOf(doc, m.first, m.last), ...FOND_OWN])) <= (laughIn(facts) ? 3 : 0)
    )
      return true;
  }

  if (kindWarm(doc, m, rule, cat, msg, sent, facts.near, start, end, sFirst, sLast)) return true;

  // "you're insane at this game, teach me", "that clutch was disgusting, teach me your ways": hype for
  // a skill, nothing else sour.
  if (cat === 'contempt' && /^(?:label|third-person-label|verdict|scorn)$/.test(m.rule)) {
    let hype = -1;
    for (let k = m.first; k < m.last; k++) if (SKILL_HYPE.test((t[k] as Token).w)) hype = k;
    const at = hype >= 0 && hype + 2 < sLast && (t[hype + 1] as Token).w === 'at';
    if (
      hype >= 0 &&
      ((at && !NOT_A_SKILL.test((t[hype + 2] as Token).w)) ||
        LEARN_FROM.test(facts.near) ||
        SLANG_PRAISE.test(facts.near) ||
        // "you make me so happy, it's honestly ridiculous 🥰": how good it is, called absurd, a heart
        // beside it, the word ending its clause.
        (WARM_EMOJI.test(sent) &&
          /\b(?:it|that)['\u2019]?s (?:\w+ )?$/i.test(doc.text.slice(start - 24, start)) &&
          /^[^a-z]*$/i.test(sentAfter()))) &&
      !sourMsg(doc) &&
      !/\b(?:if|when|because)\b/i.test(sentAfter()) &&
      msgNeg(msg, new Set([(t[hype] as Token).w, ...SLANG_OWN])) === 0
    )
      return true;
  }

  // "are you serious?? you got tickets?? i'm screaming": disbelief at good news.
  if (
    m.rule === 'rhetorical' &&
    /^are (?:you|u) (?:serious|kidding|joking)/i.test(doc.text.slice(start, end)) &&
    (GOOD_NEWS.test(fromHere) || YOU_PRAISED.test(fromHere.slice(end - start))) &&
    !sourMsg(doc) &&
    msgNeg(msg, new Set([...wordsOf(doc, m.first, m.last), ...EXCITED])) === 0
  )
    return true;

  // "how dare you be so talented 😍", "who do you think you are, a model? stunning pic", "are you
  // kidding me?! $5 for all this? take my money": mock outrage at something good, the delight told
  // after it (not asked), nothing negative or sour in the message.
  if (cat === 'contempt' && /^(?:how|who|why|what|are|you can'?t)\b/i.test(doc.text.slice(start, end))) {
    // Delight at what was done, not a fond tag after a jab ("who raised you? love you though").
    const said = fromHere
      .slice(end - start)
      .split(/(?<=[.!?])/)
      .filter((x) => !x.includes('?'))
      .join(' ')
      .replace(
        /\b(?:love (?:you|u|ya)|proud of (?:you|u)|congrat\w*|you'?re the best|thank(?:s| you))\b/gi,
        ' ',
      );
    if (
      !/\btho(?:ugh)?\b/i.test(said) &&
      (CHEERFUL.test(said) || PRAISED.test(said) || YOU_PRAISED.test(said) || TEACH_ME.test(said)) &&
      !sourMsg(doc) &&
      !EYE_ROLL.test(msg) &&
      msgNeg(msg, new Set([...wordsOf(doc, m.first, m.last), ...EXCITED])) === 0
    )
      return true;
  }

  // "You're ridiculous. Ridiculously good at parking", "you're insane (insanely talented)": the label
  // taken back as praise; nothing else negative.
  if (cat === 'contempt' || cat === 'talking-down') {
    const lab = (t[m.last - 1] as Token).w;
    for (const x of facts.near.matchAll(/\b([a-z]+)ly ([a-z]+)/gi))
      if (
        (x[1] as string).toLowerCase() === lab &&
        (valence((x[2] as string).toLowerCase()) > 0 ||
          /^(?:talented|skilled|gifted)$/i.test(x[2] as string)) &&
        msgNeg(msg, new Set([lab, `${lab}ly`])) === 0
      )
        return true;
  }

  // "what an idiot I am", "what a muppet I've been": a label the writer gives themself.
  if (
    cat === 'contempt' &&
    /\bwhat an?\s+(?:[a-z]+\s+)?$/i.test(doc.text.slice(Math.max(0, start - 24), start)) &&
    /^\s+(?:i am|i'm|im|i was|i've been|ive been|am i|was i)\b/i.test(doc.text.slice(end, end + 14)) &&
    !hasSecond(doc, m.last, sLast)
  )
    return true;

  // "coward that I am, I skipped it", "idiot as I am": a label the writer gives themself.
  if (cat === 'contempt' && /^,?\s+(?:that|as) i(?: am|'?m)\b/i.test(doc.text.slice(end, end + 12)))
    return true;
  // "the idiot here is clearly me", "pathetic parking on my part", "my bad for being a numpty",
  // "sorry if this is a noob question": the writer's label for themself or their own
  // question. "I swear that dog is the silliest clown", "real mature of my cat", "calm down kitty": a
  // pet labelled or told off, no person named between. Nobody addressed in the sentence.
  if ((cat === 'contempt' || cat === 'talking-down') && !hasSecond(doc, sFirst, sLast)) {
    const aft = doc.text.slice(end, end + 40);
    const bef = doc.text.slice(Math.max(lo, doc.sentences[si]?.start ?? 0, start - 40), start);
    const pet = PET_BEFORE.exec(bef);
    // Or the writer or their own side: "we are two clowns", "how pathetic am I", "… flip from me".
    if (
      /^[\w -]{0,24}?\b(?:(?:is|was) (?:\w+ly )?me|on my part)\b/i.test(aft) ||
      (/^(?:scorn|label|third-person-label|dismissive-scorn|name-calling)$/.test(m.rule) &&
        familyId !== 'swearing' &&
        (OWN_SIDE.test(bef) ||
          /^[\w -]{0,24}?\b(?:am i|are we)\b/i.test(aft) ||
          (m.first === sFirst && /^[\w -]{0,24}?\bfrom me\b/i.test(aft)))) ||
      /\b(?:my (?:fault|bad)|me) for being (?:such )?an? $/i.test(bef) ||
      (/^ q(?:uestion)?\b/i.test(aft) && /\b(?:sorry if|probably|maybe)\b/i.test(bef)) ||
      ((pet ? !/\b(?:owner|man|guy|she|they)\b/i.test(bef.slice(pet.index)) : PET_AFTER.test(aft)) &&
        !PERSON_NOUN.test(t[m.last]?.w ?? '') &&
        m.rule !== 'violence')
    )
      return true;
  }

  // "loser buys coffee after the match", "and the loser does the dishes 😉": a bet's forfeit, nobody named.
  if (
    cat === 'contempt' &&
    (t[m.first] as Token).w === 'loser' &&
    m.last === m.first + 1 &&
    /^ (?:buys|pays|does|owes|cooks|cleans|washes|treats)\b/.test(sentAfter()) &&
    (m.first === sFirst || /^(?:the|and|so|ok)$/.test((t[m.first - 1] as Token).w)) &&
    !NEGATED(sentAfter()) &&
    msgNeg(msg, new Set(['loser'])) === 0
  )
    return true;

  // "I never said you were stupid", "you do not consider her a whore": a label denied.
  if (
    (cat === 'contempt' || cat === 'absolutes' || (familyId === 'swearing' && m.rule === 'label')) &&
    deniedLabel(doc, start, end, si, lo, hi)
  )
    return true;

  // "the landlord in the novel is such a selfish jerk", "that loser in the movie gets the girl", "the
  // villain in this book is a snake": a story's person, its story named with them (session 38).
  if (
    cat === 'contempt' &&
    /^(?:scorn|third-person-label|dehumanising)$/.test(m.rule) &&
    !hasSecond(doc, sFirst, sLast)
  ) {
    const subject = doc.text.slice(Math.max(lo, doc.sentences[si]?.start ?? start), start);
    const story = STORY_AT.exec(doc.text.slice(end, end + 40));
    // A person labelled ("is such a jerk", "loser"), not a thing in it ("the brutality in that film was disgusting").
    if (
      (m.rule === 'scorn' || /\ban? /i.test(doc.text.slice(start, end))) &&
      !MAKERS.test(subject) &&
      (STORY_AT.test(subject) ||
        (story && story.index < 2) ||
        (m.rule === 'dehumanising' && FICTION.test(subject)))
    )
      return true;
  }
  if (cat === 'contempt' && (m.rule === 'scorn' || m.rule === 'third-person-label')) {
    if ((FICTION.test(sent) || (GAME_FOE.test(sent) && GAME.test(msg))) && !hasSecond(doc, sFirst, sLast))
      return true;
    // "he dressed as a clown for the party", "a clown costume": a costume, not a label.
    if (
      COSTUME_BEFORE.test(doc.text.slice(Math.max(0, start - 40), start)) ||
      COSTUME_AFTER.test(doc.text.slice(end, end + 16))
    )
      return true;
    // "dumb wifi dropped again", "stupid autocorrect changed ur name": a thing scorned, nobody's own
    // but the writer's; "the dumbest sweetest boy": scorn paired with warmth. Nothing else sour.
    // "Stupid laptop died mid-talk, but…", "dumb plugin saved me hours", "dumb joke incoming": a
    // thing of one's own, or one's own joke, scorned; its breaking down is no sourness.
    if (m.rule === 'scorn' && m.last < sLast) {
      const prev = m.first > sFirst ? (t[m.first - 1] as Token).w : '';
      const next = (t[m.last] as Token).w;
      const thing = (w: string) =>
        THING_NOUNS.has(w) ||
        (OWN_THING.test(w) &&
          /^(?:|my)$/.test(prev) &&
          !/est$/.test((t[m.first] as Token).w) &&
          !hasSecond(doc, sFirst, sLast));
      if (
        ((/^(?:|this|the|my)$/.test(prev) &&
          thing(next) &&
          !(hasSecond(doc, sFirst, sLast) && NEGATED(sent)) &&
          !hasSecond(doc, sFirst, m.first)) ||
          /^(?:sweet|cut|kind|love?li|funni|soft|good|happi|pretti|brav)est$/.test(next)) &&
        msgNeg(msg, new Set([...wordsOf(doc, m.first, m.last), ...FOND_OWN])) === 0
      )
        return true;
    }
    // "This stupid umbrella broke lol": scorn of a thing of one's own, laughed off.
    if (m.rule === 'scorn' && laughIn(facts) && !hasSecond(doc, sFirst, sLast)) {
      const prev = m.first > sFirst ? (t[m.first - 1] as Token).w : '';
      const next = m.last < sLast ? (t[m.last] as Token).w : '';
      if (/^(?:this|that|the|my|these|those)$/.test(prev) && next !== '' && !PERSON_NOUN.test(next))
        return true;
    }
    // "this dumb little browser plugin saved me hours", "pathetic little cold front won't stop us",
    // "I'm so angry at this stupid disease": a thing scorned, nobody addressed in the message; a vent
    // at a thing, whatever else it says of the day.
    if (m.rule === 'scorn' && !SECOND_IN_TEXT.test(msg) && thingScorned(doc, m, sFirst, sLast)) return true;
  }

  // "ok loser, see you at brunch", "hey nerd, see u tonight": a teasing name as the greeting before a
  // plan to meet; nothing negative or sour in the message.
  if (
    cat === 'contempt' &&
    /^(?:scorn|name-calling|label)$/.test(m.rule) &&
    m.last - m.first === 1 &&
    (m.first === sFirst ||
      (m.first === sFirst + 1 && /^(?:ok|okay|hey|bye)$/.test((t[sFirst] as Token).w))) &&
    (MILD_LABEL.test((t[m.first] as Token).w) || /^losers?$/.test((t[m.first] as Token).w)) &&
    /^\W{0,3}(?:see|c) (?:you|u|ya) (?:at|tonight|tomorrow|on|soon|later|this|next)\b/i.test(
      doc.text.slice(end, end + 40),
    ) &&
    !sourMsg(doc) &&
    msgNeg(msg, new Set([(t[m.first] as Token).w, ...EXCITED])) === 0
  )
    return true;

  // "this recipe is stupid easy", "the new route is stupid fast": "stupid" as a degree word before how
  // easy, quick, cheap or good a thing is; nobody but the writer named before it, nothing negative.
  if (
    cat === 'contempt' &&
    (m.rule === 'scorn' || m.rule === 'third-person-label') &&
    (t[m.last - 1] as Token).w === 'stupid' &&
    m.last < sLast &&
    STUPID_DEGREE.test((t[m.last] as Token).w) &&
    /^ \w/.test(doc.text.slice(end, end + 2))
  ) {
    let person = false;
    for (let k = Math.max(sFirst, m.first - 12); k < m.first; k++) {
      const w = (t[k] as Token).w;
      if (isPerson(w) && !/^(?:i|me|we|us)$/.test(w)) person = true;
    }
    if (!person && msgNeg(msg, new Set(['stupid'])) === 0) return true;
  }

  if (cat === 'contempt' && m.rule === 'scorn') {
    const prev = m.first > sFirst ? (t[m.first - 1] as Token).w : '';
    const next = m.last < sLast ? (t[m.last] as Token).w : '';
    // "April fools": the name of a day, nobody called it.
    if (prev === 'april') return true;
    if (
      // "a big idiot grin on my face": the writer's own grin, nobody else in the sentence.
      /^(?:grin|smile|smirk|laugh|giggle)s?$/.test(next) &&
      /\b(?:i|my|me)\b/i.test(sent) &&
      !/\b(?:you|ur?|your|s?he|his|her|they|their)\b/i.test(sent)
    )
      return true;
    // "a stupidly good goal", "the dumbest, most wonderful save": the word a degree of the praise
    // after it, nothing else negative.
    const w = (t[m.first] as Token).w;
    if (
      m.last - m.first === 1 &&
      (/(?:ly|est)$/.test(w) || next === 'most') &&
      valence((next === 'most' ? t[m.last + 1]?.w : next) ?? '') >= 2 &&
      !sourMsg(doc) &&
      msgNeg(msg, new Set([w, 'stop'])) === 0
    )
      return true;
  }
  // "you wrecked that exam, well done!!", "that clutch was insane, you absolute monster 🔥", "Are you
  // insane?? You ran 50k?! Legend.": awe at a feat, cheered, the word one of awe; nothing sour.
  const feat = rule === 'blame.ruined' || rule === 'constructions.rhetorical';
  if (
    (rule === 'blame.ruined' ? FEAT.test(msg) : cat === 'contempt' || cat === 'talking-down' || feat) &&
    // The awe word first: it reads the finding's words only, the cheer the whole message.
    AWE.test(rule === 'constructions.rhetorical' ? msg : doc.text.slice(start, end)) &&
    (/\b(?:congrat\w*|well done|gg|legend|nailed it|so proud|teach me|rematch|respect|personal best|first \w+ done|how did (?:you|u) (?:even )?\w+)\b|[\u{1F525}\u{1F44F}\u{1F3C6}\u{1F389}\u{1F64C}\u{1F3C5}]/iu.test(
      msg,
    ) ||
      // "you absolutely destroyed that boss, so clean": the feat crushed, praised right after it.
      (rule === 'blame.ruined' && crushedPraised(msg))) &&
    !SOUR_EXTRA.test(doc.text.slice(lo, start) + doc.text.slice(end, hi)) &&
    msgNeg(msg, new Set([...wordsOf(doc, m.first, m.last), ...EXCITED])) === 0
  )
    return true;
  // "my husband is such a dork, he named the sourdough starter after me": someone close teased to a
  // third with a mild label; nothing bad or denied, nothing sour but "again".
  if (
    /^(?:scorn|third-person-label)$/.test(m.rule) &&
    MILD_LABEL.test((t[m.last - 1] as Token).w) &&
    /^\W*my (?:husband|wife|partner|boyfriend|girlfriend|brother|sister|dad|mum|mom|son|daughter|kids?|nephew|niece|gran\w*|best friend) (?:is|was)\b/i.test(
      sent,
    ) &&
    !NEGATED(msg) &&
    !(sourMsg(doc) && SOUR_EXTRA.test(msg.replace(/\bagain\b/gi, ' '))) &&
    !msgNeg(msg, wordsOf(doc, m.first, m.last))
  )
    return true;
  // "ugh my boss was such a clown today, anyway how was your appointment?", "the landlord is being so
  // ridiculous, can you help me draft an email?": a third party labelled, then a warm turn to the reader.
  if (
    cat === 'contempt' &&
    /^(?:scorn|third-person-label)$/.test(m.rule) &&
    !hasSecond(doc, sFirst, m.last) &&
    /\b(?:the|my|our|that|this) [a-z]+ (?:is|was|are|were)\b/i.test(doc.text.slice(lo, end)) &&
    /\banyways?\b[^.!?]*\b(?:you|u)r?\b|\b(?:how (?:was|is|are) (?:you|u)r?|can (?:you|u) help|glad (?:you|u)(?:'?re| are| r|r) (?:home|back|safe|ok|okay)|can we (?:please )?(?:get|grab|go out for|order) (?!rid|away|over|back|this|that|it)\w+)\b/i.test(
      sentAfter() + facts.near.slice(sent.length),
    ) &&
    !sourMsg(doc) &&
    msgNeg(doc.text.slice(end), new Set()) === 0
  )
    return true;
  // "my hair looks ridiculous lol", "the instructions were idiotic but we figured it out": a thing
  // (no person named before it) called so, laughed off or forgiven in the same breath.
  if (
    cat === 'contempt' &&
    (m.rule === 'scorn' || m.rule === 'third-person-label') &&
    thingLaughed(
      doc,
      doc.text.slice(Math.max(lo, doc.sentences[si]?.start ?? 0, end - 80), end),
      sFirst,
      sLast,
      facts,
      sentAfter(),
    )
  )
    return true;

  // "You absolute idiot, you won the raffle and didn't tell me?! Congrats!!": teasing over good news.
  if (
    cat === 'contempt' &&
    familyId !== 'swearing' &&
    (m.rule === 'scorn' || m.rule === 'name-calling') &&
    cheerIn(facts) &&
    GOOD_NEWS.test(fromHere) &&
    msgNeg(msg, wordsOf(doc, m.first, m.last)) === 0
  )
    return true;

  // "lol you're ridiculous, i love it", "ha you're ridiculous, thank you for the flowers": a word of
  // awe, with love or thanks after it (also read as "overreacting").
  const awe = cat !== 'heat' && AWE_LABEL.test((t[m.last - 1] as Token).w);
  if (
    ((cat === 'contempt' && familyId !== 'swearing') || awe) &&
    (LOVE_AFTER.test(sentAfter()) || (awe && THANKS.test(sentAfter()))) &&
    negOutside(doc, sFirst, sLast, m.first, m.last) === 0
  )
    return true;

  // "I LOVE YOU TOO you dork", "you weirdo 😂 marry me", "ok genius, 98%?? so proud of you": a pet
  // name in a message that says its love or pride outright, nothing sour or negated.
  if ((cat === 'contempt' && m.rule !== 'label') || rule === 'mockery.genius') {
    let pet = false;
    // Said to them ("you dork", "hey loser", "ok genius"), not of them ("you're such a loser").
    for (let k = m.first; k < m.last; k++)
      pet ||=
        FOND_OWN.has((t[k] as Token).w.replace(/s$/, '')) &&
        (k === sFirst || /^(?:you|u|hey|ok|okay|oh|aw+|my)$/.test((t[k - 1] as Token).w));
    if (
      pet &&
      FOND_SAID.test(facts.near) &&
      !NEGATED(facts.near) &&
      !sourMsg(doc) &&
      msgNeg(msg, FOND_OWN) === 0
    )
      return true;
  }

  if (cat === 'contempt' && (m.rule === 'name-calling' || m.rule === 'scorn')) {
    // "Love you, weirdo": a pet name after love.
    let label = '';
    for (let k = m.first; k < m.last; k++) if (SOFT_LABEL.test((t[k] as Token).w)) label = (t[k] as Token).w;
    const before = doc.text.slice(Math.max(0, (t[m.first] as Token).start - 12), (t[m.first] as Token).start);
    if (
      label &&
      /\b(?:love|miss|luv|ily)\s*$/i.test(before) &&
      msgNeg(msg, wordsOf(doc, m.first, m.last)) === 0
    )
      return true;
    // "you beautiful weirdo", "my lovely dork", "you sweet sweet idiot": a pet name a warm word
    // describes, nothing sour in the message.
    // A scorn finding is the label alone: its describing word, said to them, is just before it.
    const from =
      m.rule === 'scorn' && m.first - 2 >= sFirst && /^(?:you|u|my)$/.test((t[m.first - 2] as Token).w)
        ? m.first - 1
        : m.first;
    let fondWord = false;
    for (let k = from; k < m.last; k++) {
      const w = (t[k] as Token).w;
      if (SOFT_LABEL.test(w)) break;
      if (valence(w) >= 2 && !/^(?:not|no|so-called)$/.test(t[k - 1]?.w ?? '')) fondWord = true;
    }
    if (label && fondWord && !sourMsg(doc) && msgNeg(msg, wordsOf(doc, m.first, m.last)) === 0) return true;
  }

  // "happy birthday you old goat 🎂", "happy retirement, you old fossil": an age tease inside a wish,
  // nothing sour in the message.
  if (
    cat === 'contempt' &&
    WISH(sent) &&
    /\bold\b/i.test(doc.text.slice(start, end)) &&
    m.last - m.first <= 4 &&
    !sourMsg(doc) &&
    msgNeg(msg, wordsOf(doc, m.first, m.last), false) === 0
  )
    return true;

  if (cat === 'heat' && (m.rule === 'shouting' || m.rule === 'emphasis' || m.rule === 'marks')) {
    // "OMG YOU GOT THE JOB!!! So proud of you!!": the shouted sentence is the excited one, nothing
    // sour around it, and the shouted words themselves carry no insult or blame.
    facts.excited ??= excitedShout(sent, sentenceAt(doc, si - 1, lo, hi), facts);
    if (facts.excited) {
      span.plain ??= plainWindow(msg);
      if (span.plain) return true;
    }
  }

  if (
    cat === 'heat' &&
    m.rule === 'shouting' &&
    !sourMsg(doc) &&
    playfulShout(sent, sentenceAt(doc, si - 1, lo, hi), facts, msg)
  )
    return true;

  // "you ALWAYS carry us in ranked, gg 🙏": a stressed absolute the absolutes family reads as warm.
  if (rule === 'heat.emphasis' && /^(?:always|never)$/.test((t[m.first] as Token).w)) {
    const f = m.first > sFirst && SECOND.test((t[m.first - 1] as Token).w) ? m.first - 1 : m.first;
    if (warmContext(doc, { ...m, rule: (t[m.first] as Token).w, first: f }, 'absolutes', 'absolutes'))
      return true;
  }
  // "Unbelievable sunset tonight!!!", "that drawing is GORGEOUS!!", "ugh I miss you guys, come visit
  // soon!!": marks of joy, awe or longing; no awe word said of them ("are you crazy?!"), nothing sour.
  if (rule === 'heat.marks') {
    const bare = msg
      .replace(
        /\b(?:ugh|damn|jesus|god|christ|insane|unbelievable|unreal|crazy|wild|jealous|no way|miss (?:you|u|ya))\b/gi,
        ' ',
      )
      // "HOLY SHIT THAT CLUTCH!!! insane play": awe at a thing, nobody addressed.
      .replace(/\bholy \w+/gi, (x) => (SECOND_IN_TEXT.test(msg) ? x : ' '))
      .replace(FOUND_AGAIN, ' back ');
    const [pos, neg] = clauseTone(bare);
    if (
      neg === 0 &&
      (pos > 0 ||
        /\b(?:miss (?:you|u|ya)|gorgeous|stunning|incredible|(?:un\w+|insane) (?!you|u\b)[a-z]{3,})\b|^\W*no way\b/i.test(
          msg,
        )) &&
      !/\b(?:you|u)(?:'?re| are| r)?\s+(?:\w+\s+)?(?:insane|crazy|unbelievable|unreal|kidding|serious|nuts)\b/i.test(
        msg,
      ) &&
      !sourMsg(doc)
    )
      return true;
  }
  // "ARE WE STILL ON FOR TONIGHT??? sorry caps, I'm just excited": the writer calls the shout
  // excitement, nothing aimed at anyone or sour in the message.
  if (
    cat === 'heat' &&
    (m.rule === 'shouting' || m.rule === 'emphasis' || m.rule === 'marks') &&
    OWN_EXCITEMENT.test(msg) &&
    !SHOUT_AIMED.test(msg) &&
    !sourMsg(doc) &&
    msgNeg(msg, new Set([...EXCITED, 'sorry'])) === 0
  )
    return true;

  if (
    familyId === 'swearing' &&
    m.rule === 'swearing' &&
    (warmSwear(doc, m, msg, hi, facts) || warmExclaim(doc, m, msg, hi, facts))
  )
    return true;
  // "ugh this fucking weather, I'm soaked", "this shit rain needs to end": a swear at the weather or the
  // road, the sentence's subject; "what a fucking day, I got the job!": a day sworn at, good news after
  // it. Nobody addressed, nothing sour (session 38).
  if (familyId === 'swearing' && m.rule === 'swearing' && m.last < sLast && m.first > sFirst) {
    const head = (t[m.last] as Token).w;
    let k = m.first - 1;
    const det = (t[k] as Token).w;
    if (det === 'a' && k > sFirst && (t[k - 1] as Token).w === 'what') k--;
    while (
      k > sFirst &&
      k > m.first - 6 &&
      /^(?:ugh|oh|man|god|omg|honestly|and|but|so)$/.test((t[k - 1] as Token).w)
    )
      k--;
    if (
      k === sFirst &&
      (/^(?:this|that|the|these)$/.test(det)
        ? WEATHER.test(head)
        : det === 'a' && /^(?:day|night|week|year|game|match)$/.test(head) && newsIn(facts)) &&
      !SECOND_IN_TEXT.test(msg) &&
      !sourMsg(doc) &&
      msgNeg(msg, new Set([...wordsOf(doc, m.first, m.last), ...SWEARS, 'soaked', 'freezing', 'cold'])) <= 0
    )
      return true;
  }
  // "this fucking printer jammed again, can you print my ticket?", "ugh, my damn car won't start": a
  // thing sworn at as the subject of its sentence (nobody's order, no person), nobody addressed but to
  // ask a favour, nothing negative in the rest of the message.
  if (
    familyId === 'swearing' &&
    m.rule === 'swearing' &&
    /^(?:fuck|damn|bloody|goddamn|freak|frick|effing)/.test(t[m.first]?.w ?? '')
  ) {
    let k = m.first - 1;
    if (k > sFirst && /^(?:stupid|little|old|dumb)$/.test((t[k] as Token).w)) k--;
    let d = k;
    while (
      d > sFirst &&
      /^(?:ugh|oh|god|man|omg|honestly|and|so|lol|well|sigh|welp|jeez)$/.test((t[d - 1] as Token).w)
    )
      d--;
    const n1 = t[m.last]?.w ?? '';
    const n2 = m.last + 1 < sLast ? (t[m.last + 1] as Token).w : '';
    if (
      k >= sFirst &&
      d === sFirst &&
      /^(?:this|that|the|my|our|these|those)$/.test((t[k] as Token).w) &&
      (THING_NOUNS.has(n1) || AILMENT.test(n1) || THING_NOUNS.has(n2) || AILMENT.test(n2)) &&
      (laughIn(facts) || LUV.test(msg) || /\b(?:i'?ll|lol|can (?:you|u|someone|anyone))\b/i.test(msg)) &&
      !PERSON_NOUN.test(n1) &&
      !SECOND_IN_TEXT.test(msg.replace(FAVOUR_ASKED, ' ')) &&
      msgNeg(msg.replace(sent, ' '), SWEARS) === 0
    )
      return true;
  }
  // "wtf is this weather, snow in may??": puzzled at a thing, nobody addressed, nothing sour.
  if (familyId === 'swearing' && m.first === sFirst && /^wt[fh]$/.test((t[m.first] as Token).w)) {
    const x = /^\W*is (?:this|that|the|with the) ([a-z]+)/i.exec(sentAfter());
    if (
      x &&
      THING_NOUNS.has((x[1] as string).toLowerCase()) &&
      !SECOND_IN_TEXT.test(msg) &&
      !sourMsg(doc) &&
      msgNeg(msg, wordsOf(doc, m.first, m.last)) === 0
    )
      return true;
  }

  // "ARE YOU COMING TO THE BARBECUE?? THERE'S CAKE", "DID YOU SEE THE SUNSET??? go look outside":
  // an eager question about a plan or a sight, then the invitation or the treat (session 37). Not
  // "ARE YOU COMING OR NOT???", "DID YOU SEE WHAT YOU DID???".
  if (
    cat === 'heat' &&
    m.rule === 'shouting' &&
    EAGER_ASK.test(sent) &&
    !/\b(?:or not|even|yet|what|who|why|ever)\b/i.test(sent) &&
    INVITED.test(doc.text.slice(end, Math.min(hi, end + 80))) &&
    !sourMsg(doc) &&
    msgNeg(msg, new Set(EXCITED)) === 0
  )
    return true;

  // "Sorry!! Running late, save me a seat": the marks follow an apology, nothing heated around it.
  if (cat === 'heat' && m.rule === 'marks' && warmApology(doc, m, msg, end)) return true;

  // "OMG THE PUPPY IS HOME!!! Come meet him": shouted news shared, nothing sour or aimed anywhere.
  if (cat === 'heat' && (m.rule === 'shouting' || m.rule === 'marks') && sharedNews(doc, sent, facts))
    return true;

  // "SHE WALKED!!!", "THE DOG LEARNED TO SIT!!!!", "IT'S SNOWING!!!! ❄️": news of someone else or a
  // thing, shouted in a few words; nothing aimed, sour or negative in the message.
  if (
    m.rule === 'shouting' &&
    /^\W*(?:s?he|they|it'?s|(?:the|my|our) \w+)(?: is| are| just| finally)* \w+(?:ed|ing)\b[^?]{0,20}$/i.test(
      sent,
    ) &&
    !SHOUT_AIMED.test(msg) &&
    !AIMED.test(facts.near) &&
    // …not "THE TV IS BLARING!!! turn it down": no order after it.
    !/\bwho\b|[.!,]\s*(?:turn|do|get|clean|put|take|fix|shut|move)\b/i.test(doc.text.slice(end, hi)) &&
    !sourMsg(doc) &&
    msgNeg(msg, new Set([...EXCITED, 'cried'])) === 0
  )
    return true;

  // "you clown 🤡 …, iconic", "You're ridiculous. Ridiculously good at parking": a label softened.
  if (cat === 'contempt' && /^(?:name-calling|label|scorn)$/.test(m.rule) && softLabel(doc, m, msg, facts))
    return true;

  // "you idiot, you forgot your charger 😂 I'll bring it", "you weirdo, of course I'll come", "You
  // idiot, you were supposed to let me pay! Thank you": a mild label opening the message, said to
  // them, with thanks or care beside it; nothing sour or negative but the label and a slip.
  if (cat === 'contempt') {
    const lab = t[m.last - 1] as Token;
    if (
      (MILD_LABEL.test(lab.w) || lab.w === 'idiot') &&
      /^\W*(?:(?:lol|oh|ok)\W+)?(?:you|u|hey)\s+$/i.test(
        doc.text.slice(doc.sentences[si]?.start ?? 0, lab.start),
      ) &&
      /^[,!]/.test(doc.text.slice(lab.end)) &&
      (CARE_ACT.test(msg) || /\b(?:thank|of course (?:i|we)|no worries)\b/i.test(msg)) &&
      !/\b(?:but|seriously)\b/i.test(msg) &&
      !sourMsg(doc) &&
      msgNeg(msg.replace(TREAT, ' '), new Set([lab.w, 'forgot', 'ill', 'worries'])) === 0
    )
      return true;
  }
  // "go to bed you clown, it's 4am", "you're ridiculous, it's 3am, put the ukulele down and go to
  // sleep x": a mild label beside an order for their own good (sleep, rest, food); nothing sour or
  // negative but the label.
  if (
    (cat === 'contempt' || m.rule === 'overreacting') &&
    /^(?:name-calling|label|scorn|verdict|overreacting)$/.test(m.rule) &&
    (MILD_LABEL.test((t[m.last - 1] as Token).w) || AWE_LABEL.test((t[m.last - 1] as Token).w)) &&
    FOR_THEIR_GOOD.test(facts.near) &&
    !sourMsg(doc) &&
    msgNeg(msg, wordsOf(doc, m.first, m.last)) === 0
  )
    return true;
  // "it's your fault I'm crying at a dog food commercial", "u made me cry at the wedding speech you
  // menace", "leave me alone, I'm crying at your toast": tears at something moving, blamed on them;
  // nothing else negative or sour.
  if (
    (cat === 'blame' || familyId === 'swearing' || m.rule === 'leave-me-alone') &&
    MOVED_TEARS(facts.near) &&
    !sourMsg(doc) &&
    msgNeg(msg, new Set([...wordsOf(doc, m.first, m.last), ...TEARS])) === 0
  )
    return true;
  // "lmao you're the worst, that pun was awful, tell it again", "filthy shot, disgusting, do it again":
  // a mock verdict, then more of it asked for; no dare, nothing negative but the verdicts.
  if (
    cat === 'contempt' &&
    MOCK_VERDICT.has((t[m.last - 1] as Token).w) &&
    ENCORE.test(facts.near) &&
    (laughIn(facts) || /\b(?:shot|clutch|goal|save|play|pun|joke|line|trick|move)s?\b/i.test(facts.near)) &&
    !/\b(?:dare|try me|see what|i swear)\b/i.test(msg) &&
    !SOUR_EXTRA.test(msg.replace(ENCORE, ' ')) &&
    msgNeg(msg, new Set([...wordsOf(doc, m.first, m.last), ...MOCK_VERDICT])) === 0
  )
    return true;
  // "lol you're the worst at mario kart", "haha you're the worst at charades, rematch on Friday": a
  // game lost, laughed at or a rematch asked; nothing else bad.
  if (
    (m.rule === 'label' || m.rule === 'verdict') &&
    /\bworst$/i.test(doc.text.slice(start, end)) &&
    /^\s+at (?:[\w-]+ ){0,2}?(?:games?|\w+ ?kart|charades|chess|cards|poker|monopoly|scrabble|trivia|quiz|pool|darts|bowling|karaoke|pictionary|uno|golf|ping pong|wordle|jenga)\b/i.test(
      doc.text.slice(end, end + 40),
    ) &&
    (laughIn(facts) || /\brematch\b/i.test(msg)) &&
    !sourMsg(doc) &&
    msgNeg(msg, wordsOf(doc, m.first, m.last)) === 0
  )
    return true;
  // "You jerk, you finished the series without me 😂", "Lmao you're such a clown": fond teasing.
  if ((cat === 'contempt' || familyId === 'swearing') && fondTease(doc, m, msg, hi, facts)) return true;

  // "Darth Vader is such a jerk lol, rewatching with the kids"; "an actual circus clown".
  if (
    cat === 'contempt' &&
    (m.rule === 'scorn' || m.rule === 'third-person-label') &&
    !hasSecond(doc, sFirst, sLast)
  ) {
    if (STORY.test(sent) && /^(?:[A-Z][a-z]+\s+){1,2}(?:is|was)\b/.test(sent.trim())) return true;
    if (/\bclowns?\b/i.test(sent) && CIRCUS.test(sent) && msgNeg(msg, wordsOf(doc, m.first, m.last)) === 0)
      return true;
  }

  // "you never show up for me", "you never make time for us": the praise said after "never" is lacking.
  // crossa38: "never been there for me" is the lack of it, "been" included.
  const praised = sent.replace(/\bnever\s+(?:been\s+)?(?!fail|let|age|get old|run out|cease|stop)\w+/gi, ' ');
  if (
    cat === 'absolutes' &&
    (ABS_PRAISE.test(praised) || ABS_PRAISE_MORE.test(praised)) &&
    !/\b(?:except|but|unless|than)\b/i.test(sent) &&
    (negOutside(doc, sFirst, sLast, m.first, m.last) === 0 ||
      // "…, the kids haven't stopped talking about you!": a bad word denied is no complaint.
      clauseTone(`${doc.text.slice(doc.sentences[si]?.start ?? 0, start)} ${sentAfter()}`)[1] === 0)
  )
    return true;
  // "you always bring snacks 🍪", "you always leave me the last slice, you angel", "you NEVER let me
  // pay lol": the habit is a treat given, not one lacking; nothing negative or excepted.
  if (
    cat === 'absolutes' &&
    TREAT.test(sent) &&
    praised === sent &&
    !/\b(?:but|except|unless|only|tho\w*)\b/i.test(facts.near) &&
    !sourMsg(doc) &&
    msgNeg(msg.replace(TREAT, ' '), wordsOf(doc, m.first, m.last)) === 0
  )
    return true;
  // "once again you came through for us 🙏": a heart or thanks beside the absolute, nothing sour.
  if (
    cat === 'absolutes' &&
    WARM_EMOJI.test(doc.text.slice(start, Math.min(hi, (doc.sentences[si]?.end ?? end) + 8))) &&
    !sourMsg(doc) &&
    !/\b(?:except|but|unless|only|without|forgot\w*|late)\b/i.test(sent) &&
    // "classic you, never pulling your weight 😊": a lack, smiled at.
    praised === sent &&
    negOutside(doc, sFirst, sLast, m.first, m.last) === 0
  )
    return true;

  // "you always make the lobby feel fun even when we're losing", "every time you post a build I want
  // to redo my garage": a habit that cheers or inspires the writer; nothing else negative or lacking.
  const gift =
    cat === 'absolutes'
      ? (HABIT_GIFT.exec(fromHere) ?? (/\bthank/i.test(fromHere) ? KIND_ACT.exec(fromHere) : null))
      : null;
  if (
    gift &&
    praised === sent &&
    !/\b(?:except|but|unless|only|late|forg[eo]t\w*|tho\w*)\b/i.test(facts.near) &&
    !sourMsg(doc) &&
    msgNeg(msg.replace(gift[0], ''), wordsOf(doc, m.first, m.last)) === 0
  )
    return true;

  // "You nailed it as usual": slang praise in the absolute's sentence; "Every time I'm stuck you always
  // have a fresh idea. Lucky to have you.": praise (a good word, "the first to"), thanks or pride
  // right after it.
  if (
    cat === 'absolutes' &&
    (SLANG_PRAISE.test(sent) ||
      ((/\bfirst (?:one )?to\b/i.test(sent) || sent.split(/\W+/).some((w) => valence(w.toLowerCase()) > 0)) &&
        /\b(?:thank(?:s| you)(?! a lot| anyway| for (?:nothing|that))|grateful|appreciate|lucky to have|proud of)\b/i.test(
          facts.near.slice(sent.length),
        ))) &&
    praised === sent &&
    // "once again you nailed it 🔥": the absolute's own "again" is no sourness.
    !SOUR_EXTRA.test(`${doc.text.slice(0, start)} ${doc.text.slice(end)}`) &&
    !/\b(?:except|but|unless|only|without|forgot\w*|late|genius)\b|🙄|🙃/i.test(facts.near) &&
    msgNeg(msg, new Set([...wordsOf(doc, m.first, m.last), ...TROUBLE_WORDS, ...SLANG_OWN])) === 0
  )
    return true;

  // "You're the worst, you spoiled the ending! Jk, I loved it anyway.": a tease taken back.
  if (cat === 'contempt' || cat === 'blame') {
    const from = fromHere;
    const j = JOKING.exec(from);
    if (j) {
      const after = from.slice(j.index + j[0].length);
      let pos = 0;
      let neg = 0;
      for (const w of after.toLowerCase().split(/[^a-z']+/)) {
        const v = w ? valence(w) : 0;
        if (v > 0) pos += v;
        else neg -= v;
      }
      if (pos >= 2 && neg === 0 && !/\b(?:kinda|sort of|not really|or am i)\b/i.test(after)) return true;
    }
  }

  // "you're the reason I can still do long division", "it's your fault I love bad puns": a good
  // outcome blamed, nothing bad in the message.
  if (
    cat === 'blame' &&
    (/^(?:the-reason|because-of-you|your-fault|fault-is)$/.test(m.rule) ||
      // "thanks to you the lost cat is home": the cause rule's blame, for a lost thing back.
      (m.rule === 'caused' && FOUND_AGAIN.test(sentAfter()))) &&
    goodOutcome(doc, sentAfter(), `${doc.text.slice(lo, start)} ${doc.text.slice(end, hi)}`)
  )
    return true;
  // "your fault i now say 'poggers' at work. my boss is concerned", "because of u im now a certified
  // cat person": a taste or habit picked up from them; nothing bad in its clause, a mild cost beside it.
  if (cat === 'blame' && /^(?:the-reason|because-of-you|your-fault)$/.test(m.rule)) {
    const c = NEW_HABIT.exec(sentAfter());
    if (
      c &&
      !clauseTone(c[0])[1] &&
      !/\b(?:you|your|u|ur)\b/i.test(c[0]) &&
      !TROUBLE(c[0]) &&
      !sourMsg(doc) &&
      msgNeg(msg, new Set()) < 3
    )
      return true;
  }

  // "because of you I actually remember to drink water now 💧", "Thanks to you I finally beat that
  // boss, … worked 🙌": a change for the better told ("actually", "finally"), nothing bad in its
  // clause or sour anywhere, a laugh or a smile (no eye-roll) beside it.
  if (cat === 'blame' && CAUSE(sent)) {
    const ch = /^\W*(?:[\w']+\W+){0,5}?(?:actually|finally)\b[^,;:.!?]*/i.exec(sentAfter());
    if (
      ch &&
      clauseTone(ch[0])[1] === 0 &&
      !TROUBLE(ch[0]) &&
      !NEGATED(ch[0]) &&
      !sourMsg(doc) &&
      (laughIn(facts) || (/\p{Extended_Pictographic}/u.test(facts.near) && !EYE_ROLL.test(msg)))
    )
      return true;
  }

  // "you got me into F1 and my wallet is crying but my heart is full", "…14 skeins and zero regrets",
  // "you ruined my diet and I'd do it again": the cost owned as worth it (not "hope it was worth
  // it", "not worth it", "you'd do it again"); nothing sour but the cost.
  if (
    cat === 'blame' &&
    (m.rule !== 'ruined' || /\b(?:diet|for me)\b/i.test(sent)) &&
    // Words every match of OWNED_COST holds, a plain test first: OWNED_COST's look-behind, tried at
    // every place of the window, was 11–14% of a long run of "you made me …".
    /regrets|worth it|do it again|heart is full/i.test(facts.near) &&
    OWNED_COST.test(facts.near) &&
    !SOUR_EXTRA.test((doc.text.slice(lo, start) + doc.text.slice(end, hi)).replace(OWNED_COST, '')) &&
    msgNeg(msg.replace(OWNED_COST, ''), new Set([...wordsOf(doc, m.first, m.last), ...EXCITED])) === 0
  )
    return true;

  // "you ruined me with that voice note, I'm wheezing", "lol you ruined that song for me, I can't hear
  // it without picturing your dance": ruined by laughter, the writer (or a song, a film for them) the
  // thing ruined, a laugh beside it; nothing sour or negative but the ruin, no life or trust ruined.
  if (
    rule === 'blame.ruined' &&
    RUIN_FUN.test(sent) &&
    (laughIn(facts) || MIRTH.test(facts.near) || /\u2764/.test(facts.near)) &&
    !/\b(?:forgive|trust|life|lives|marriage|career|family|everything|relationship)\b/i.test(msg) &&
    !SOUR_EXTRA.test(msg.replace(/\bruin\w*/gi, ' ')) &&
    msgNeg(msg, new Set([...wordsOf(doc, m.first, m.last), 'ruined', ...EXCITED])) === 0
  )
    return true;
  // "look what you made me do 🍰 (I baked the lemon thing you sent)", "look what you made me buy!! the
  // mugs came and they're perfect", "look what you did to my garden, it's gorgeous now": a result shown
  // off, the writer's own making or good words beside it; nothing sour or negative in the message.
  if (
    (cat === 'blame' || rule === 'constructions.blame') &&
    /\blook (?:at )?what (?:you|u) (?:did|made (?:me|us))\b/i.test(
      doc.text.slice(Math.max(lo, start - 12), end + 16),
    ) &&
    (SHOWN_OFF.test(facts.near) || FOOD_EMOJI.test(facts.near) || WARM_EMOJI.test(facts.near)) &&
    !sourMsg(doc) &&
    msgNeg(msg, wordsOf(doc, m.first, m.last)) === 0
  )
    return true;
  // "you're always so patient with the new ones", "you always find the cosiest spots, it's a gift":
  // a habit praised in plain good words, nothing pretended, forced or excepted.
  if (cat === 'absolutes' && /^(?:always|every-time|as-usual)$/.test(m.rule)) {
    // "every time I'm sad you bring cake": the writer's own trouble is no complaint (session 37).
    const neg = clauseTone(
      facts.near.replace(/\b(?:every time|whenever|when) (?:i'?m|i feel|i get) (?:so )?\w+/gi, ' '),
    )[1];
    // The praise is in the absolute's own clause: from it to the end of its sentence.
    const clause = `${doc.text.slice(start, end)}${sentAfter()}`;
    if (
      neg === 0 &&
      (clauseTone(clause)[0] >= 3 ||
        // "impeccable as always", "you always talk so kindly", "time and time again you've been my
        // rock", "every time you call the baby lights up": praise the lexicon leaves unscored.
        /\b(?:patient|kind(?! of)|kindly|generous|thoughtful|coziest|cosiest|superpower|a gift|impeccable|(?:my|our|guys|you|u) rock(?! the| up)|lights? up|mak\w+ me (?:laugh|smile))\b/i.test(
          m.rule === 'as-usual' ? sent : clause,
        ) ||
        // "you guys always come through", "always the first to check on people", "typical of you to
        // remember everyone's birthday": a caring habit named by what it does (session 37).
        (CARING_HABIT.test(m.rule === 'as-usual' ? sent : clause) &&
          !NEGATED(m.rule === 'as-usual' ? sent : clause))) &&
      !/\b(?:think|thinks|act|acting|pretend\w*|try|tries|trying|have to|has to|need to|seem|seems|but|except|unless|only|late|forget\w*|i guess|anyway)\b|\?\s*$/i.test(
        facts.near,
      ) &&
      // "once again", "time and time again": the absolute's own "again" is no sourness (read around it
      // when the whole message is in the window).
      (!sourMsg(doc) ||
        (lo === 0 && hi === doc.text.length && !SOUR_EXTRA.test(`${msg.slice(0, start)} ${msg.slice(end)}`)))
    )
      return true;
  }
  // "wtf is it Friday already", "holy shit how is it December, where did the year go": surprise at
  // time gone by, nobody addressed, nothing else bad.
  if (
    familyId === 'swearing' &&
    /\b(?:is it|it'?s|it is) (?:already |nearly |almost )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|midnight|\d{4})\b|\bwhere did (?:the|this) (?:year|week|month|summer|time) go\b/i.test(
      sent,
    ) &&
    /\b(?:already|how|where)\b/i.test(sent) &&
    !SECOND_IN_TEXT.test(msg) &&
    msgNeg(msg, wordsOf(doc, m.first, m.last)) === 0
  )
    return true;
  // "screw it, I'm making this tonight": a plan dropped for a treat, nobody addressed.
  if (
    familyId === 'swearing' &&
    /^screw(?:ed)? it\W+(?:(?:i['\u2019]?m|i['\u2019]?ll|we['\u2019]?re|let['\u2019]?s) )?(?:going to )?(?:mak|buy|order|book|gett?|treat|try)(?:e|ing)?\b/i.test(
      doc.text.slice(start, start + 60),
    ) &&
    !SECOND_IN_TEXT.test(msg) &&
    !sourMsg(doc) &&
    msgNeg(msg, new Set(['screw'])) === 0
  )
    return true;
  // "and another thing — the cake was incredible": the next item is praise or thanks.
  if (rule === 'absolutes.another-thing') {
    const item = sentAfter().split(/[,;]/)[0] as string;
    const [pos, neg] = clauseTone(item);
    if (neg === 0 && (pos >= 2 || THANKS.test(item)) && !sourMsg(doc)) return true;
    const next = sentAfter().replace(/^\W+/, '').split(/[,;]/)[0] as string;
    // "oh and another thing, bring a water bottle": an afterthought, the item asks nothing sour of them.
    if (
      /\b(?:oh|also|btw|ps)\W+(?:and\s+)?$/i.test(doc.text.slice(Math.max(0, start - 12), start)) &&
      clauseTone(next)[1] === 0 &&
      !SECOND_IN_TEXT.test(next) &&
      !sourMsg(doc)
    )
      return true;
  }
  // "don't you dare bring anything", "don't you dare pay me back": a gift or a bother forbidden.
  if (
    rule === 'aimed.dare' &&
    /^\W*(?:bring|pay|buy|apologi[sz]e|say sorry|thank|worry|feel bad|spend|chip in|lift a finger)\b(?! (?:her|him|them|that|those|your))/i.test(
      sentAfter(),
    ) &&
    !sourMsg(doc) &&
    msgNeg(msg, new Set(['pay', 'worry', 'apologise', 'apologize', 'dare'])) === 0
  )
    return true;
  // "whatevs, I'm easy, pick whichever film": the choice handed over, nothing refused.
  if (
    rule === 'withdrawal.whatever' &&
    /\b(?:i['\u2019]?m) (?:easy|happy with (?:either|anything|both)|good with (?:either|anything|both))\b|\b(?:either|both) (?:works|is fine|are fine)\b/i.test(
      msg,
    ) &&
    !NEGATED(msg) &&
    !sourMsg(doc) &&
    msgNeg(msg, wordsOf(doc, m.first, m.last)) === 0
  )
    return true;

  // "you thought it was your fault", "feeling like it's your fault", "they make you believe things
  // are your fault": the reader's own belief told back to them, not the writer's charge.
  if (
    cat === 'blame' &&
    OWN_BELIEF(doc.text.slice(Math.max(lo, doc.sentences[si]?.start ?? 0, start - 60), end))
  )
    return true;

  // "Because of you I now own four cookbooks lol. Dinner at mine Friday?": a laughed-off "blame"
  // for a pleasure, and an invitation.
  if (
    cat === 'blame' &&
    laughIn(facts) &&
    INVITE.test(facts.near) &&
    msgNeg(msg, wordsOf(doc, m.first, m.last)) === 0 &&
    negOutside(doc, m.first, m.last, -1, -1) === 0
  )
    return true;

  // "you got me into F1 and now Sundays are sacred", "you got me hooked on crosswords": a pastime
  // they brought the writer into (a thing named, not "this" or trouble); nothing negative or sour.
  if (rule === 'blame.made-outcome') {
    const into =
      /^\W*(?:into|hooked on) (?!th|it\b|an?\b|pain|pill|drug|vap|booze|alc|weed|coke|opi)(\w+)/i.exec(
        sentAfter(),
      );
    if (
      into &&
      !TROUBLE(into[1] as string) &&
      !sourMsg(doc) &&
      msgNeg(msg, wordsOf(doc, m.first, m.last)) === 0
    )
      return true;
  }

  // "it's your fault I stayed up till 3am, whoever recommended this book lol", "all your fault, I've
  // made your brownie recipe four times 😂": blamed for the pull of what they shared, laughed or
  // cheered; nothing negative in the message.
  if (
    cat === 'blame' &&
    SHARED(msg) &&
    (laughIn(facts) || WARM_EMOJI.test(msg)) &&
    !sourMsg(doc) &&
    msgNeg(msg, wordsOf(doc, m.first, m.last)) === 0
  )
    return true;

  // "you made me miss my stop bc that story was so good lol", "ur fault I burnt dinner, the
  // episode was too gripping haha": a small cost blamed on how good the thing was, laughed off.
  // "…because I was grinning at your texts like a fool": the cost of the writer's own joy.
  if (
    cat === 'blame' &&
    ((laughIn(facts) && TOO_GOOD.test(fromHere)) ||
      /\b(?:because|cuz|cos|bc) (?:i|we) (?:was|were) (?:\w+ )?(?:grinning|smiling|laughing|giggling|beaming)\b/i.test(
        fromHere,
      )) &&
    !sourMsg(doc) &&
    msgNeg(msg.replace(JOY_SIMILE, '$1'), new Set([...wordsOf(doc, m.first, m.last), ...TROUBLE_WORDS])) === 0
  )
    return true;

  // "You're the reason I bought three plants 😂": a laughed-off "blame" for something enjoyed; with
  // a loud-crying face, fond when the pleasure is a show, a book, a game or a hobby ("now addicted
  // to this show 😭"; not "addicted to painkillers 😭").
  // Without a laugh, when the pleasure is being hooked on a show, a song, a food or a hobby, said
  // in the finding's sentence or after it: "this is all your fault, I can't stop listening to that
  // album", "you made me buy three more plants", "I'm hooked on ramen now, this is on you".
  const hooked = (): boolean => {
    const told = `${sent} ${fromHere}`;
    return HOOKED.test(told) && FANDOM.test(told) && !NEGATED(told.replace(/\bcan'?t stop\b/gi, ''));
  };
  if (
    cat === 'blame' &&
    (laughIn(facts) || (facts.near.includes('\u{1F62D}') && FANDOM.test(fromHere)) || hooked()) &&
    (PLEASURE.test(fromHere) || hooked()) &&
    !sourMsg(doc) &&
    !/\bcan'?t (?!stop)|\b(?:don'?t|dont|won'?t|wont|act)\b/i.test(msg) &&
    msgNeg(msg, new Set([...wordsOf(doc, m.first, m.last), 'crazy', 'nuts', 'insane', 'stop', 'hard'])) === 0
  )
    return true;

  // "You're the reason I finally finished that marathon ❤️", "because of you I got the job": a
  // "blame" for good news or with a heart beside it, nothing sour, negated or troubled.
  if (
    cat === 'blame' &&
    (WARM_EMOJI.test(doc.text.slice(start, Math.min(hi, (doc.sentences[si]?.end ?? end) + 8))) ||
      GOOD_NEWS.test(sentAfter()) ||
      // "…, genuinely. Happy last day."; "… coffee addiction ☕ love u": a wish, or love beside a
      // pleasure (not "you made me miss the train. Love you.").
      WISH(facts.near) ||
      (LUV.test(facts.near) && PLEASURE.test(sentAfter().replace(LUV, ''))) ||
      // "because of you I finally booked the trip", "cuz of u i actually like mondays now", "…the
      // kids actually ate broccoli", "…I signed up for the 10k": a step taken, by the writer or theirs.
      STEP_TAKEN.test(sentAfter()) ||
      // "I blame you for my new latte habit", "…for my latest plant obsession": a new pleasure.
      /^\W*for (?:my|our) (?:new|latest) (?:[a-z]+ ){0,2}(?:habit|obsession|addiction|hobby)\b/i.test(
        sentAfter(),
      ) ||
      // "you're the reason this team feels like a family".
      /^\W*(?:this|our|the|my) (?:\w+ )?feels like (?:a family|home)\W*$/i.test(sentAfter())) &&
    (CAUSE(sent) || /\b(?:your|ur) fault\b|\b(?:you'?re|ur|you are) to blame\b|\bi blame\b/i.test(sent)) &&
    !sourMsg(doc) &&
    !NEGATED(sent) &&
    !TROUBLE(sent) &&
    negOutside(doc, sFirst, sLast, m.first, m.last) === 0
  )
    return true;

  // "lol you made me spit out my coffee with that meme", "you made me cry at my desk with that
  // farewell message, going to miss you": a reaction to something they made or shared, laughed,
  // loved or missed beside it; nothing sour, no other negative word.
  if (
    m.rule === 'you-make-me' &&
    CREDITED(sent) &&
    (laughIn(facts) || WARM_EMOJI.test(facts.near) || FOND_SAID.test(facts.near)) &&
    !sourMsg(doc) &&
    !NEGATED(sent) &&
    msgNeg(msg, FOND_OWN) === 0
  )
    return true;

  if (cat === 'blame') {
    // "Because of you I understand taxes now. Thank you for being so patient.": thanks in the
    // finding's sentence, or beside it when the blamed clause is itself a good outcome (a cause
    // named, nothing sour or negated: not "because of you I have to redo the deck").
    // "You ruined all other pizza for me. … thank you for the rec!": a sour verb only as that
    // compliment.
    const forMe = /\bfor me\b/i.test(sentAfter());
    // "You're the reason I started running again": a pleasure taken up again is no sour "again".
    let rest = `${doc.text.slice(Math.max(lo, doc.sentences[si]?.start ?? lo), start)} ${sentAfter()}`;
    if (!TROUBLE(sent)) rest = rest.replace(/\b(?:started )?\w+ing(?: \w+)? again\b/i, '');
    let th = THANKS.exec(sent);
    if (!th && (CAUSE(sent) || forMe) && !SOUR_EXTRA.test(rest) && !NEGATED(sent)) {
      // Beside it, the thanks must be for the help itself ("for being so patient", "for watering
      // them", "for the rec"), not for something else ("thanks for the photos"); or a bare
      // "Thank you." right after it.
      th = THANKS.exec(sentenceAt(doc, si - 1, lo, hi)) ?? THANKS.exec(sentenceAt(doc, si + 1, lo, hi));
      if (th && !FOR_THE_HELP.test(th[1] ?? '')) th = null;
      if (!th && !TROUBLE(sent) && /\b(?:because of|reason)\b/i.test(sent))
        th = BARE_THANKS.exec(sentenceAt(doc, si + 1, lo, hi));
    }
    if (th && !/\bthanks? a lot\b|\bi guess\b/i.test(msg)) {
      const after = th[1] ?? '';
      const afterNeg = after.split(/\W+/).some((w) => w !== '' && valence(w.toLowerCase()) < 0);
      const neg = negOutside(doc, sFirst, sLast, m.first, m.last);
      // "You ruined all other pizza for me": a sour verb in the finding only as that compliment.
      const sour = negOutside(doc, m.first, m.last, -1, -1) > 0;
      if (!afterNeg && neg === 0 && (!sour || forMe)) return true;
    }
  }

  if (cat === 'withdrawal') {
    if (
      m.rule === 'done' &&
      LAUGH.test(sent) &&
      LAUGHING.test(sent) &&
      // "I'm done, I can't breathe, your cat 😂": a thing of theirs laughed at, not "done with your…".
      !SECOND_IN_TEXT.test(msg.replace(/\b(?<!with )(?:your|ur) /gi, ' ')) &&
      msgNeg(msg, new Set([...wordsOf(doc, m.first, m.last), 'crying', 'dying', 'dead', 'stop'])) === 0
    )
      return true;
    // "We're done! The kitchen is finally painted. Come see!": a task finished, nobody left (no
    // one addressed in the sentences around it), no always or never anywhere.
    const beside = m.rule === 'done' ? around(doc, si, lo, hi, start, end) : '';
    if (
      m.rule === 'done' &&
      TASK_DONE.test(beside) &&
      !SECOND_IN_TEXT.test(beside) &&
      !/\b(?:never|always)\b/i.test(msg) &&
      !sourMsg(doc) &&
      msgNeg(msg, wordsOf(doc, m.first, m.last)) === 0
    )
      return true;
    if (m.rule === 'dont-contact' && UNTIL_MINE.test(sent)) return true;
    // "bye forever... to my old apartment 🥲", "bye forever, this cake recipe has ruined store-bought
    // for me": a farewell to a thing, named after it, or to what a thing has spoiled; nobody left.
    if (m.rule === 'leaving') {
      const x = farewellToThing(doc.text.slice(end, hi));
      if (
        x &&
        !SOUR_EXTRA.test(doc.text.replace(x, ' ')) &&
        msgNeg(msg.replace(x, ' '), wordsOf(doc, m.first, m.last)) === 0
      )
        return true;
    }
    // "I'm out of the group for a week. miss you all already", "muting this chat for the exam week,
    // ping me if it's urgent": a break for a stretch of time, the door left open; nobody left for good.
    if (
      BREAK_SPAN.test(sent) &&
      (RECONNECT.test(msg) || FOND_SAID.test(msg) || /\b(?:ping|text|dm|call|message) me\b/i.test(msg)) &&
      !/\b(?:don'?t|do not|never|stop|can'?t|cannot|must|(?:mut|block|ignor|leav)\w* (?:you|u))\b/i.test(
        msg,
      ) &&
      !sourMsg(doc) &&
      msgNeg(msg, new Set([...wordsOf(doc, m.first, m.last), 'miss', 'urgent'])) < 2
    )
      return true;
    // "take my last slice and our friendship is OVER 😂", "save me a slice or I'm moving out 🍰", "steal
    // my blue shell again and we're not friends anymore (we are)": a mock threat over a snack or a
    // game (in the threat's sentence), laughed, taken back or with a food emoji; nothing negative, no
    // "I mean it".
    if (
      (laughIn(facts) || JOKING.test(msg) || /\(we are\b/i.test(msg) || FOOD_EMOJI.test(msg)) &&
      (FANDOM.test(sent) ||
        FOOD_EMOJI.test(sent) ||
        /\b(?:slice|leftovers?|fries|cake|cookie|brownies?|dessert|blue shell|\w+ card)\b/i.test(sent)) &&
      !/\b(?:mean it|serious|seriously|sick of|tired of|hate)\b/i.test(msg) &&
      msgNeg(msg, new Set([...wordsOf(doc, m.first, m.last), 'steal'])) === 0
    )
      return true;
    // "Leave me alone, I'm in the zone lol. Will call you after."
    if (
      laughIn(facts) &&
      RECONNECT.test(facts.near) &&
      !/\b(?:never|unless|if ever|don'?t|do not)\b/i.test(msg) &&
      msgNeg(msg, wordsOf(doc, m.first, m.last)) === 0
    )
      return true;
  }

  // "as usual ur cooking slaps", "ur so extra w the cake and im here for it", "damn girl, u killed
  // it": slang praise later in the sentence (not after "but"), nothing sour in the message.
  if (
    (cat === 'absolutes' ||
      cat === 'talking-down' ||
      (familyId === 'swearing' &&
        m.first === sFirst &&
        !/^(?:no|nope|nah|off|you|u|this|that|it)$/.test(t[m.last]?.w ?? ''))) &&
    SLANG_PRAISE.test(sentAfter()) &&
    !/\b(?:but|tho|though|except|unless)\b/i.test(sent) &&
    !sourMsg(doc) &&
    msgNeg(msg, new Set([...wordsOf(doc, m.first, m.last), ...SLANG_OWN])) === 0
  )
    return true;

  // "SHUT UP!!! congrats!!!", "shut up, you got the job?!": disbelief at good news, said alone before it.
  if (
    rule === 'talking-down.shut-up' &&
    (m.first === sFirst ||
      (m.first === sFirst + 1 && /^(?:omg|oh|wait|ok|no)$/.test((t[sFirst] as Token).w))) &&
    ((m.last >= sLast - 1 && (cheerIn(facts) || newsIn(facts))) ||
      // "omg shut up, he proposed on the beach?!?!": news told after it, asked back in delight.
      /^\W*(?!(?:are|is|why|who|how|do|did|can|where|will|would)\b|[^.!?]*\bwhat\b)[^.!?]+\?+!/i.test(
        sentAfter(),
      ) ||
      // "shut uppp u did NOT get tickets": disbelief at news, the "not" shouted.
      (/^\W*(?:u|you) (?:did not|didn'?t) (?:just )?(?:get|win|book|land|meet|score|pass)\b/i.test(
        sentAfter(),
      ) &&
        /\b(?:NOT|DIDN'?T)\b/.test(sentAfter()))) &&
    !sourMsg(doc) &&
    msgNeg(msg, new Set([...wordsOf(doc, m.first, m.last), ...EXCITED])) === 0
  )
    return true;

  if (rule === 'talking-down.calm-down' && m.last < sLast) {
    const next = (t[m.last] as Token).w;
    if (
      GROUP.test(next) &&
      (laughIn(facts) || cheerIn(facts)) &&
      negOutside(doc, sFirst, sLast, m.first, m.last) === 0
    )
      return true;
  }
  // "you're allowed to be upset about it, it's a big deal", "I'd never tell you to calm down, you have
  // every right to be angry": their feeling granted, the grant the finding itself or after an order
  // the writer says they would not give; nothing taken back or sour.
  if (cat === 'talking-down') {
    const g = GRANTED.exec(sent);
    if (
      g &&
      (rule === 'airs.no-right-to-feel' ||
        /\b(?:never|not|won'?t|wouldn'?t|n't)\s+(?:ever\s+)?(?:tell|ask)\s+(?:you|u)\s+to\s*$/i.test(
          doc.text.slice(Math.max(0, start - 40), start),
        )) &&
      !/\b(?:but|just not|get over|move on|enough|seriously|now)\b/i.test(msg) &&
      !sourMsg(doc)
    )
      return true;
  }
  // "calm down? never, this trailer is too good": the writer's own joy, calm refused.
  if (
    rule === 'talking-down.calm-down' &&
    /^\s*\?+\s*(?:never|no|nah|nope|not a chance)\b/i.test(doc.text.slice(end, end + 16)) &&
    (/\b(?:excited|hyped|too good|can'?t wait)\b/i.test(facts.near) ||
      newsIn(facts) ||
      (!SECOND_IN_TEXT.test(msg) && !msgNeg(msg, EXCITED))) &&
    !sourMsg(doc)
  )
    return true;
  // "don't bother coming to get me, I'll take the bus", "…, I already did", "…, tomorrow is fine": a
  // bother spared them, the writer's own plan or a later time offered; not "…, I'll do it myself".
  if (
    rule === 'constructions.shut-down' &&
    /^don'?t bother/i.test(doc.text.slice(start, end)) &&
    /^[^.!?]*?[,;.]\s*(?:i'?ll (?:take (?!the hint)|get|grab|call|ask|bring|pick|send|fix|sort|handle|cook|cover|drop|text|email)|i (?:already|just) did|\w+ is fine|no need)\b(?![^.!?]*\bmyself)/i.test(
      sentAfter() + doc.text.slice(doc.sentences[si]?.end ?? hi, hi),
    ) &&
    !sourMsg(doc)
  )
    return true;
  // "don't call me tonight, I'm at the theatre, text instead", "I'm muting this thread for the
  // weekend, see you all Monday": a pause with another way or a time to talk; nothing else bad.
  if (
    rule === 'constructions.shut-down' &&
    !/apolog|expla|try/i.test(doc.text.slice(start, end)) &&
    /\b(?:(?<!(?:n'?t|not) )text (?:me|instead)|(?:see|talk to) (?:you|u)(?: all)? (?:on )?\w+day|(?:we'?ll|let'?s) talk (?:tomorrow|later|soon)|get some rest)\b/i.test(
      doc.text.slice(end, hi),
    ) &&
    !sourMsg(doc) &&
    !msgNeg(msg, wordsOf(doc, m.first, m.last))
  )
    return true;
  // "relax, you're going to be fine", "calm down, you didn't break it, it just needs a restart",
  // "breathe, it's not your fault": a fear talked down, said for them; nothing sour or insulting but
  // the trouble itself.
  if (
    rule === 'talking-down.calm-down' &&
    REASSURE.test(fromHere) &&
    // "nobody's hurt" is comfort, not "nobody cares".
    !(sourMsg(doc) && SOUR_EXTRA.test(msg.replace(UNHURT, ' '))) &&
    !/\b(?:dramatic|overreact\w*|hysterical|whin\w*|grow up|get over|(?:being (?:so |such )?(?:a )?|big )(?:baby|child|crazy))\b/i.test(
      msg,
    ) &&
    // A fear denied is comfort too: "calm down, it's just me at the door, not a burglar".
    (msgNeg(msg.replace(UNHURT, ' '), new Set([...wordsOf(doc, m.first, m.last), ...TROUBLE_WORDS])) === 0 ||
      clauseTone(`${doc.text.slice(lo, start)} ${doc.text.slice(end, hi)}`)[1] === 0)
  )
    return true;
  // "honestly it's not that deep, I just liked the song": the writer plays down their own doing, not
  // the reader's feelings; nobody addressed, nothing bad.
  if (
    rule === 'talking-down.not-that-deep' &&
    /^\W*(?:i|we) (?:just|only|simply)\b/i.test(sentAfter()) &&
    !SECOND_IN_TEXT.test(msg) &&
    !sourMsg(doc) &&
    msgNeg(msg, wordsOf(doc, m.first, m.last)) === 0
  )
    return true;
  // "it's not that deep, just sand it and repaint, you've got this", "not that serious a cut, a plaster
  // will do", "calm down, the pool's not that deep, you can stand": a small trouble played down with its
  // remedy, trust or the plain depth (session 38). Not "…, get over it", "…, you're being dramatic".
  if (
    (rule === 'talking-down.not-that-deep' ||
      (rule === 'talking-down.calm-down' && /(?:\bno|n'|n\u2019)t that deep\b/i.test(fromHere))) &&
    REMEDY.test(fromHere) &&
    !/\b(?:dramatic|overreact\w*|whin\w*|get over|baby|stop|why|yourself)\b/i.test(msg) &&
    !sourMsg(doc) &&
    msgNeg(msg, new Set([...wordsOf(doc, m.first, m.last), ...TROUBLE_WORDS, 'cut', 'scratch'])) === 0
  )
    return true;
  // "it's honestly not rocket science, you'll pick it up in no time", "…, I'll show you once": ease
  // promised with help or trust, not "even you".
  if (
    rule === 'constructions.condescend' &&
    /rocket science/i.test(doc.text.slice(start, end)) &&
    /^\W*(?:(?:you|u)(?:'?ll| will) (?:pick it up|get (?:it|the hang)|have it|nail it|be fine)|(?:i'?ll|let me) (?:show|teach) (?:you|u)\b)/i.test(
      sentAfter(),
    ) &&
    !/\b(?:even (?:you|u)|eventually|again)\b/i.test(msg) &&
    !sourMsg(doc) &&
    msgNeg(msg, wordsOf(doc, m.first, m.last)) === 0
  )
    return true;
  // "you need to stop being so hard on yourself", "don't you dare beat yourself up": the order is
  // to be kinder to themself, nothing sour or insulting but the trouble itself.
  if (
    (rule === 'talking-down.need-to' || rule === 'aimed.dare') &&
    /^\W*(?:stop |quit )?(?:being (?:so )?hard on|beat\w*|put\w*|blam\w*) (?:yourself|urself)(?!(?: up| down)? and)/i.test(
      sentAfter(),
    ) &&
    // "nobody noticed" is comfort here, not "nobody cares".
    !SOUR_EXTRA.test(msg.replace(/\bnobody (?:noticed|minds)\b/gi, '')) &&
    msgNeg(msg, new Set([...TROUBLE_WORDS, 'stop', 'hard', 'beating', 'blaming'])) === 0
  )
    return true;
  // "Calm down, it's just a surprise party haha. You'll love it": a tease before a treat.
  if (
    rule === 'talking-down.calm-down' &&
    laughIn(facts) &&
    /\b(?:you'?ll|you will|you'?re going to|ur gonna|you'?re gonna) (?:love|like|enjoy) (?:it|this|them)\b/i.test(
      facts.near,
    ) &&
    !sourMsg(doc) &&
    msgNeg(msg, wordsOf(doc, m.first, m.last)) === 0
  )
    return true;
  // "it's really not that hard, I'll show you on Sunday", "not that complicated, I can walk you
  // through it", "let me explain it slowly, I got lost the first time too", "… slowly for anyone
  // new": ease promised with the writer's help, or a slow pace for everyone (session 37). Not "even
  // you", "since you clearly can't", "slowly for you".
  if (
    /^(?:challenge\.not-hard|constructions\.condescend|standing\.slowly)$/.test(rule) &&
    (SHOW_YOU.test(sentAfter()) ||
      (/\bslowly\b/i.test(doc.text.slice(start, end)) && SLOW_FOR_ALL.test(sentAfter()))) &&
    !/\b(?:even (?:you|u)|since (?:you|u)|because (?:you|u)|clearly|obviously|again)\b/i.test(msg) &&
    !sourMsg(doc) &&
    msgNeg(msg, new Set([...wordsOf(doc, m.first, m.last), 'lost'])) === 0
  )
    return true;
  return (
    ownWarmth(doc, m, rule, cat, msg, start, end, si, lo, hi) ||
    // OWN_DOING after a scornful word or verdict, nobody addressed, nothing sour but the writer's own "again".
    (cat === 'contempt' &&
      /^(?:contempt\.scorn|constructions\.verdict)$/.test(rule) &&
      OWN_DOING.test(doc.text.slice(end, end + 60)) &&
      !SECOND_IN_TEXT.test(msg) &&
      !TRUSTED.test(sent) &&
      !SOUR_EXTRA.test(msg.replace(/\bagain\b/gi, ' ')) &&
      msgNeg(msg, new Set([...wordsOf(doc, m.first, m.last), ...TROUBLE_WORDS, 'sorry', 'forgot'])) === 0) ||
    plainAsk(doc, m, rule, msg, start, end, sentAfter())
  );
}

/** A sincere question's own words: "(genuinely) curious,", "I'm trying to learn", "no judgement". */
const CURIOUS =
  /\bcurious\s*(?:[,:.!?\u2014-]|$)|\b(?:(?:i'?m|im) (?:trying|keen|hoping|wanting) to learn|no judge?ment)\b/i;
/**
 * Words that only sound like a put-down, read plainly (session 38): "my knee-jerk answer", "why do
 * you keep your plants on the windowsill? I'm trying to learn" (keep as store), "genuinely curious,
 * you've never mentioned it", "you drive me nuts with how good you are at it". Nothing sour or
 * negative around them.
 */
function plainWords(doc: Doc, m: Match, rule: string, msg: string, start: number, after: string): boolean {
  const how = (/^\s+with how (?:\w+ly )?(\w+) (?:you|u|your|ur)\b/i.exec(after)?.[1] ?? '').toLowerCase();
  const kind =
    (m.rule === 'why-keep' && /^\s+(?:your|ur|the)\b/i.test(after) && CURIOUS.test(msg)) ||
    (rule === 'absolutes.never' &&
      CURIOUS.test(doc.text.slice(Math.max(0, start - 30), start)) &&
      /^\s+(?:mentioned|said|told|talked|spoken)\b/i.test(after)) ||
    (rule === 'blame.drive-me' && valence(how) > 0);
  // "my knee-jerk answer was too harsh", "we made a knee-jerk call": the writer's own (not "that was such
  // a knee-jerk reaction", "stop with the knee-jerk replies", "are you into knee-jerk reverting?").
  const own = doc.text.slice(Math.max(0, start - 40), start);
  if (/knee[- ]$/.test(own))
    return /\b(?:my|our|i|we)\b/i.test(own) && !SECOND_IN_TEXT.test(msg) && !/\bstop\b/i.test(msg);
  return (
    kind &&
    !SOUR_EXTRA.test(msg.replace(/\b(?:why|again)\b/gi, ' ')) &&
    !EYE_ROLL.test(msg) &&
    msgNeg(
      msg,
      new Set([...wordsOf(doc, m.first, m.last), 'dying', 'died', 'mistake', 'wrong', 'crisis']),
    ) === 0
  );
}

/** Help offered after "not that hard": "…, I'll show you", "…, I can walk you through it". */
const SHOW_YOU =
  /^\W*(?:but |and |so )?(?:i'?ll|i can|i'?m happy to|happy to|let me) (?:show|walk|teach|help|talk) (?:you|u)\b/i;
/** A slow pace for everyone: "… slowly for anyone new", "…, I didn't get it the first time either". */
const SLOW_FOR_ALL =
  /^\W*(?:for (?:any\w*|every\w*|those|the new\w* \w+|newcomers|beginners)\b|(?:because |since |as )?(?:honestly,? )?(?:i|we) (?:didn'?t|couldn'?t) (?:get|understand|follow) it|(?:because |since |as )?(?:i|we) got lost)/i;

/**
 * The writer's own doing, scorned (session 37): "what a dumb question from me", "such an idiot move
 * by me", "dumbest thing I did all week", "the stupidest thing I ever bought". Not "the dumbest
 * thing I've ever heard" (what someone said), not "… from you".
 */
const OWN_DOING =
  /^(?:[^.!?,;:]{0,24}?\b(?:by|from) (?:me|myself)\b|(?:\s+(?:thing|move|mistake|idea|question|purchase|decision)s?)?\s+(?:i|we)(?:'ve| have)?(?: ever| just)? (?:did|done|made|bought|said|wrote|tried|ordered|booked|wore|ate|cooked|built)\b)/i;

/** A label the writer puts on themself: "stupid me", "real mature of me", "… award goes to me", "by yours truly". */
const SELF_AIM =
  /^\W{0,3}(?:of )?me\b(?!\s+(?:and|or|too)\b)|^(?:\s+[\w-]+){0,4}\s+goes to me\b|^[^.!?]{0,30}\bby (?:yours truly|me|myself)\b/i;
/** Trust in them regretted: "stupid me for trusting you", "… thinking you'd change". */
const TRUSTED =
  /\b(?:trust|believ|expect|listen|count|rely|fell for|fall|think|thought)\w*\b[^.!?]{0,20}\b(?:you|your|u|ur)\b/i;
/** Joy that makes a fool of the writer: "grinning at my phone like an idiot", "laughing like a fool". */
const JOY_SIMILE =
  /\b((?:grin|smil|laugh|giggl|beam|squeal|blush)\w*\b[^.!?,]{0,40}?) like (?:an? )?(?:idiot|fool|loon|lunatic|maniac|dork|goof|kid|child|teenager|weirdo)s?\b/gi;
/**
 * A sincere close after a credit or a habit named: thanks (not "thanks a lot", "for nothing"),
 * love or longing, "keep doing it", "great question".
 */
const CLOSE_FOND =
  /^\W*(?:and )?(?:thank (?:you|u)|thanks|thx)(?: so much)? for (?!(?:that|this|nothing|nothin|ruining|wasting|ignoring|making)\b)\w|^\W*(?:please )?keep (?:doing|it up)|^\W*never change|^\W*great (?:question|idea|call)\b|\b(?:love|luv|miss) (?:you|u|ya)\b/i;
/** The writer's own trouble: "when my head's a mess", "whenever I'm low". */
const MY_TROUBLE = /\b(?:when|whenever) (?:i'?m|i am|i feel|i was|i get|my [\w']+)\b[^,.!?]*/gi;
/** A bare thank-you, hearted: "thank you 💛". */
const hearted = (s: string): boolean => /^\W*thank (?:you|u)\b/i.test(s) && WARM_EMOJI.test(s);
const closeFond = (s: string): boolean => CLOSE_FOND.test(s) || hearted(s);
/** Thanks for the whole of a habit: "thank you for tonight", "thanks for everything", "thank you 💛". */
const habitThanked = (s: string): boolean =>
  /^\W*(?:and )?(?:thank (?:you|u)|thanks)(?: so much)? for (?:tonight|today|this evening|everything|always|all (?:of it|you do)|being (?:you|there))\b/i.test(
    s,
  ) || hearted(s);

/**
 * Warmth the writer owns (session 36): a label they put on themself ("stupid me, forgot the file"),
 * joy that makes them look foolish ("grinning at my phone like an idiot"), a credit or a habit named
 * and then thanked or loved ("Every time you cook it's an event. Thank you for tonight"). Nothing
 * sour, no trust regretted, no other bad word.
 */
function ownWarmth(
  doc: Doc,
  m: Match,
  rule: string,
  cat: Category,
  msg: string,
  start: number,
  end: number,
  si: number,
  lo: number,
  hi: number,
): boolean {
  const sent = sentenceAt(doc, si, lo, hi);
  const text = doc.text;
  if (cat === 'contempt' && /^(?:contempt\.scorn|mockery\.\S+)$/.test(rule) && !TRUSTED.test(sent)) {
    const self = SELF_AIM.test(text.slice(end, end + 60));
    // The writer the one grinning: "I was grinning at your texts like a fool", "i grin … like an idiot".
    const joy =
      !self &&
      /\b(?:i|we)(?:'m| am| was| were)?\s+(?:\w+\s+)?(?:grin|smil|laugh|giggl|beam|squeal|blush)\w*\b[^.!?,]{0,40}?\blike(?: an?)?\s+$/i.test(
        text.slice(Math.max(lo, start - 70), start),
      );
    // The writer's own slip may be told in bad words ("wore odd shoes"); no bad word where they are named.
    const read = self
      ? msg
          .split(/[,.;:!?]+/)
          .filter((c) => SECOND_IN_TEXT.test(c))
          .join(' ')
      : msg;
    if (
      (self || joy) &&
      !sourMsg(doc) &&
      msgNeg(
        read,
        new Set([
          ...wordsOf(doc, m.first, m.last),
          ...TROUBLE_WORDS,
          'sorry',
          'forgot',
          'hide',
          joy ? 'stop' : '',
        ]),
      ) === 0
    )
      return true;
  }
  // "as usual the bus is late, I'll be there at ten": a thing's habit, nobody addressed, nothing bad.
  if (rule === 'absolutes.as-usual') {
    const x =
      /^\W*(?:the|this|that|my|our) (?:[a-z-]+ )?([a-z-]+) (?:is|was|are|were|has|have|keeps?|got)\b/i.exec(
        text.slice(end, end + 60),
      );
    if (
      x &&
      THING_NOUNS.has((x[1] as string).toLowerCase()) &&
      !SECOND_IN_TEXT.test(msg) &&
      !sourMsg(doc) &&
      clauseTone(sent)[1] === 0
    )
      return true;
  }
  if (
    (cat === 'blame' && /^blame\.(?:because-of-you|the-reason)$/.test(rule)) ||
    (cat === 'absolutes' && /^absolutes\.(?:always|every-time)$/.test(rule))
  ) {
    // A habit needs thanks for the whole of it ("thank you for tonight", "thank you 💛"): "You always do
    // this. Thanks for dinner." thanks for something else.
    const close = cat === 'absolutes' ? habitThanked : closeFond;
    // The close: the next sentence, or what follows the clause's last comma.
    const cut = sent.lastIndexOf(',');
    const next = sentenceAt(doc, si + 1, lo, hi);
    const closeHere = cut > 0 && close(sent.slice(cut + 1));
    if ((!closeHere && !close(next)) || /\b(?:though|tho|i guess|anyway)\b/i.test(closeHere ? sent : next))
      return false;
    // The writer's own trouble it helps with is no complaint: "when my head's a mess".
    const clause = text
      .slice(start, (doc.sentences[si]?.start ?? start) + (closeHere ? cut : sent.length))
      .replace(MY_TROUBLE, ' ');
    const rest = msg.replace(MY_TROUBLE, ' ');
    return (
      clauseTone(clause.replace(JOY_SIMILE, '$1'))[1] === 0 &&
      !TROUBLE(clause) &&
      !NO_GAIN.test(clause) &&
      !NEGATED(clause) &&
      !EYE_ROLL.test(rest) &&
      !SOUR_EXTRA.test(rest) &&
      msgNeg(rest, new Set([...wordsOf(doc, m.first, m.last), 'miss'])) === 0
    );
  }
  return false;
}

/**
 * Asks that only sound like a put-down, each as "rule:words" and what must follow (or, for the
 * writer's own resolve, come before): "you could at least take a jacket, it's freezing" (care),
 * "you need to wake up at six" (a time), "I need to get a grip on my budget" (the writer's own
 * resolve).
 */
const PLAIN_ASKS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [
    /^disdain\.annoyed:.*could at least$/,
    /^\s+(?:(?:take|grab|bring|wear) (?:a |an |your )?(?:jacket|coat|umbrella|scarf|hat|sweater|hoodie)|(?:eat|grab|have) (?:a )?(?:snack|something|breakfast|bite))\b/i,
  ],
  [/^talking-down\.need-to:.*wake up$/, /^\s+(?:at (?:\d|five|six|seven|dawn)|early|by \d)/i],
  [
    /^talking-down\.deal-with-it:get a grip/,
    /\b(?:i|we)\s+(?:(?:really|seriously|just|so)\s+)?(?:need to|have to|gotta|must|should|'ll|'m gonna)\s+$/i,
  ],
];

/** One of PLAIN_ASKS, nothing sour, scornful or negative in the message. */
function plainAsk(
  doc: Doc,
  m: Match,
  rule: string,
  msg: string,
  start: number,
  end: number,
  after: string,
): boolean {
  const key = `${rule}:${doc.text.slice(start, end).toLowerCase()}`;
  for (const [said, ctx] of PLAIN_ASKS)
    if (said.test(key))
      return (
        ctx.test(/grip/.test(key) ? doc.text.slice(Math.max(0, start - 40), start) : after) &&
        !/\b(?:never|always|instead|whin\w*|complain\w*|lazy)\b/i.test(msg) &&
        !sourMsg(doc) &&
        msgNeg(msg, wordsOf(doc, m.first, m.last)) === 0
      );
  return false;
}
