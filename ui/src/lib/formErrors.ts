import { toAppError } from './backend/ipc';

/** Errors of a form: by field name, and the one that names no field of this form. */
export interface FormErrors {
  fields: Record<string, string>;
  general: string | null;
}

export const NO_ERRORS: FormErrors = { fields: {}, general: null };

/** What a form's client-side step gives back: the input to send, or why it cannot even be sent. */
export type Built<I> = { input: I } | { errors: FormErrors };

/** The client-side step's refusal: these messages next to these fields. */
export function invalid(fields: Record<string, string>): { errors: FormErrors } {
  return { errors: { fields, general: null } };
}

/**
 * Places a save error where the user will see it: each field the core refused
 * next to that field when this form has it, the rest above the form. `aliases`
 * maps a core field name to the form's (e.g. "cost_cents" → "cost").
 */
export function formErrors(
  error: unknown,
  fields: readonly string[],
  aliases: Record<string, string> = {},
): FormErrors {
  const e = toAppError(error);
  const placed: Record<string, string> = {};
  const elsewhere: string[] = [];
  for (const f of e.fields) {
    const field = aliases[f.field] ?? f.field;
    if (fields.includes(field)) placed[field] ??= f.message;
    else elsewhere.push(f.message);
  }
  if (!e.fields.length) elsewhere.push(e.message);
  return { fields: placed, general: elsewhere.length ? elsewhere.join(' ') : null };
}
