import type { ToBackground } from '../messaging/protocol';

/**
 * Bundles that load into this frame's isolated world on first use, so that every page pays only
 * for a small content script: `coach` (the in-page coach, with `detect`, the engine's detection, when
 * a field first gets focus), `card` (React and the card, when a card first opens) and `reword` (the
 * whole engine, with its rewordings, once something is flagged; see engine.ts). The background
 * injects the files (scripting.executeScript); each bundle then registers itself under its global
 * name.
 */
export type BundleName = 'coach' | 'detect' | 'card' | 'reword';

const GLOBALS: Record<BundleName, string> = {
  coach: '__softStartCoach',
  detect: '__softStartDetect',
  card: '__softStartCard',
  reword: '__softStartReword',
};

/** The part of the runtime API the loader uses (the same in Chrome's `chrome` and Firefox's `browser`). */
export interface LoaderRuntime {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(
      fn: (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => true | undefined,
    ): void;
  };
}

/**
 * The extension runtime, without the webextension polyfill's wrappers: MV3's `chrome.runtime`
 * returns promises, and Firefox has `browser`. Keeps the content script's startup small.
 */
export function extensionRuntime(): LoaderRuntime {
  const g = globalThis as unknown as {
    browser?: { runtime?: LoaderRuntime & { id?: string } };
    chrome?: { runtime: LoaderRuntime };
  };
  const native = g.browser?.runtime;
  return native?.id ? native : (g.chrome?.runtime as LoaderRuntime);
}

const loading = new Map<BundleName, Promise<unknown>>();

export function registerBundle<T>(name: BundleName, module: T): void {
  (globalThis as Record<string, unknown>)[GLOBALS[name]] = module;
}

function registered<T>(name: BundleName): T | undefined {
  return (globalThis as Record<string, unknown>)[GLOBALS[name]] as T | undefined;
}

/** Loads a bundle once per frame; rejects (allowing a retry) when it could not be loaded. */
export function loadBundle<T>(name: BundleName): Promise<T> {
  const ready = registered<T>(name);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(name) as Promise<T> | undefined;
  if (!pending) {
    pending = (async () => {
      const message: ToBackground = { type: 'coach:load-bundle', bundle: name };
      await extensionRuntime().sendMessage(message);
      const mod = registered<T>(name);
      if (!mod) throw new Error(`Soft Start: the ${name} bundle did not register`);
      return mod;
    })();
    pending.catch(() => loading.delete(name));
    loading.set(name, pending);
  }
  return pending;
}

/**
 * Lets go of a bundle this frame no longer uses (the detection engine, once the whole engine is
 * in): nothing of ours refers to it any more, so its code and tables can be collected.
 */
export function releaseBundle(name: BundleName): void {
  delete (globalThis as Record<string, unknown>)[GLOBALS[name]];
  loading.delete(name);
}
