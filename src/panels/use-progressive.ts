import { startTransition, useEffect, useState } from 'react';

/**
 * A new list's first `first` items at once, and all of them a frame later (in a transition): the
 * frame that shows a selection then lays out and paints what is in view (a dozen partner rows, the
 * chart's first bars), not forty, and the rest, below the fold, comes in the next. Callers mark
 * the list busy until then (`aria-busy`).
 */
export function useProgressive<T>(list: readonly T[], first: number): readonly T[] {
  const [whole, setWhole] = useState<readonly T[] | null>(null);
  const complete = whole === list || list.length <= first;
  useEffect(() => {
    if (complete) return;
    // After the frame that paints the first items: a timeout from within the animation frame.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setWhole(list)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [list, complete]);
  return complete ? list : list.slice(0, first);
}
