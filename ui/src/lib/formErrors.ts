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
 * Places a save error where the user will see it: next to the field the core
 * named when this form has that field, otherwise above the form. `aliases`
 * maps a core field name to the form's (e.g. "cost_cents" → "cost").
 */
export function formErrors(
  error: unknown,
  fields: readonly string[],
  aliases: Record<string, string> = {},
): FormErrors {
  const e = toAppError(error);
  const field = e.field ? (aliases[e.field] ?? e.field) : null;
  if (field && fields.includes(field)) return { fields: { [field]: e.message }, general: null };
  return { fields: {}, general: e.message };
}
