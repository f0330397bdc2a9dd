import { useUrlView } from '@/components/use-url-view';
import { readWorklistView, writeWorklistView } from './worklist-params';

/** The Eden worklist's view, kept in the URL (see `useUrlView`: every change starts from the URL as it is now). */
export function useWorklistView() {
  return useUrlView(readWorklistView, writeWorklistView);
}
