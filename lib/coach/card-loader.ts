import type { ToneCardProps } from '../../components/ToneCard';
import { loadBundle } from './bundles';

export interface CardRenderer {
  render(props: ToneCardProps | null): void;
  unmount(): void;
}

/** What the card bundle (entrypoints/card.tsx) registers. */
export interface CardModule {
  createRenderer(mount: HTMLElement): CardRenderer;
}

/** React and the card, loaded into this frame the first time a card opens. */
export function loadCard(): Promise<CardModule> {
  return loadBundle<CardModule>('card');
}
