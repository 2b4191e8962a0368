/**
 * The year lists of the screens (dashboard, reports, charts, the actions' filter), all from
 * the core's one rule (`yearList`): every year from the first with data to the current one,
 * then the later years with planned activity, marked « (prévue) ».
 */
import type { YearList } from '$lib/generated/bindings';
import { t } from '$lib/i18n';
import type { Option } from '$lib/options';

/** The years as drop-down choices, the newest first unless `oldestFirst`. */
export function yearOptions(list: YearList | undefined, oldestFirst = false): Option<number>[] {
  const years = [...(list?.years ?? [])];
  if (!oldestFirst) years.reverse();
  return years.map((y) => ({
    value: y.year,
    label: y.planned ? t('year-planned', { year: String(y.year) }) : String(y.year),
  }));
}

/** Whether `year` is one of the list's. */
export const offers = (list: YearList, year: number | null): boolean =>
  year !== null && list.years.some((y) => y.year === year);
