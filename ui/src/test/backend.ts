import type { ActionInput, ActionRow, Country, RefEntry } from '$lib/generated/bindings';
import { SSI_ROWS, yearList, type Handler } from './fixtures';

export const COUNTRIES: Country[] = [
  { alpha2: 'SN', alpha3: 'SEN', name_fr: 'Sénégal', name_en: 'Senegal', continent: 'africa' },
  { alpha2: 'MA', alpha3: 'MAR', name_fr: 'Maroc', name_en: 'Morocco', continent: 'africa' },
  { alpha2: 'ML', alpha3: 'MLI', name_fr: 'Mali', name_en: 'Mali', continent: 'africa' },
  { alpha2: 'DE', alpha3: 'DEU', name_fr: 'Allemagne', name_en: 'Germany', continent: 'europe' },
];

const ref = (id: number, code: string, name_fr: string): RefEntry => ({ id, code, name_fr, name_en: name_fr });

export function actionRow(id: number, extra: Partial<ActionRow> = {}): ActionRow {
  return {
    id,
    reference: `TA-${id}`,
    title: `Action ${id}`,
    ssi_code: 'SN-DKR',
    country: 'SN',
    country_name: 'Sénégal',
    kind: 'Formation',
    domain: 'Terrorisme',
    programme: null,
    funder: null,
    start_date: '2016-03-01',
    end_date: '2016-03-05',
    participants: 10,
    cost_cents: 150000,
    status: 'done',
    in_coverage: true,
    ...extra,
  };
}

export const ACTION_INPUT: ActionInput = {
  reference: 'TA-1',
  title: 'Action 1',
  ssi_id: 1,
  country: 'SN',
  kind_id: 1,
  domain_id: 1,
  programme_id: null,
  funder_id: null,
  start_date: '2016-03-01',
  end_date: '2016-03-05',
  beneficiary: '',
  participants: 10,
  cost_cents: 150000,
  status: 'done',
  evaluation: '',
};

/** A backend for the technical-cooperation screen: `total` actions, paged. */
export function actionsBackend(total = 3, extra: Record<string, Handler> = {}): Record<string, Handler> {
  return {
    ssi_list: () => SSI_ROWS,
    countries: () => COUNTRIES,
    references: ({ list }) =>
      list === 'domain' ? [ref(1, 'terrorism', 'Terrorisme')] : [ref(1, 'training', 'Formation')],
    programmes: () => [],
    funders: () => [],
    year_list: () => yearList([2015, 2016]),
    actions: ({ offset, limit }) => {
      const from = offset as number;
      const n = Math.max(0, Math.min(limit as number, total - from));
      return {
        rows: Array.from({ length: n }, (_, i) => actionRow(from + i + 1)),
        offset: from,
        total_count: total,
        total_participants: total * 10,
        total_cost_cents: total * 150000,
      };
    },
    action: () => ACTION_INPUT,
    ...extra,
  };
}
