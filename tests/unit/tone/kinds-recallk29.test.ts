/**
 * h-recallk (session 29): hostility at work and with services said in a professional voice, by kind
 * (lib/tone/rules/desk.ts, and the business threats in consequence.ts), each with warm twins that
 * must pass.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/tone/index';

const flagged = (text: string) => analyze(text).flagged;

describe('workplace and service hostility is flagged', () => {
  it.each([
    // The explanation that talks down.
    "Fine, I'll use tiny words since the handbook was apparently too hard.",
    "Let's go over it one more time, since the training apparently didn't stick.",
    'Basic stuff, but I guess somebody has to tell you: we log every call.',
    "I shouldn't have to explain to you how a calendar invite works.",
    'You need to actually read the contract before you call me.',
    'Maybe try doing your own homework before you criticise my lesson plans.',
    // The business threat.
    'Pay the balance by Monday or I hire someone else.',
    'Fix the leak by Friday or I start legal proceedings.',
    'Send the final files today or I pull the project.',
    'Sort out the billing or I dispute the invoice.',
    'You have until noon. After that I cancel the contract.',
    'If I see one more late delivery we are done working together.',
    'Consider the deal cancelled.',
    "Invoice me again before it's done and don't expect to be paid.",
    // Help withdrawn in a huff.
    'Fine. Have it your way. Leave me off the email chain.',
    "I'm done volunteering for this committee.",
    'Whatever you pick is fine, I have stopped caring about this launch.',
    "Noted. I won't be covering for anyone again.",
    "Sure, I'll stay in my lane from now on.",
    'Consider my suggestions withdrawn.',
    // The score kept.
    "I've been keeping a log of every time your team missed a handoff.",
    "I've covered your shifts every weekend since June.",
    'Fourth missed deadline.',
    // Blame laid in public.
    "The outage happened because you couldn't be bothered to run the tests.",
    'You caused this by skipping the review.',
    "He's failing because you've always had it in for him.",
    'The delay comes down to your team, not mine.',
    // Praise in scorn.
    'Deployed at 5pm on a Friday with no rollback plan. Very responsible.',
    'Three typos in the client deck again. Top notch work.',
    'How nice of you to finally answer my email.',
    'Amazing how you managed to lose the only signed copy.',
    // Their competence doubted, and orders that talk down.
    'How are you still employed?',
    'How are you a manager?',
    'Did you even finish training for this, or are you guessing?',
    'Honestly wondering who thought promoting you was a good idea.',
    'Are you incapable of answering a simple question?',
    "I've worked with interns with more sense than you.",
    'Is there anything you can even do without a checklist?',
    'What are we paying you for?',
    "A toddler could've written this report.",
    'Funny how whenever the client calls, you are suddenly busy.',
    'Not one of your forecasts has been accurate.',
    'Just do what I tell you and stop asking questions.',
    'Your role is to listen, not to share opinions.',
    'Just get over the parking thing already.',
    'Cancel my order today or I am disputing the charge.',
    "Fix it by Friday or I'm taking my business elsewhere.",
  ])('%s', (text) => {
    expect(flagged(text)).toBe(true);
  });
});

describe('warm twins pass', () => {
  it.each([
    'Let me explain it in small words for the new interns, they asked for a glossary.',
    'Can you spell it out for me? I missed the start of the call.',
    'Since the trains are clearly not running, I will pick you up!',
    'This might be news to you, but we are having a baby!',
    'Someone has to tell you how amazing your talk was.',
    "You should actually read the book, it's wonderful.",
    'People who actually tried the cake loved it.',
    'Try the soup before you complain it is cold, it is the best in town.',
    'Let me know by Friday or I cancel the booking.',
    'Come early or I leave without you.',
    'Grab a coffee first, after that I start the demo.',
    'You have until Friday to RSVP. After that I send the final numbers to the caterer.',
    'One more lap and I quit for the day, I am wiped.',
    "Please take me off the mailing list, I've moved teams.",
    "I'm done helping for today, heading home!",
    "I've stopped caring what people think of my hair and it feels great.",
    "I won't be helping at the bake sale again this year, sorry, my schedule is packed.",
    'not my problem anymore, I finally handed it over 🎉',
    "I'm keeping notes for your birthday speech!",
    'I keep a log of every run I do.',
    'Thanks for picking up my slack last week!',
    'Happy to cover your shifts next week!',
    "Don't worry about dropping the ball, you've had a rough month.",
    "I couldn't be bothered to cook tonight, pizza it is.",
    'How kind of you to join us tonight!',
    'It is impressive how you manage to juggle everything.',
    "I'll leave the fireworks to the professionals this year.",
    'Thanks for helping, it would have taken twice as long without you!',
    'Congrats on the new record, you ran it in 21 minutes!',
    'Every Christmas it is the same story, we eat too much and nap.',
    'Our team won. Very proud.',
    'Great job on the launch. Really helpful work.',
    'Please stop asking me for the wifi password, it is on the fridge.',
    'How are you a manager already?! Congrats!!',
    'Did you even go to school today, sweetie?',
    'I have never met anyone with better taste than you!',
    'Funny how every time we meet we end up laughing for hours.',
    'Not one of your jokes fell flat tonight, what a set!',
    "Do what I told you for the dough and it'll come out great!",
    'A child could do this puzzle, it is so easy and fun!',
    'We are paying you for the extra hours, of course.',
    'Get over the bridge and turn left at the bakery.',
  ])('%s', (text) => {
    expect(analyze(text).findings).toEqual([]);
  });
});
