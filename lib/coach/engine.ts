import { type Analysis, detect, type ToneOptions } from '../tone';
import { loadBundle } from './bundles';

export type AnalyzeFn = (text: string, options: Partial<ToneOptions>) => Analysis;

/** What the rewording bundle (entrypoints/reword.ts) registers: the whole engine. */
export interface RewordModule {
  analyze: AnalyzeFn;
}

/** The rewording half of the engine, loaded into this frame on first use (see bundles.ts). */
export function loadReword(): Promise<RewordModule> {
  return loadBundle<RewordModule>('reword');
}

/**
 * The engine the coach analyses with, one per frame. The coach bundle, loaded when a field first
 * gets focus, carries the engine's detection only (`detect`: where and what, no suggestions; the
 * build leaves the rule families' rewording code out of it). The whole engine (`analyze`, with its
 * checked suggestions) comes in the rewording bundle, loaded once a field has something flagged
 * (while the page is idle) or a card is about to open, whichever is first. From then on every
 * analysis is the whole engine's, and the coach re-analyses its fields at once (`onFull`).
 */
export class CoachEngine {
  /** The current analysis function: `detect` until the whole engine is here. */
  analyze: AnalyzeFn = detect;
  private loading: Promise<void> | null = null;
  private readonly listeners: Array<() => void> = [];

  constructor(private readonly loader: () => Promise<RewordModule> = loadReword) {}

  /** True once analyses carry suggestions. */
  get full(): boolean {
    return this.analyze !== detect;
  }

  /** Called once, when the whole engine has arrived (before `load()` resolves). */
  onFull(fn: () => void): void {
    this.listeners.push(fn);
  }

  /** Loads the whole engine once; rejects (allowing a retry) when it could not be loaded. */
  load(): Promise<void> {
    if (this.full) return Promise.resolve();
    if (!this.loading) {
      this.loading = this.loader().then(
        (mod) => {
          this.analyze = mod.analyze;
          for (const fn of this.listeners) {
            try {
              fn();
            } catch {
              // A listener's failure must not keep the others (or the card) waiting.
            }
          }
        },
        (e: unknown) => {
          this.loading = null;
          throw e;
        },
      );
    }
    return this.loading;
  }
}
