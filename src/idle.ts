/**
 * Runs `f` when the page is idle (within `timeoutMs`), for first-use costs that would otherwise
 * fall in the user's first interaction. Returns a function that cancels it. Where the browser has
 * no `requestIdleCallback` (Safari), a timeout stands in.
 */
export function whenIdle(f: () => void, timeoutMs = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(f, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(f, 200);
  return () => clearTimeout(id);
}
