import { useEffect, useState } from 'react';

/**
 * What a one-off load gives, for components: undefined until it settles, 'failed' if it rejects
 * (the error is logged). `ready` gives the value at once when it is already known (a cached
 * load), so the first render needs no second pass.
 */
export function useLoaded<T>(load: () => Promise<T>, ready: () => T | undefined = () => undefined): T | 'failed' | undefined {
  const [value, setValue] = useState<T | 'failed' | undefined>(ready);
  useEffect(() => {
    if (value !== undefined) return;
    let live = true;
    load().then(
      (v) => live && setValue(() => v),
      (e: unknown) => {
        console.error(e);
        if (live) setValue('failed');
      },
    );
    return () => {
      live = false;
    };
    // Loaded once: a later `load` is the same load.
  }, [value]);
  return value;
}
