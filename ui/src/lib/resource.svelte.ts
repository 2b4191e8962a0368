import { AppError, toAppError } from './backend/ipc';

/**
 * One asynchronous value fetched from the core, with its loading and error
 * state as runes. Only the answer to the latest `load` is kept, so a slow
 * answer for an older year never overwrites a newer one.
 */
export class Resource<T, A extends unknown[] = []> {
  value = $state<T | undefined>(undefined);
  error = $state<AppError | null>(null);
  loading = $state(false);

  #fetch: (...args: A) => Promise<T>;
  #lastArgs: A | null = null;
  #ticket = 0;

  constructor(fetch: (...args: A) => Promise<T>) {
    this.#fetch = fetch;
  }

  /** Fetches again with these arguments; resolves to the value or undefined on error. */
  async load(...args: A): Promise<T | undefined> {
    const ticket = ++this.#ticket;
    this.#lastArgs = args;
    this.loading = true;
    this.error = null;
    try {
      const value = await this.#fetch(...args);
      if (ticket !== this.#ticket) return undefined;
      this.value = value;
      return value;
    } catch (error) {
      if (ticket === this.#ticket) this.error = toAppError(error);
      return undefined;
    } finally {
      if (ticket === this.#ticket) this.loading = false;
    }
  }

  /** Fetches again with the arguments of the last `load`. */
  retry(): Promise<T | undefined> {
    return this.load(...((this.#lastArgs ?? []) as A));
  }
}
