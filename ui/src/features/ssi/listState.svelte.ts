/** The SSI list's search and sort, remembered for the session of the app. */
import type { SsiSort } from './ssiTable';

export const ssiListState = $state<{ query: string; sort: SsiSort }>({
  query: '',
  sort: { column: 'code', direction: 'asc' },
});
