import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { COUNTRIES } from '../../test/backend';
import { mockBackend } from '../../test/fixtures';
import ExchangeForm from './ExchangeForm.svelte';

function backend(
  create: (args: Record<string, unknown>) => unknown,
  more: Record<string, (args: Record<string, unknown>) => unknown> = {},
) {
  return mockBackend({
    ...more,
    countries: () => COUNTRIES,
    networks: () => [{ id: 3, code: 'ATLAS', name: 'Réseau ATLAS', units: 2 }],
    units: () => [
      {
        id: 7,
        name: 'GIGN sénégalais',
        country: 'SN',
        country_name: 'Sénégal',
        networks: [],
        trainees: 0,
        exchanges: 0,
      },
      { id: 8, name: 'GSPR', country: 'MA', country_name: 'Maroc', networks: [], trainees: 0, exchanges: 0 },
    ],
    exchange_create: create,
  });
}

async function fill() {
  await userEvent.type(await screen.findByTestId('exchange-title'), 'Séminaire ATLAS');
  await userEvent.selectOptions(screen.getByTestId('exchange-kind'), 'seminar');
  await userEvent.type(screen.getByTestId('exchange-country-input'), 'Séné{Enter}');
  await fireEvent.click((await screen.findAllByTestId('exchange-units-option'))[1]);
}

describe('ExchangeForm', () => {
  it('sends the kind, the dates, the country and the chosen units', async () => {
    const created: unknown[] = [];
    backend(({ input }) => {
      created.push(input);
      return 12;
    });
    const onsaved = vi.fn();
    render(ExchangeForm, { start: '2027-01-01', onclose: () => {}, onsaved });
    expect(
      [...((await screen.findByTestId('exchange-kind')) as HTMLSelectElement).options].map((o) =>
        o.textContent?.trim(),
      ),
    ).toEqual([
      'échange tactique',
      'échange technique',
      "retour d'expérience",
      'séminaire de réseau',
      'mission de formation',
      'expertise',
    ]);
    await fill();
    await fireEvent.click(screen.getByTestId('exchange-save'));
    await waitFor(() => expect(onsaved).toHaveBeenCalledWith(12));
    expect(created[0]).toEqual({
      kind: 'seminar',
      title: 'Séminaire ATLAS',
      start_date: '2027-01-01',
      end_date: '2027-01-01',
      country: 'SN',
      network_id: null,
      unit_ids: [8],
    });
  });

  it('shows an error of the core next to its field', async () => {
    backend(() => {
      throw { code: 'INVALID_INPUT', message: 'La fin précède le début.', field: 'end_date' };
    });
    render(ExchangeForm, { start: '2027-01-01', onclose: () => {}, onsaved: () => {} });
    await fill();
    await fireEvent.click(screen.getByTestId('exchange-save'));
    expect((await screen.findByTestId('field-error-end_date')).textContent).toBe('La fin précède le début.');
  });

  it('edits an exchange: its values are loaded and the update is sent for its id', async () => {
    const updated: unknown[] = [];
    backend(() => 0, {
      exchange_input: ({ id }) => {
        expect(id).toBe(5);
        return {
          kind: 'retex',
          title: 'Retour sur l’exercice',
          start_date: '2026-05-12',
          end_date: '2026-05-14',
          country: 'MA',
          network_id: 3,
          unit_ids: [8],
        };
      },
      exchange_update: (args) => {
        updated.push(args);
        return null;
      },
    });
    const onsaved = vi.fn();
    render(ExchangeForm, { id: 5, start: '2027-01-01', onclose: () => {}, onsaved });
    const title = (await screen.findByTestId('exchange-title')) as HTMLInputElement;
    expect(title.value).toBe('Retour sur l’exercice');
    expect(screen.getByText('Modifier l’échange')).toBeTruthy();
    await userEvent.clear(title);
    await userEvent.type(title, 'RETEX ATLAS');
    await fireEvent.click(screen.getByTestId('exchange-save'));
    await waitFor(() => expect(onsaved).toHaveBeenCalledWith(5));
    expect(updated[0]).toEqual({
      id: 5,
      input: {
        kind: 'retex',
        title: 'RETEX ATLAS',
        start_date: '2026-05-12',
        end_date: '2026-05-14',
        country: 'MA',
        network_id: 3,
        unit_ids: [8],
      },
    });
  });
});
