import { toAppError, type AppError } from './backend/ipc';
import { pagesFor, type Range } from './virtual';

/** One page from the core: its rows and the totals of the whole filtered set. */
export interface Page<Row, Totals> {
  rows: Row[];
  totals: Totals & { total_count: number };
}

/**
 * A long list read from the core page by page, as the virtual table scrolls.
 * `reset` starts over (new filter or sort); the rows of the previous query stay
 * on screen until the first page of the new one arrives, and late answers to an
 * older query are dropped.
 */
export class PagedRows<Row, Totals> {
  pages = $state.raw<Record<number, Row[]>>({});
  totals = $state.raw<(Totals & { total_count: number }) | null>(null);
  error = $state<AppError | null>(null);
  loading = $state(false);
  readonly pageSize: number;

  #fetch: (offset: number, limit: number) => Promise<Page<Row, Totals>>;
  #inFlight = new Set<number>();
  #generation = 0;
  #fresh = false;

  constructor(fetch: (offset: number, limit: number) => Promise<Page<Row, Totals>>, pageSize = 200) {
    this.#fetch = fetch;
    this.pageSize = pageSize;
  }

  get total(): number {
    return this.totals?.total_count ?? 0;
  }

  rowAt(index: number): Row | undefined {
    return this.pages[Math.floor(index / this.pageSize)]?.[index % this.pageSize];
  }

  /** Starts over with the first page; resolves when it has arrived. */
  reset(): Promise<void> {
    this.#generation++;
    this.#inFlight.clear();
    this.#fresh = true;
    return this.#load(0);
  }

  /** Fetches the pages of `range` that are neither loaded nor on their way. */
  ensure(range: Range): void {
    for (const page of pagesFor(range, this.pageSize)) {
      if (this.#fresh || this.pages[page] || this.#inFlight.has(page)) continue;
      void this.#load(page);
    }
  }

  async #load(page: number): Promise<void> {
    const generation = this.#generation;
    this.#inFlight.add(page);
    this.loading = true;
    try {
      const result = await this.#fetch(page * this.pageSize, this.pageSize);
      if (generation !== this.#generation) return;
      this.error = null;
      if (this.#fresh) {
        this.#fresh = false;
        this.pages = { [page]: result.rows };
      } else {
        this.pages = { ...this.pages, [page]: result.rows };
      }
      this.totals = result.totals;
    } catch (error) {
      if (generation === this.#generation) this.error = toAppError(error);
    } finally {
      if (generation === this.#generation) {
        this.#inFlight.delete(page);
        this.loading = this.#inFlight.size > 0;
      }
    }
  }
}
