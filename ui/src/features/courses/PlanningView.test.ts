import { render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { coursesBackend } from '../../test/courses';
import { mockBackend } from '../../test/fixtures';
import PlanningView from './PlanningView.svelte';
import { planning } from './store.svelte';

describe('PlanningView', () => {
  it('opens on the month the core chooses, the first time only', async () => {
    Object.assign(planning, { yearChosen: false, year: 2016, month: 0, view: 'month' });
    mockBackend(coursesBackend({ planning_start: () => ({ year: 2027, month: 2 }), sessions: () => [] }));
    render(PlanningView);
    await waitFor(() => expect(screen.getByTestId('planning-year').textContent).toBe('2027'));
    expect(screen.getByTestId('planning-month').textContent).toBe('février');
    expect(planning.yearChosen).toBe(true);
  });
});
