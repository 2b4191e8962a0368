import type { CourseRow, EnrolmentRow, NewSession } from '$lib/generated/bindings';
import { COUNTRIES } from './backend';
import type { Handler } from './fixtures';

export const COURSES: CourseRow[] = [
  {
    id: 1,
    code: 'GIGN-INT',
    title: 'Intervention spécialisée',
    mission: 'intervention',
    level: 'basic',
    duration_days: 5,
    capacity: 12,
    prerequisites: '',
    description: '',
    archived: false,
    sessions: 3,
  },
  {
    id: 2,
    code: 'GIGN-NEG',
    title: 'Négociation de crise',
    mission: 'negotiation',
    level: 'advanced',
    duration_days: 10,
    capacity: 8,
    prerequisites: '',
    description: '',
    archived: false,
    sessions: 1,
  },
];

export const SESSION: NewSession = {
  course_id: 1,
  start_date: '2027-03-01',
  end_date: '2027-03-03',
  place_country: 'FR',
  city: 'Satory',
  language: 'français',
  capacity: 2,
  cost_cents: 0,
  status: 'confirmed',
  request_id: null,
  instructor_ids: [1],
};

export function enrolment(
  id: number,
  name: string,
  status: EnrolmentRow['status'],
  extra: Partial<EnrolmentRow> = {},
): EnrolmentRow {
  return {
    id,
    trainee_id: id + 100,
    name,
    country: 'SN',
    country_name: 'Sénégal',
    unit: 'GIGN Sénégal',
    rank: 'Capitaine',
    status,
    result: '',
    certificate_no: null,
    present_days: [],
    ...extra,
  };
}

export function coursesBackend(extra: Record<string, Handler> = {}): Record<string, Handler> {
  return {
    countries: () => COUNTRIES,
    courses: () => COURSES,
    instructors: () => [
      { id: 1, name: 'Caroline DUBOIS' },
      { id: 2, name: 'Marc LEROY' },
    ],
    requests: () => [],
    session: () => SESSION,
    session_conflicts: () => [],
    trainees: () => [],
    units: () => [],
    ...extra,
  };
}
