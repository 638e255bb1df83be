/**
 * The reasons the coach gives: our own words, one or two sentences, warm, each naming the
 * strategy it comes from (see ../shared/GUIDANCE.md). Keyed by a short reason id that rule
 * families refer to.
 */

export const STRATEGY = {
  own: 'Own your feelings',
  oneEvent: 'Talk about this one moment',
  behaviour: 'Name the act, not the person',
  invite: "Invite, don't direct",
  door: 'Keep the door open',
  cool: 'Wait for a calmer moment',
} as const;

export const WHY = {
  youMakeMe: `${STRATEGY.own}: nobody can make us feel something, and "you make me…" hands them your power and sounds like blame. Starting with "I feel…" keeps the feeling and lets them hear it.`,
  fault: `${STRATEGY.own}: pointing at whose fault it is usually starts a defence, not a conversation. Saying how it affected you keeps them listening.`,
  madeMeDo: `${STRATEGY.own}: what we do is ours, even when we're upset. Owning it takes the sting out and makes room for them to own their part too.`,
  absolutes: `${STRATEGY.oneEvent}: "always" and "never" turn one moment into a verdict, and the other person will likely argue the exception. Talking about this time keeps it fixable.`,
  history: `${STRATEGY.oneEvent}: bringing up the whole history can feel like a case being built. Sticking to what happened now gives you both a fair start.`,
  insult: `${STRATEGY.behaviour}: a label for who someone is stings long after the moment passes. Describing what happened and how you feel keeps respect in the room.`,
  mockery: `${STRATEGY.behaviour}: sarcasm and mockery tend to land as contempt, even when we mean them lightly. Saying plainly what bothered you is kinder and clearer.`,
  scornThirdPerson: `${STRATEGY.behaviour}: calling people names makes a point harder to hear. A plainer word keeps the focus on what you disagree with.`,
  dismiss: `${STRATEGY.invite}: waving away what someone says or feels tells them it doesn't count. Acknowledging it first, even when you see it differently, keeps them listening.`,
  command: `${STRATEGY.invite}: orders and lectures can sound like talking down. Asking instead treats them as a partner, not a project.`,
  withdraw: `${STRATEGY.door}: pulling away or shutting the conversation down can widen the distance that hurts. Saying what you need, and when you'll talk, keeps you connected.`,
  ultimatum: `${STRATEGY.door}: a threat can end a conversation you still want to have. Saying how much this matters to you is stronger, and leaves room to talk.`,
  shouting: `${STRATEGY.cool}: capitals and stacked marks read as shouting. A calmer form helps it land, or save it and come back once you've both cooled down.`,
  swearing: `${STRATEGY.cool}: swearing turns up the heat even when it isn't aimed at them. Try it without, or pause and come back when things are calmer.`,
  slur: `${STRATEGY.behaviour}: slurs wound whole groups of people, not just the person you're upset with. Saying what actually bothers you will be heard better.`,
  custom: "You asked the coach to watch for this phrase. Here's a gentler way to say it.",
  mild: `${STRATEGY.invite}: on its own this can read as cold or curt. A few more words make your meaning clear and keep things warm.`,
  verdict: `${STRATEGY.oneEvent}: saying what someone cares about, or doesn't, sums up who they are, and they will likely defend themselves. Saying what you need from them now is easier to answer.`,
  fedUp: `${STRATEGY.oneEvent}: "I'm sick of…" hands over the whole pile at once, and they will hear the pile, not the need. Saying how this one thing leaves you feeling is easier to answer.`,
  rhetorical: `${STRATEGY.behaviour}: a question that isn't really asking lands as a verdict on the person. Saying plainly what bothered you, or asking for real, opens the door.`,
  comparison: `${STRATEGY.behaviour}: being measured against someone else stings and rarely changes anything. Saying what you would like from them is easier to hear.`,
  regret: `${STRATEGY.door}: wishing the relationship away cuts deeper than the moment, and it is hard to take back. Saying how hurt you are, and that you need time, keeps a way back open.`,
} as const;

export type WhyKey = keyof typeof WHY;
