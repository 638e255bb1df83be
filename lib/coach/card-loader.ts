import { browser } from 'wxt/browser';
import type { ToneCardProps } from '../../components/ToneCard';
import type { ToBackground } from '../messaging/protocol';

/** Where the card bundle (entrypoints/card.tsx) registers itself in the content script's world. */
export const CARD_GLOBAL = '__softStartCard';

export interface CardRenderer {
  render(props: ToneCardProps | null): void;
  unmount(): void;
}

export interface CardModule {
  createRenderer(mount: HTMLElement): CardRenderer;
}

let loading: Promise<CardModule> | null = null;

function registered(): CardModule | undefined {
  return (globalThis as Record<string, unknown>)[CARD_GLOBAL] as CardModule | undefined;
}

/**
 * Loads the card bundle once per frame: the background injects it into this frame's isolated
 * world. Resolves when it has registered; rejects (and allows a retry) when it could not.
 */
export function loadCard(): Promise<CardModule> {
  const ready = registered();
  if (ready) return Promise.resolve(ready);
  loading ??= (async () => {
    const message: ToBackground = { type: 'coach:load-card' };
    await browser.runtime.sendMessage(message);
    const mod = registered();
    if (!mod) throw new Error('card bundle did not register');
    return mod;
  })().catch((err) => {
    loading = null;
    throw err;
  });
  return loading;
}
