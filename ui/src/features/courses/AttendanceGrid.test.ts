import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { enrolment, SESSION } from '../../test/courses';
import { mockBackend } from '../../test/fixtures';
import AttendanceGrid from './AttendanceGrid.svelte';

describe('AttendanceGrid', () => {
  it('puts a box back and says why when the core refuses a day to come', async () => {
    const calls = mockBackend({
      attendance: () => {
        throw {
          code: 'INVALID_INPUT',
          message: "Le 03/03/2027 n'est pas encore arrivé : la présence se note pour un jour commencé.",
          field: 'day',
        };
      },
    });
    const onupdate = vi.fn();
    render(AttendanceGrid, { session: SESSION, rows: [enrolment(1, 'Awa NDIAYE', 'confirmed')], onupdate });
    const box = screen.getAllByTestId('attendance-cell')[0] as HTMLInputElement;
    await fireEvent.click(box);
    expect((await screen.findByTestId('attendance-error')).textContent).toContain("n'est pas encore arrivé");
    expect(box.checked).toBe(false);
    expect(onupdate).not.toHaveBeenCalled();
    expect(calls.filter((c) => c.cmd === 'attendance')).toHaveLength(1);
  });
});
