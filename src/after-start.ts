import { prefetchNotes } from './dataset/notes';
import { warmUpIntl } from './i18n/i18n';
import { whenIdle } from './idle';

/**
 * What waits until the page has shown its data (the map's first frame with it, or in the other
 * views the data's arrival), each in an idle task of its own: the partnerships' notes start
 * loading (not earlier: their download would compete with what the page starts on), and ICU is
 * set up for a first search, sort or filter list. Returns a function that cancels what has not run.
 */
export function afterStart(): () => void {
  const cancels = [whenIdle(prefetchNotes), whenIdle(warmUpIntl)];
  return () => cancels.forEach((c) => c());
}
