import type { Analysis, ToneOptions } from '../tone';
import { loadBundle, releaseBundle } from './bundles';

export type AnalyzeFn = (text: string, options: Partial<ToneOptions>) => Analysis;

/** What the detection bundle (entrypoints/detect.ts) registers: the engine's `detect`. */
export interface DetectModule {
  detect: AnalyzeFn;
}

/** What the rewording bundle (entrypoints/reword.ts) registers: the whole engine. */
export interface RewordModule {
  analyze: AnalyzeFn;
}

/** The engine's detection, injected with the coach bundle (see bundles.ts). */
export function loadDetect(): Promise<DetectModule> {
  return loadBundle<DetectModule>('detect');
}

/** The whole engine, with its rewordings, loaded into this frame on first use. */
export function loadReword(): Promise<RewordModule> {
  return loadBundle<RewordModule>('reword');
}

/**
 * The engine the coach analyses with, one per frame. When a field first gets focus the frame gets
 * the engine's detection (`detect`: where and what, no suggestions; built without the rule
 * families' rewording code, see scripts/detect-only.ts). The whole engine (`analyze`, with its
 * checked suggestions) is the rewording bundle, loaded once a field has something flagged (while the
 * page is idle) or a card is about to open, whichever is first. From then on every analysis is the
 * whole engine's, the coach re-analyses its fields at once (`onFull`), and the detection bundle is
 * let go (`release`), so a frame never keeps two engines.
 */
export class CoachEngine {
  /** The current analysis function: `detect` until the whole engine is here. */
  analyze: AnalyzeFn;
  /** True once analyses carry suggestions. */
  full = false;
  private loading: Promise<void> | null = null;
  private readonly listeners: Array<() => void> = [];

  constructor(
    detect: AnalyzeFn,
    private readonly loader: () => Promise<RewordModule> = loadReword,
    private readonly release: () => void = () => releaseBundle('detect'),
  ) {
    this.analyze = detect;
  }

  /** The whole engine from the start: for extension pages, whose bundles carry it anyway. */
  static whole(analyze: AnalyzeFn): CoachEngine {
    const engine = new CoachEngine(
      analyze,
      () => Promise.resolve({ analyze }),
      () => undefined,
    );
    engine.full = true;
    return engine;
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
          this.full = true;
          this.release();
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
