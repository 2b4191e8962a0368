/**
 * The state every record form shares, as runes: its values (given at once or
 * loaded from the core), whether they changed since they were loaded or last
 * saved, the saving flag and the errors shown next to the fields. `save()`
 * runs the form's own client-side step, sends the input, and on success marks
 * the form clean and hands the core's answer on; a coded error of the core
 * (`{code, message, field}`) lands next to the field it names.
 *
 * FormDialog takes the form (`<FormDialog {form} …>`): its save button, its
 * "unsaved" mark, its confirmation on close and the leave guard all read it.
 */
import type { AppError } from './backend/ipc';
import { ask } from './confirm.svelte';
import { formErrors, NO_ERRORS, type Built, type FormErrors } from './formErrors';
import { t } from './i18n';
import { guardUnsaved } from './leave';
import { Resource } from './resource.svelte';

export interface FormOptions<V, I, R> {
  /** The form's field names, where an error of the core naming one of them is shown. */
  fields: readonly string[];
  /** A core field name → the form's (e.g. "cost_cents" → "cost"). */
  aliases?: Record<string, string>;
  /** Client-side step (numbers typed as text, a missing choice). Without it the values are sent as they are. */
  build?: (values: V) => Built<I>;
  /** Sends the input to the core; what it resolves to goes to `onsaved`. */
  submit: (input: I, values: V) => Promise<R>;
  /** Called once saved, the form already clean. */
  onsaved?: (result: R) => void;
  /**
   * `changed` (the default): unsaved while the values differ from the loaded ones.
   * `touched`: unsaved once `touch()` was called, until saved.
   */
  dirtyWhen?: 'changed' | 'touched';
}

/** What FormDialog needs of a form. */
export interface FormControl {
  /** False while the values are being loaded (or failed to load). */
  readonly ready: boolean;
  readonly loadError: AppError | null;
  readonly dirty: boolean;
  readonly saving: boolean;
  readonly errors: FormErrors;
  save(): Promise<unknown>;
  /** Registers the leave guard; returns the function that removes it. */
  guard(): () => void;
  /** True when nothing is unsaved, or when the user agrees to drop the changes. */
  confirmDiscard(): Promise<boolean>;
}

/**
 * One form's state. `S` is the values' type, `V | null` for a form whose values
 * are loaded (null until they are). Build one with `createForm` or `loadForm`.
 */
export class FormState<S, I = NonNullable<S>, R = unknown> implements FormControl {
  values = $state<S>(null as S);
  errors = $state<FormErrors>(NO_ERRORS);
  saving = $state(false);

  #snapshot = $state('');
  #touched = $state(false);
  #options: FormOptions<NonNullable<S>, I, R>;
  #loader: Resource<NonNullable<S>> | null;

  dirty = $derived.by(() => {
    if (this.#options.dirtyWhen === 'touched') return this.#touched;
    return this.values !== null && JSON.stringify(this.values) !== this.#snapshot;
  });

  constructor(
    start: { values: S } | { load: () => Promise<NonNullable<S>> },
    options: FormOptions<NonNullable<S>, I, R>,
  ) {
    this.#options = options;
    if ('values' in start) {
      this.#loader = null;
      this.#snapshot = JSON.stringify(start.values);
      this.values = start.values;
    } else {
      this.#loader = new Resource(start.load);
    }
  }

  get ready(): boolean {
    return this.values !== null;
  }

  /** The error of loading the values, if it failed. */
  get loadError(): AppError | null {
    return this.#loader?.error ?? null;
  }

  /** Loads the values (a form made by `loadForm`); resolves to them, or undefined on error. */
  async load(): Promise<NonNullable<S> | undefined> {
    const values = await this.#loader?.load();
    if (values !== undefined) {
      this.#snapshot = JSON.stringify(values);
      this.values = values;
    }
    return values;
  }

  /** Marks the form changed (for a form whose `dirtyWhen` is `touched`). */
  touch(): void {
    this.#touched = true;
  }

  /** The values as they are now count as saved. */
  markClean(): void {
    this.#touched = false;
    this.#snapshot = JSON.stringify(this.values);
  }

  /** Checks, sends and, once saved, calls `onsaved`; resolves to whether it saved. */
  async save(): Promise<boolean> {
    const values = this.values;
    if (values === null || values === undefined || this.saving) return false;
    const { build, submit, onsaved, fields, aliases } = this.#options;
    const built: Built<I> = build ? build(values) : { input: values as unknown as I };
    if ('errors' in built) {
      this.errors = built.errors;
      return false;
    }
    this.saving = true;
    try {
      const result = await submit(built.input, values);
      this.errors = NO_ERRORS;
      this.markClean();
      onsaved?.(result);
      return true;
    } catch (error) {
      this.errors = formErrors(error, fields, aliases);
      return false;
    } finally {
      this.saving = false;
    }
  }

  guard(): () => void {
    return guardUnsaved(() => this.dirty);
  }

  async confirmDiscard(): Promise<boolean> {
    return !this.dirty || ask(t('leave-message'), t('leave-discard'));
  }
}

/** A form whose values are known at once (a new record, or one the caller already holds). */
export function createForm<V extends object, I = V, R = unknown>(
  values: V,
  options: FormOptions<V, I, R>,
): FormState<V, I, R> {
  return new FormState<V, I, R>({ values }, options);
}

/** A form whose values come from the core: `values` is null until `load()` resolved. */
export function loadForm<V extends object, I = V, R = unknown>(
  load: () => Promise<V>,
  options: FormOptions<V, I, R>,
): FormState<V | null, I, R> {
  return new FormState<V | null, I, R>({ load }, options);
}
