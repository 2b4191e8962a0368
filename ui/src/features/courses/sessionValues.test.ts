import { describe, expect, it } from 'vitest';
import { COURSES } from '../../test/courses';
import { applyCourse, blankSession, endFor, toSessionInput } from './sessionForm';

describe('session form values', () => {
  it('ends a course of n days n-1 days after its start, across months', () => {
    expect(endFor('2027-03-01', 5)).toBe('2027-03-05');
    expect(endFor('2027-01-28', 10)).toBe('2027-02-06');
    expect(endFor('2027-03-01', 1)).toBe('2027-03-01');
    expect(endFor('', 5)).toBe('');
  });

  it('takes the capacity and the duration of the chosen course', () => {
    const v = blankSession(COURSES[0], '2027-03-01', 'français');
    expect(v.end_date).toBe('2027-03-05');
    expect(v.capacity).toBe('12');
    v.course_id = 2;
    applyCourse(v, COURSES[1]);
    expect(v.capacity).toBe('8');
    expect(v.end_date).toBe('2027-03-10');
  });

  it('sends cents and numbers, and refuses what cannot be sent', () => {
    const v = blankSession(COURSES[0], '2027-03-01', 'français');
    v.cost = '1 250,50';
    const built = toSessionInput(v);
    expect('input' in built && built.input.cost_cents).toBe(125050);
    v.capacity = 'douze';
    v.start_date = '';
    const bad = toSessionInput(v);
    expect('errors' in bad && Object.keys(bad.errors.fields).sort()).toEqual(['capacity', 'start_date']);
  });
});
