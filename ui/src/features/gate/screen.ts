/**
 * Which screen the window shows for what the gate says about the database file, and what
 * the problem screen says about each kind of problem.
 */
import type { AppError } from '$lib/backend/ipc';
import type { ErrorCode, GateStatus } from '$lib/generated/bindings';
import { t } from '$lib/i18n';

export type GateView = 'shell' | 'create' | 'unlock' | 'convert' | 'problem';

export function viewOf(status: GateStatus): GateView {
  if (status.open) return 'shell';
  if (status.problem || status.file === 'not_database') return 'problem';
  switch (status.file) {
    case 'missing':
      return 'create';
    case 'plaintext':
      return 'convert';
    case 'encrypted':
      return 'unlock';
  }
}

/** What stops the file from opening: the core's problem, or a file that is no database. */
export function problemOf(status: GateStatus): Pick<AppError, 'code' | 'message'> {
  if (status.problem) return status.problem;
  return { code: 'DB_NOT_DATABASE', message: t('gate-not-database-message', { path: status.path }) };
}

const TITLES: Partial<Record<ErrorCode, string>> = {
  DB_CORRUPT: 'gate-problem-corrupt',
  DB_TOO_NEW: 'gate-problem-too-new',
  DB_NOT_DATABASE: 'gate-problem-not-database',
};

/** The Fluent id of the problem screen's title. */
export function problemTitle(code: ErrorCode): string {
  return TITLES[code] ?? 'gate-problem-other';
}
