import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { coursesBackend } from '../../test/courses';
import { mockBackend } from '../../test/fixtures';
import SessionForm from './SessionForm.svelte';

describe('SessionForm', () => {
  it('computes the end date from the course duration and hands back the conflicts after saving', async () => {
    const created: unknown[] = [];
    const conflict = {
      kind: 'instructor_overlap',
      message: 'Caroline DUBOIS encadre aussi « Intervention » du 01/03/2027.',
      other_session_id: 4,
    };
    mockBackend(
      coursesBackend({
        session_create: ({ input }) => {
          created.push(input);
          return { id: 9, conflicts: [conflict] };
        },
      }),
    );
    const onsaved = vi.fn();
    render(SessionForm, { id: null, start: '2027-03-01', onclose: () => {}, onsaved });
    const end = (await screen.findByTestId('session-end')) as HTMLInputElement;
    expect(end.value).toBe('05/03/2027');
    expect((screen.getByTestId('session-capacity') as HTMLInputElement).value).toBe('12');

    const course = screen.getByTestId('session-course') as HTMLSelectElement;
    await userEvent.selectOptions(course, course.options[1]);
    await waitFor(() => expect(end.value).toBe('10/03/2027'));
    expect((screen.getByTestId('session-capacity') as HTMLInputElement).value).toBe('8');

    const start = screen.getByTestId('session-start');
    await userEvent.clear(start);
    await userEvent.type(start, '15/04/2027');
    await waitFor(() => expect(end.value).toBe('24/04/2027'));

    await fireEvent.click(screen.getAllByTestId('session-instructor')[0]);
    await fireEvent.click(screen.getByTestId('session-save'));
    await waitFor(() => expect(onsaved).toHaveBeenCalledWith({ id: 9, conflicts: [conflict] }));
    expect(created[0]).toMatchObject({
      course_id: 2,
      start_date: '2027-04-15',
      end_date: '2027-04-24',
      capacity: 8,
      instructor_ids: [1],
    });
  });

  it('shows an error of the core next to its field', async () => {
    mockBackend(
      coursesBackend({
        session_create: () => {
          throw { code: 'INVALID_INPUT', message: 'La fin précède le début.', field: 'end_date' };
        },
      }),
    );
    render(SessionForm, { id: null, start: '2027-03-01', onclose: () => {}, onsaved: () => {} });
    await screen.findByTestId('session-end');
    await fireEvent.click(screen.getByTestId('session-save'));
    expect((await screen.findByTestId('field-error-end_date')).textContent).toBe('La fin précède le début.');
  });
});
