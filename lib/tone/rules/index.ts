/**
 * The registry of rule families. To add a phrase, add an entry to the family file that owns
 * its category; to add a family, write a module like the others and list it here.
 */
import { addKnownWords } from '../lexicon';
import { absolutes } from './absolutes';
import { addressed } from './addressed';
import { aimed } from './aimed';
import { airs } from './airs';
import { beats, repeatBeats } from './beats';
import { belittle } from './belittle';
import { caused } from './caused';
import { challenge } from './challenge';
import { coldness } from './coldness';
import { commands } from './commands';
import { consequence } from './consequence';
import { constructions } from './constructions';
import { curt } from './curt';
import { desk } from './desk';
import { disdain } from './disdain';
import { dismissive } from './dismissive';
import { fault } from './fault';
import { frames } from './frames';
import { grudges } from './grudges';
import { insults } from './insults';
import { jeers } from './jeers';
import { ledger } from './ledger';
import { menace } from './menace';
import { mockery } from './mockery';
import { rebuffs } from './rebuffs';
import { reproach } from './reproach';
import { retorts } from './retorts';
import type { RuleFamily } from './rule';
import { scorn } from './scorn';
import { shouting } from './shouting';
import { scareQuotes, slights } from './slights';
import { sneers } from './sneers';
import { standing } from './standing';
import { swearing } from './swearing';
import { tallies } from './tallies';
import { threads } from './threads';
import { venting } from './venting';
import { verdicts } from './verdicts';
import { withdrawal } from './withdrawal';
import { youMakeMe } from './you-make-me';

export const FAMILIES: readonly RuleFamily[] = [
  youMakeMe,
  fault,
  caused,
  consequence,
  absolutes,
  insults,
  mockery,
  dismissive,
  commands,
  withdrawal,
  shouting,
  beats,
  repeatBeats,
  swearing,
  venting,
  constructions,
  scorn,
  standing,
  disdain,
  aimed,
  challenge,
  reproach,
  jeers,
  verdicts,
  addressed,
  airs,
  curt,
  threads,
  ledger,
  rebuffs,
  slights,
  scareQuotes,
  grudges,
  coldness,
  sneers,
  desk,
  belittle,
  frames,
  menace,
  retorts,
  tallies,
];

/** Every trigger word of every family: stretched spellings ("alwaaays") collapse towards these. */
export const TRIGGERS: ReadonlySet<string> = new Set(FAMILIES.flatMap((f) => f.triggers ?? []));
addKnownWords(TRIGGERS);
for (const f of FAMILIES) addKnownWords(f.literals ?? []);

export type { Draft, Match, RuleContext, RuleFamily } from './rule';
