import { call } from '$lib/backend/ipc';
import type { EnrolmentStatus, RequestStatus } from '$lib/generated/bindings';
import { Cached } from '$lib/refdata.svelte';

export type CoursesTab = 'catalogue' | 'planning' | 'requests' | 'certificates';

/** What the GIGN-courses area remembers while the user moves around. */
export const planning = $state({
  tab: 'planning' as CoursesTab,
  year: new Date().getFullYear(),
  month: new Date().getMonth(),
  view: 'month' as 'month' | 'timeline' | 'year',
  /** Whether the year was set (by the user or the first visit). */
  yearChosen: false,
});

export const courseList = new Cached(() => call('courses'));
export const instructorList = new Cached(() => call('instructors'));

/** Next statuses the core accepts for an enrolment, in the order the buttons show them. */
export const ENROLMENT_NEXT: Record<EnrolmentStatus, EnrolmentStatus[]> = {
  requested: ['confirmed', 'withdrawn'],
  waiting: ['requested', 'withdrawn'],
  confirmed: ['attended', 'withdrawn'],
  attended: ['passed', 'failed'],
  passed: [],
  failed: [],
  withdrawn: [],
};

/** Statuses that appear on the attendance sheet. */
export const ATTENDING: ReadonlySet<EnrolmentStatus> = new Set(['confirmed', 'attended', 'passed', 'failed']);

export const REQUEST_STATUSES: RequestStatus[] = [
  'received',
  'studied',
  'accepted',
  'refused',
  'scheduled',
  'delivered',
];

/** Next statuses the core accepts for a request. */
export const REQUEST_NEXT: Record<RequestStatus, RequestStatus[]> = {
  received: ['studied'],
  studied: ['accepted', 'refused'],
  accepted: ['scheduled'],
  refused: [],
  scheduled: ['delivered'],
  delivered: [],
};

/** Forgets the cached lists (tests, or after a change elsewhere). */
export function clearCourseData(): void {
  courseList.clear();
  instructorList.clear();
}
