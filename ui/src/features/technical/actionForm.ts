import type { ActionInput, ActionStatus, SsiRow } from '$lib/generated/bindings';
import { centsToInput, parseCount, parseMoney, todayIso } from '$lib/format';
import { chosen, requireChoices } from '$lib/choices';
import { invalid, type Built } from '$lib/formErrors';
import { t } from '$lib/i18n';

/** The action form's values as the inputs hold them (numbers as typed text). */
export interface ActionValues {
  reference: string;
  title: string;
  ssi_id: number | null;
  country: string | null;
  kind_id: number | null;
  domain_id: number | null;
  programme_id: number | null;
  funder_id: number | null;
  start_date: string;
  end_date: string;
  beneficiary: string;
  participants: string;
  cost_cents: string;
  status: ActionStatus;
  evaluation: string;
}

export const ACTION_FIELDS = [
  'reference',
  'title',
  'ssi_id',
  'country',
  'kind_id',
  'domain_id',
  'programme_id',
  'funder_id',
  'start_date',
  'end_date',
  'beneficiary',
  'participants',
  'cost_cents',
  'status',
  'evaluation',
] as const;

export function fromInput(a: ActionInput): ActionValues {
  return { ...a, participants: String(a.participants), cost_cents: centsToInput(a.cost_cents) };
}

export function blankAction(ssi: SsiRow | undefined, kind: number | null, domain: number | null): ActionValues {
  const today = todayIso();
  return {
    reference: '',
    title: '',
    ssi_id: ssi?.id ?? null,
    country: ssi?.residence_country ?? null,
    kind_id: kind,
    domain_id: domain,
    programme_id: null,
    funder_id: null,
    start_date: today,
    end_date: today,
    beneficiary: '',
    participants: '0',
    cost_cents: '0',
    status: 'planned',
    evaluation: '',
  };
}

/**
 * The input the core receives, or the errors of what cannot even be sent
 * (a number that is not one, a missing choice). Every rule is the core's.
 */
export function toInput(v: ActionValues): Built<ActionInput> {
  const fields: Record<string, string> = {};
  const participants = parseCount(v.participants);
  const cost = parseMoney(v.cost_cents);
  if (participants === null) fields.participants = t('form-invalid-count');
  if (cost === null) fields.cost_cents = t('form-invalid-amount');
  requireChoices(v, fields);
  for (const key of ['start_date', 'end_date'] as const) {
    if (!v[key]) fields[key] = t('form-invalid-date');
  }
  if (Object.keys(fields).length) return invalid(fields);
  return {
    input: {
      ...v,
      ...chosen(v),
      participants: participants!,
      cost_cents: cost!,
    },
  };
}
