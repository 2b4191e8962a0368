/**
 * The one door to the Rust side. Every command of the generated bindings
 * returns a `Result`; `call` unwraps it or throws an `AppError` carrying the
 * stable `code`. Screens branch on `code`, never on the text of `message`
 * (which the core has already written in French for display).
 */
import { commands, type ErrorCode, type FieldError } from '$lib/generated/bindings';
import { t } from '$lib/i18n';

/** What every generated command resolves to (tauri-specta's typedError shape). */
export type Result<T, E> = { status: 'ok'; data: T } | { status: 'error'; error: E };

/** Every code of the core, checked against the bindings: a new code does not compile until listed. */
const KNOWN_CODES: Record<ErrorCode, true> = {
  INVALID_INPUT: true,
  NOT_FOUND: true,
  CONFLICT: true,
  DB_TOO_NEW: true,
  DB_CORRUPT: true,
  DB_IO: true,
  DB_BUSY: true,
  PASSPHRASE_WRONG: true,
  DB_PLAINTEXT: true,
  DB_NOT_DATABASE: true,
  DB_LOCKED: true,
  PASSPHRASE_MISSING: true,
  BAD_FILE: true,
  CANCELLED: true,
  YEAR_CLOSED: true,
  INTERNAL: true,
};

export const ERROR_CODES: readonly ErrorCode[] = Object.keys(KNOWN_CODES) as ErrorCode[];

export class AppError extends Error {
  readonly code: ErrorCode;
  /** The input field at fault, for forms; null when the error is not about one field. */
  readonly field: string | null;
  /** Every field the core refused in the same submission, `field` first. */
  readonly fields: readonly FieldError[];

  constructor(
    code: ErrorCode,
    message: string,
    options?: { cause?: unknown; field?: string | null; fields?: readonly FieldError[] },
  ) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
    this.field = options?.field ?? null;
    this.fields = options?.fields ?? (this.field ? [{ field: this.field, message }] : []);
  }
}

function fieldErrors(value: unknown): FieldError[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter((f): f is FieldError => typeof f?.field === 'string' && typeof f?.message === 'string');
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/**
 * Turns whatever a command rejected with into an `AppError`: the core's
 * `{code, message, field, fields}` keeps its code, message and fields; anything else (the IPC bridge
 * missing, a command Tauri does not know) becomes INTERNAL with a French text.
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (typeof error === 'object' && error !== null) {
    const { code, message, field, fields } = error as {
      code?: unknown;
      message?: unknown;
      field?: unknown;
      fields?: unknown;
    };
    if (isErrorCode(code) && typeof message === 'string' && !(error instanceof Error)) {
      return new AppError(code, message, {
        cause: error,
        field: typeof field === 'string' ? field : null,
        fields: fieldErrors(fields),
      });
    }
  }
  const bridge = (globalThis as { __TAURI_INTERNALS__?: { invoke?: unknown } }).__TAURI_INTERNALS__;
  const bridgeMissing = typeof bridge?.invoke !== 'function';
  const text = bridgeMissing ? t('banner-ipc-unavailable') : t('banner-unexpected');
  return new AppError('INTERNAL', text, { cause: error });
}

/** Returns the value of an `ok` result, throws an `AppError` for an `error` one. */
export function unwrap<T>(result: Result<T, unknown>): T {
  if (result.status === 'ok') return result.data;
  throw toAppError(result.error);
}

type Commands = typeof commands;
type CommandName = keyof Commands;
type Returned<K extends CommandName> = Awaited<ReturnType<Commands[K]>>;
type Ok<R> = [R] extends [Result<infer T, unknown>] ? T : R;

/** Calls a command by its binding name, e.g. `call('kpis', 2016)`. */
export async function call<K extends CommandName>(name: K, ...args: Parameters<Commands[K]>): Promise<Ok<Returned<K>>> {
  const command = commands[name] as (...a: unknown[]) => Promise<unknown>;
  let returned: unknown;
  try {
    returned = await command(...args);
  } catch (error) {
    throw toAppError(error);
  }
  if (isResult(returned)) return unwrap(returned) as Ok<Returned<K>>;
  return returned as Ok<Returned<K>>;
}

function isResult(value: unknown): value is Result<unknown, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const status = (value as { status?: unknown }).status;
  return (status === 'ok' && 'data' in value) || (status === 'error' && 'error' in value);
}

/** Errors worth a "retry" button: the disk or the bridge may come back, another program may let go. */
export function isRetryable(error: AppError): boolean {
  return error.code === 'DB_IO' || error.code === 'DB_BUSY' || error.code === 'INTERNAL';
}

/**
 * The Fluent id of an extra line saying what to do, for codes whose core
 * message states the problem but not the remedy (DB_TOO_NEW already says it).
 */
export function hintFor(error: AppError): string | null {
  switch (error.code) {
    case 'DB_CORRUPT':
      return 'banner-hint-db-corrupt';
    case 'DB_IO':
      return 'banner-hint-db-io';
    default:
      return null;
  }
}
