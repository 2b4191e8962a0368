import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { coursesBackend } from '../../test/courses';
import { mockBackend } from '../../test/fixtures';
import TraineeForm from './TraineeForm.svelte';

describe('TraineeForm', () => {
  it('warns of a possible duplicate before saving and still lets the user save', async () => {
    const created: unknown[] = [];
    mockBackend(
      coursesBackend({
        trainee_duplicates: ({ input }) => {
          const i = input as { last_name: string; country: string };
          return i.last_name === 'DIOP' && i.country === 'SN'
            ? [
                {
                  id: 4,
                  name: 'Awa DIOP',
                  last_name: 'DIOP',
                  first_name: 'Awa',
                  country: 'SN',
                  country_name: 'Sénégal',
                  unit_id: null,
                  unit: 'GIGN Sénégal',
                  rank: '',
                  sessions: 2,
                },
              ]
            : [];
        },
        trainee_create: ({ input }) => {
          created.push(input);
          return { id: 12, warnings: [] };
        },
      }),
    );
    const onsaved = vi.fn();
    render(TraineeForm, { id: null, onclose: () => {}, onsaved });
    await userEvent.type(screen.getByTestId('trainee-last_name'), 'DIOP');
    await userEvent.type(screen.getByTestId('trainee-first_name'), 'Awa');
    expect(screen.queryByTestId('trainee-duplicate')).toBeNull();
    await userEvent.type(screen.getByTestId('trainee-state-input'), 'Sén');
    await fireEvent.mouseDown(await screen.findByText('Sénégal'));
    const warning = await screen.findByTestId('trainee-duplicate');
    expect(warning.textContent).toContain('Doublon possible : Awa DIOP (Sénégal, GIGN Sénégal)');
    await fireEvent.click(screen.getByTestId('trainee-save'));
    await waitFor(() => expect(onsaved).toHaveBeenCalled());
    expect(created[0]).toMatchObject({ last_name: 'DIOP', first_name: 'Awa', country: 'SN' });
  });
});
