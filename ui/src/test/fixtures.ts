import { mockIPC } from '@tauri-apps/api/mocks';
import type { ActivityYear, Kpis, SsiRow, YearList } from '$lib/generated/bindings';

export const KPIS_2016: Kpis = {
  year: 2016,
  ssi_count: 74,
  countries_covered: 158,
  technical_actions: 2160,
  persons_located: 1600,
  arrest_warrants: 347,
  trainees: 100,
  trainee_states: 20,
  cell_founded: '2007-09-01',
};

export const KPIS_2015: Kpis = { ...KPIS_2016, year: 2015, technical_actions: 1987, trainees: 94 };

function ssi(id: number, code: string, city: string, cc: string, country: string, extra: Partial<SsiRow> = {}): SsiRow {
  return {
    id,
    code,
    city,
    residence_country: cc,
    residence_country_name: country,
    continent: 'Afrique',
    head: `Chef ${id}`,
    covered_countries: [cc],
    covered_count: 1,
    staff_count: 3,
    open: true,
    ...extra,
  };
}

export const SSI_ROWS: SsiRow[] = [
  ssi(1, 'SN-DKR', 'Dakar', 'SN', 'Sénégal', { covered_count: 4, staff_count: 6 }),
  ssi(2, 'MA-RBA', 'Rabat', 'MA', 'Maroc', { staff_count: 8 }),
  ssi(3, 'DE-BER', 'Berlin', 'DE', 'Allemagne', { continent: 'Europe', head: null }),
  ssi(4, 'CI-ABJ', 'Abidjan', 'CI', "Côte d'Ivoire", { covered_count: 3, open: false }),
];

export const ACTIVITY: ActivityYear[] = [
  {
    year: 2016,
    technical_actions: 2160,
    operational_cases: 900,
    persons_located: 1600,
    arrest_warrants: 347,
    sessions: 12,
    trainees: 100,
    exchanges: 30,
    requests: 25,
  },
  {
    year: 2015,
    technical_actions: 1987,
    operational_cases: 850,
    persons_located: 1500,
    arrest_warrants: 300,
    sessions: 11,
    trainees: 94,
    exchanges: 28,
    requests: 22,
  },
];

export type Handler = (args: Record<string, unknown>) => unknown;

/**
 * Stands in for the Rust commands through Tauri's own mockIPC, so the
 * generated bindings and ipc.ts run for real. A handler that throws makes
 * the command reject with what it threw. Returns the list of calls made.
 */
export function mockBackend(handlers: Record<string, Handler>): Array<{ cmd: string; args: Record<string, unknown> }> {
  const calls: Array<{ cmd: string; args: Record<string, unknown> }> = [];
  mockIPC((cmd, payload) => {
    const args = (payload ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args });
    const handler = handlers[cmd];
    if (!handler) throw { code: 'NOT_FOUND', message: `commande inconnue : ${cmd}` };
    return handler(args);
  });
  return calls;
}

/** Replaces the narrow and ordinary no-break spaces of French number formatting with a space. */
export function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u202f\u00a0]/g, ' ').trim();
}

export const GIGN_YEARS = [
  {
    year: 2016,
    trainees: 100,
    states: 20,
    sessions_france: 9,
    sessions_abroad: 3,
    fill_rate: 0.875,
    requests_received: 25,
    requests_refused: 3,
    requests_delivered: 18,
    requests_open: 4,
  },
  {
    year: 2015,
    trainees: 94,
    states: 19,
    sessions_france: 8,
    sessions_abroad: 3,
    fill_rate: null,
    requests_received: 22,
    requests_refused: 2,
    requests_delivered: 17,
    requests_open: 3,
  },
];

/** The core's year list over `years` (every one offered, none planned), opening on the latest. */
export function yearList(years: number[], extra: Partial<YearList> = {}): YearList {
  const sorted = [...years].sort((a, b) => a - b);
  const latest = sorted.at(-1) ?? null;
  return { years: sorted.map((year) => ({ year, planned: false })), current: latest, last_full: latest, ...extra };
}
