import type { CourseRow, NewSession, SessionStatus } from '$lib/generated/bindings';
import { addDays } from '$lib/dates';
import { centsToInput, parseCount, parseMoney } from '$lib/format';
import { invalid, type Built } from '$lib/formErrors';
import { t } from '$lib/i18n';

/** The session form's values as the inputs hold them (numbers as typed text). */
export interface SessionValues {
  course_id: number | null;
  start_date: string;
  end_date: string;
  place_country: string | null;
  city: string;
  language: string;
  capacity: string;
  cost: string;
  status: SessionStatus;
  request_id: number | null;
  instructor_ids: number[];
}

export const SESSION_FIELDS = [
  'course_id',
  'start_date',
  'end_date',
  'place_country',
  'city',
  'language',
  'capacity',
  'cost',
  'status',
  'request_id',
  'instructor_ids',
] as const;

export const SESSION_STATUSES: SessionStatus[] = ['draft', 'confirmed', 'done', 'cancelled'];

/** The last day of a course of `duration` days starting on `start` (ISO); '' without a start. */
export function endFor(start: string, duration: number): string {
  if (!start) return '';
  return addDays(start, Math.max(1, duration) - 1);
}

export function blankSession(course: CourseRow | undefined, start: string, language: string): SessionValues {
  return {
    course_id: course?.id ?? null,
    start_date: start,
    end_date: course ? endFor(start, course.duration_days) : start,
    place_country: 'FR',
    city: '',
    language,
    capacity: String(course?.capacity ?? 12),
    cost: '0',
    status: 'draft',
    request_id: null,
    instructor_ids: [],
  };
}

/** The course changed: its capacity becomes the default and the end follows its duration. */
export function applyCourse(v: SessionValues, course: CourseRow | undefined): void {
  if (!course) return;
  v.capacity = String(course.capacity);
  v.end_date = endFor(v.start_date, course.duration_days);
}

export function fromSession(s: NewSession): SessionValues {
  return {
    ...s,
    capacity: String(s.capacity),
    cost: centsToInput(s.cost_cents),
    instructor_ids: [...s.instructor_ids],
  };
}

/** The input the core receives, or the errors of what cannot even be sent. Every rule is the core's. */
export function toSessionInput(v: SessionValues): Built<NewSession> {
  const fields: Record<string, string> = {};
  const capacity = parseCount(v.capacity);
  const cost = parseMoney(v.cost);
  if (capacity === null) fields.capacity = t('form-invalid-count');
  if (cost === null) fields.cost = t('form-invalid-amount');
  if (v.course_id === null) fields.course_id = t('form-required');
  if (!v.place_country) fields.place_country = t('form-required');
  for (const key of ['start_date', 'end_date'] as const) {
    if (!v[key]) fields[key] = t('form-invalid-date');
  }
  if (Object.keys(fields).length) return invalid(fields);
  return {
    input: {
      course_id: v.course_id!,
      start_date: v.start_date,
      end_date: v.end_date,
      place_country: v.place_country!,
      city: v.city,
      language: v.language,
      capacity: capacity!,
      cost_cents: cost!,
      status: v.status,
      request_id: v.request_id,
      instructor_ids: v.instructor_ids,
    },
  };
}
