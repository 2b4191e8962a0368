/**
 * Reference data the forms and filters share (countries, SSIs, reference lists,
 * programmes, funders), read once and kept for the session; `invalidate` after
 * a change so the next reader gets fresh values.
 */
import type { RefList } from './generated/bindings';
import { call } from './backend/ipc';

export class Cached<T> {
  value = $state.raw<T | undefined>(undefined);
  #promise: Promise<T> | null = null;
  #fetch: () => Promise<T>;

  constructor(fetch: () => Promise<T>) {
    this.#fetch = fetch;
  }

  load(): Promise<T> {
    if (!this.#promise) {
      this.#promise = this.#fetch().then(
        (value) => {
          this.value = value;
          return value;
        },
        (error) => {
          this.#promise = null;
          throw error;
        },
      );
    }
    return this.#promise;
  }

  invalidate(): void {
    this.#promise = null;
    if (this.value !== undefined) void this.load().catch(() => {});
  }

  clear(): void {
    this.#promise = null;
    this.value = undefined;
  }
}

export const countries = new Cached(() => call('countries'));
export const ssis = new Cached(() => call('ssiList'));
export const programmes = new Cached(() => call('programmes'));
export const funders = new Cached(() => call('funders'));
export const refs: Record<RefList, Cached<Awaited<ReturnType<typeof listOf>>>> = {
  domain: new Cached(() => listOf('domain')),
  action_kind: new Cached(() => listOf('action_kind')),
  case_kind: new Cached(() => listOf('case_kind')),
};

function listOf(list: RefList) {
  return call('references', list);
}

/** Forgets everything (tests). */
export function clearRefData(): void {
  for (const c of [countries, ssis, programmes, funders, ...Object.values(refs)]) c.clear();
}

/** Loads what a screen needs, ignoring failures (the screen's own list shows them). */
export function preload(...items: Cached<unknown>[]): void {
  for (const item of items) void item.load().catch(() => {});
}
