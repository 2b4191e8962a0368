import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ConfirmHost from '$lib/components/ConfirmHost.svelte';
import UndoNotice from '$lib/components/UndoNotice.svelte';
import { dismissUndo, undoState } from '$lib/undo.svelte';
import type { EnrolmentRow } from '$lib/generated/bindings';
import { coursesBackend, enrolment, SESSION } from '../../test/courses';
import { mockBackend } from '../../test/fixtures';
import EnrolmentsPanel from './EnrolmentsPanel.svelte';

const buttonsOf = (row: HTMLElement) =>
  within(row)
    .queryAllByRole('button')
    .map((b) => b.textContent?.trim());

afterEach(() => dismissUndo());

describe('EnrolmentsPanel', () => {
  it('offers only the transitions the core allows for each status', async () => {
    mockBackend(
      coursesBackend({
        enrolments: () => [
          enrolment(1, 'A REQUESTED', 'requested'),
          enrolment(2, 'B WAITING', 'waiting'),
          enrolment(3, 'C CONFIRMED', 'confirmed'),
          enrolment(4, 'D ATTENDED', 'attended'),
          enrolment(5, 'E PASSED', 'passed', { certificate_no: 'GIGN-2027-0001' }),
          enrolment(6, 'F WITHDRAWN', 'withdrawn'),
        ],
      }),
    );
    render(EnrolmentsPanel, { sessionId: 1, session: SESSION, onchange: () => {} });
    await screen.findAllByTestId('enrolment-row');
    const row = (name: string) => screen.getAllByTestId('enrolment-row').find((r) => r.dataset.name === name)!;
    expect(buttonsOf(row('A REQUESTED'))).toEqual(['Confirmer', 'Désister']);
    expect(buttonsOf(row('B WAITING'))).toEqual(['Promouvoir', 'Désister']);
    expect(buttonsOf(row('C CONFIRMED'))).toEqual(['Stage suivi', 'Désister']);
    expect(buttonsOf(row('D ATTENDED'))).toEqual(['Réussi', 'Échec']);
    expect(buttonsOf(row('E PASSED'))).toEqual([]);
    expect(buttonsOf(row('F WITHDRAWN'))).toEqual([]);
    expect(row('B WAITING').textContent).toContain("liste d'attente");
    expect(row('B WAITING').textContent).toContain('(n° 1)');
    expect(row('E PASSED').textContent).toContain('GIGN-2027-0001');
    // Attendance: confirmed and after, one column per day of the session.
    expect(screen.getAllByTestId('attendance-cell')).toHaveLength(3 * 3);
  });

  it('says who leaves the waiting list when a place frees', async () => {
    let rows: EnrolmentRow[] = [
      enrolment(1, 'Awa DIOP', 'confirmed'),
      enrolment(2, 'Moussa FALL', 'requested'),
      enrolment(3, 'Ibrahima SOW', 'waiting'),
    ];
    const calls = mockBackend(
      coursesBackend({
        enrolments: () => rows,
        enrolment_status: ({ id, status }) => {
          rows = rows.map((r) =>
            r.id === id
              ? { ...r, status: status as EnrolmentRow['status'] }
              : r.id === 3
                ? { ...r, status: 'requested' }
                : r,
          );
          return [3];
        },
      }),
    );
    render(ConfirmHost);
    render(UndoNotice);
    render(EnrolmentsPanel, { sessionId: 1, session: SESSION, onchange: () => {} });
    await screen.findAllByTestId('enrolment-row');
    const awa = screen.getAllByTestId('enrolment-row').find((r) => r.dataset.name === 'Awa DIOP')!;
    await fireEvent.click(within(awa).getByTestId('enrolment-withdraw'));
    // Asked first; cancelling changes nothing.
    expect(screen.getByTestId('confirm-message').textContent).toContain('Désister Awa DIOP');
    await fireEvent.click(screen.getByTestId('confirm-cancel'));
    await waitFor(() => expect(screen.queryByTestId('confirm-message')).toBeNull());
    expect(calls.some((c) => c.cmd === 'enrolment_status')).toBe(false);
    await fireEvent.click(within(awa).getByTestId('enrolment-withdraw'));
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    const notice = await screen.findByTestId('promotion-notice');
    expect(notice.textContent).toContain("Ibrahima SOW passe de la liste d'attente à « demandée ».");
    await waitFor(() => {
      const sow = screen.getAllByTestId('enrolment-row').find((r) => r.dataset.name === 'Ibrahima SOW')!;
      expect(sow.dataset.status).toBe('requested');
    });
    expect(calls.find((c) => c.cmd === 'enrolment_status')?.args).toEqual({ id: 1, status: 'withdrawn' });
    expect(undoState.offer).toMatchObject({ kind: 'enrolment', id: 1 });
    expect(screen.getByTestId('undo-message').textContent).toBe('Awa DIOP : désisté(e).');
  });
});
