/**
 * Round warm28: false alarms on warm messages nobody tuned on, cut at their cause rather than by
 * phrase. Each kind is a general property that separates a warm use of a trigger from a hostile one,
 * written here in our own words (none is a corpus row), with hostile twins on the same words:
 * - a swear said as joy, awe, relief or at one's own slip, nobody cursed, the rest of the message good;
 * - "you're the reason / because of you / your fault" before a good outcome (a good word, a gain, a bad
 *   word denied), nothing bad around it;
 * - a mild label softened in the same breath: praise, love, a heart, or a laugh at a pet name said to them;
 * - a shout that is joy or play: right after good news, disbelief before praise, outrage taken back;
 * - "and another thing" before praise; "don't you dare" forbidding a gift; "whatever, I'm easy".
 */
import { kind } from './kinds';

kind(
  'a swear of joy, awe, relief or one’s own slip, the rest of the message good',
  'heat',
  [
    'shit, you forgot my keys again',
    'damn it, you missed my call again, answer your phone',
    'no fucking way am I doing that for you',
    'how the fuck did you manage to break it',
    'fucking finally, took you long enough',
    'holy shit, could you be any slower',
    'what the fuck, you ate my lunch?? unbelievable',
    'who the hell approved this mess',
  ],
  [
    'damn, I left my umbrella at yours, can I grab it tomorrow?',
    'shit I spilled tea on the form, can you send me another? thank you!!',
    'crap, I forgot the napkins, I’ll pick some up on the way',
    'fucking finally, the keys are ours',
    'holy crap the lanterns over the lake!!! best night ever',
    'holy fuck this record goes so hard',
    'damn, I’m going to miss you so much at the new job',
    'bloody hell, you baked all this for us? you’re a star',
    'wtf how is this plugin free, thank you so much',
    'how the hell did you paint that, teach me',
  ],
);

kind(
  '"you’re the reason / because of you / your fault" before a good outcome',
  'blame',
  [
    'you’re the reason I can’t sleep at night',
    'because of you I missed the interview',
    'it’s your fault the weekend is ruined',
    'you’re the reason I have trust issues',
    'because of you I finally gave up on this band',
    'you’re the reason this office is falling apart',
    'because of you I can never relax',
    'you’re the reason I’m single lol',
  ],
  [
    'you’re the reason I can finally swim a full length',
    'because of you I can still say the alphabet backwards haha',
    'it’s your fault I now know every line of that film',
    'honestly you’re the reason this club doesn’t fall apart in winter',
    'you’re to blame for my new podcast habit and I’m not complaining about it',
    'grandma it’s your fault I love terrible jokes',
    'because of you I actually cooked a real dinner tonight',
  ],
);

kind(
  'a mild label softened by praise, love, a heart or a laugh at a pet name said to them',
  'contempt',
  [
    'you clown, you wrecked my presentation 😂',
    'lol you’re such a clown, nobody takes you seriously',
    'ur such a clown fr 🤡',
    'you’re such a nincompoop it’s almost impressive',
    'you weirdo, stop staring at my sister',
  ],
  [
    'you goofball, you left your scarf here 😂 I’ll bring it Friday',
    'haha you dork, we ordered the exact same thing',
    'you’re insane, that pie is the best thing I’ve eaten all year',
    'you menace 😂 that prank was genius',
  ],
);

kind(
  'a shout of joy or play: after good news, disbelief before praise, outrage taken back',
  'heat',
  [
    'you forgot our anniversary?! CALL ME',
    'ARE YOU KIDDING ME?? you lost the passports?!',
    'WHO ATE MY PIE 😂 jk but seriously stop it',
    'ARE YOU KIDDING ME?? you’re the worst',
    'WHO TOOK MY HEADPHONES. give them back now',
  ],
  [
    'you got the flat?! CALL ME TONIGHT',
    'ARE YOU SERIOUS?? you got us seats? you’re amazing',
    'WHO TOOK MY PEN lol jk found it',
  ],
);

kind(
  '"and another thing" before praise',
  'absolutes',
  ['and another thing — the soup was cold', 'and another thing, your friends are rude'],
  ['and another thing — the lasagne was incredible, can I get the recipe'],
);

kind(
  '"don’t you dare" forbidding a gift or a bother',
  'talking-down',
  ['don’t you dare touch my stuff again', 'don’t you dare talk to me like that'],
  ['don’t you dare bring anything, just bring yourselves', 'don’t you dare pay me back, it was my treat'],
);

kind(
  '"whatever, I’m easy": the choice handed over',
  'withdrawal',
  ['whatever, I don’t care, pick whatever', 'whatever. do what you want'],
  ['whatevs, I’m easy, pick whichever restaurant', 'whatever suits you, either works for me'],
);

kind(
  'a habit praised in plain good words after "always" / "every time"',
  'absolutes',
  [
    'whenever I need a hand you’re conveniently busy',
    'every time I ask for help you disappear',
    'you always forget my birthday',
  ],
  [
    'you’re always so patient with the new players, it doesn’t go unseen',
    'you always pick the best songs for the drive',
  ],
);

kind(
  'taking something up, or praise the lexicon leaves unscored, after a trigger',
  'blame',
  ['you’re the reason I started drinking again', 'because of you I got into debt'],
  [
    'you’re the reason I got back into knitting after ten years',
    'because of you I took up climbing, best decision this year',
  ],
);

kind(
  '"screw it" as a plan dropped for a treat; awe before unscored praise',
  'heat',
  [
    'screw it, I’m done with you',
    'screw it, you figure it out',
    'no fucking way, you broke it again, genius',
  ],
  ['screw it, I’m ordering the pizza tonight', 'no fucking way that trick worked, you’re a genius'],
);
