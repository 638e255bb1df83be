/**
 * Round recall34: keeping a ledger on someone (lib/tone/rules/ledger.ts), the "same excuse you gave"
 * tally (absolutes.ts) and "pick up!!!" said alone (shouting.ts). Our own sentences, several
 * wordings a kind; warm twins share the words and must pass.
 */
import { describe, expect, it } from 'vitest';
import { kind, rewordsClean } from './kinds';

kind(
  'a count of their misdeeds asked as a question, or the same excuse again',
  'absolutes',
  [
    'How many times have you forgotten to lock the door?',
    'how many times now have you "forgotten" your wallet?',
    "Remind me how many times you've stood me up?",
    'How many times have you lied to me this year?',
    "how many times now you've ignored my texts, I wonder",
    'how many times have you cancelled on me this month',
    'Same excuse you gave last year, word for word.',
    'same excuses you used last summer.',
  ],
  [
    'How many times have you picked up the kids this month? I want to pay you back for gas.',
    'How many times have you been to Paris?',
    'how many times have you watched that film lol',
    'How many times a day should I water it?',
    'Same recipe you made in 2019, still the best thing I have ever eaten',
    'same story you told at the wedding, we were crying laughing',
    'Same as last time, the code is 1234.',
    "I've been keeping a list of everything you've helped with this year and it's long. Thank you.",
  ],
);

kind(
  'writing them off: a prediction of their failure',
  'absolutes',
  [
    'You peaked in college.',
    "face it, you've already peaked",
    "People like you don't change.",
    'guys like you never change',
    'Nothing you touch ever works.',
    'nothing you start ever lasts',
    'No point coaching you.',
    'college would be wasted on you',
    "Give it five years and you'll still be stacking shelves.",
    "You'll still be living with your mum at forty.",
    "you'll be asking for handouts your whole life",
    'ur gonna be broke forever',
  ],
  [
    'The song peaked at number two.',
    'I think I peaked in high school lol',
    'Sales peaked in March.',
    'People like you make the world better.',
    "Give it ten years and you'll still be my favourite person.",
    "You'll still be beautiful at eighty.",
    "you'll still be there when I land?",
    'Nothing you do could ever make me stop loving you.',
    'No point waiting for me, start eating!',
    "Don't waste your money on me!",
    "You're going to end up running this company one day.",
    'you can go anywhere in life with that talent!',
  ],
);

kind(
  'the debt: what one has done for them, held over them',
  'blame',
  [
    "After all the nights I sat up with you, you can't even call me back?",
    "after all the money I've spent on you, you won't help me move?",
    "After all those years I drove you everywhere, you couldn't come to my birthday.",
    'After all the sacrifices I made, this is how you treat me?',
    "Go out then. I'll just sit here alone like I always do.",
    "I'll manage on my own, as usual.",
    "fine, I'll just eat by myself like always",
    "I'll cope on my own, like I always have.",
  ],
  [
    'After all the nights you stayed up with me, I just want to say thank you.',
    "After all the help you gave me, I can't thank you enough.",
    'After all the nights I stayed up studying, I finally passed!',
    "After all those years I spent abroad, it's lovely to be home.",
    "Don't worry about me, I've got it handled, go enjoy the party!",
    "I'll manage on my own tonight, have fun!",
    "I'll be home alone tonight if you want to come over.",
    'Mum, I know you gave up a lot for us. Thank you for everything you did.',
  ],
);

kind(
  'their part in one\'s own failure: "we failed because your…"',
  'blame',
  [
    'We lost the contract because your slides were late.',
    'I failed the course because your notes were wrong.',
    'I got fired because your report had errors.',
    "We missed the train because your alarm didn't go off.",
    'I was late to my interview because your car broke down.',
    'we failed the audit cuz ur numbers were off',
  ],
  [
    'We lost because the other team was better.',
    'I was late because the train broke down.',
    'I was late because your directions were confusing, sorry for the wait!',
    'We won because your pass was perfect!',
    "I failed the test because I didn't study, my bad.",
    'I missed the start because my bus was late.',
  ],
);

kind(
  'the order to answer shouted alone ("pick up!!!")',
  'heat',
  [
    "I've called 6 times!!! pick up!!!",
    'answer!!!',
    'Reply!!!',
    'respond!!!! now',
    "pick up!!!! i know you're there",
    'where are you. pick up!!!',
  ],
  [
    "I've called 3 times, hope you're ok!",
    'pick up!!! are you ok??',
    "Pick up!!! I'm worried sick",
    'pick up!!! big news!!!',
    'Call me back when you get a sec, good news!',
    'Just checking you got home ok, text me when you can',
  ],
);

kind(
  'the door shut in a clipped clause ("…and done with this team", "Or ever.")',
  'withdrawal',
  [
    "I'm done for today and honestly done with this team.",
    'done covering for you.',
    'Done with you.',
    "I'm off and honestly done with y'all.",
    'done making excuses for you. never again.',
    "Don't text me after 7. Or ever, actually.",
    "Don't call me before noon. Or ever.",
    'Stop emailing me on weekends. Or ever.',
  ],
  [
    "I'm done with the report.",
    'done with the slides and done with the report, heading home!',
    'Done cooking for you all, come eat!',
    'finally done with this assignment!',
    'Done covering for you, all quiet today.',
    "Don't wait up. Or do, I'd like that.",
    "don't forget to call me tonight. Or ever, lol",
    "Don't ever change. Or ever stop being you ❤️",
  ],
);

describe('the rewordings read clean and are flagged no more', () => {
  it.each([
    'Face it, you peaked in high school.',
    "After all the nights I sat up with you, you can't give me one weekend?",
    'Our sprint failed because your module held everything up.',
    'done with the slides and done covering for you. never again.',
    "Don't text me after 7. Or ever, actually.",
    'how many times now have you "forgotten" your wallet?',
    "I've called 6 times!!! pick up!!!",
  ])('%s', (text) => {
    expect(rewordsClean(text).length).toBeGreaterThan(0);
  });
});
