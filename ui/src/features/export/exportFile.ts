/**
 * What the export menu offers and the file name it proposes: the list's name and its main
 * filters ("actions-2016.xlsx", "stagiaires-SN.ods"), so that files saved one after the
 * other do not overwrite each other by default.
 */
import type { ExportFormat, ExportList } from '$lib/generated/bindings';
import { t } from '$lib/i18n';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['xlsx', 'ods', 'csv_semicolon', 'csv_comma'];

export function extensionOf(format: ExportFormat): string {
  return format.startsWith('csv') ? 'csv' : format;
}

/** The parts of the file name that say which rows it holds. */
function qualifiers(list: ExportList): Array<string | number> {
  switch (list.list) {
    case 'actions':
      return [list.filter.year ?? '', list.filter.country ?? ''];
    case 'cases':
      return [list.filter.year ?? '', list.filter.country ?? ''];
    case 'trainees':
      return [list.state ?? '', list.session_id !== null ? `session-${list.session_id}` : ''];
    case 'sessions':
    case 'requests':
    case 'exchanges':
      return [list.year ?? ''];
    case 'ssi':
    case 'units':
      return [];
    case 'courses':
      return [list.archived ? 'avec-archives' : ''];
  }
}

export function exportFileName(list: ExportList, format: ExportFormat): string {
  const parts = [t(`export-file-${list.list}`), ...qualifiers(list)].filter((p) => p !== '');
  return `${parts.join('-')}.${extensionOf(format)}`;
}
