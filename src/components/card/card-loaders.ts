/**
 * The event card's code, chunks of their own that most first visits (no event named) never wait
 * for: a density loads when an event is first shown in it, after the first paint in an idle moment
 * (so that a first tap finds it), or at once when a link names an event (main.ts, so that the
 * page's first render has the card). Each is loaded once; a failed load is tried again next time.
 */
import type CompactEvent from './CompactEvent.svelte';
import type EventStepper from './EventStepper.svelte';
import type FullEvent from './FullEvent.svelte';
import type { swipe } from './swipe.ts';

export type CardVariant = 'full' | 'compact';

export interface CardParts<Card> {
  Card: Card;
  /** Previous and Next, which both densities show */
  Stepper: typeof EventStepper;
  /** the sideways swipe that steps, as they do */
  swipe: typeof swipe;
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load();
    loading.catch(() => (loading = undefined));
    return loading;
  };
}

const stepping = once(() => Promise.all([import('./EventStepper.svelte'), import('./swipe.ts')]));

export const loadFullCard = once(async (): Promise<CardParts<typeof FullEvent>> => {
  const [card, [steps, swiping]] = await Promise.all([import('./FullEvent.svelte'), stepping()]);
  return { Card: card.default, Stepper: steps.default, swipe: swiping.swipe };
});

export const loadCompactCard = once(async (): Promise<CardParts<typeof CompactEvent>> => {
  const [card, [steps, swiping]] = await Promise.all([import('./CompactEvent.svelte'), stepping()]);
  return { Card: card.default, Stepper: steps.default, swipe: swiping.swipe };
});

export const loadCard = (variant: CardVariant) =>
  variant === 'full' ? loadFullCard() : loadCompactCard();
