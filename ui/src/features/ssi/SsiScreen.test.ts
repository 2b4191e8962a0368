import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockBackend, plain, SSI_ROWS } from '../../test/fixtures';
import SsiScreen from './SsiScreen.svelte';

const rowCodes = () => screen.getAllByTestId('ssi-row').map((row) => row.querySelector('td')?.textContent?.trim());

describe('SsiScreen', () => {
  it('lists the SSIs with their count, French labels and a dash for no head', async () => {
    mockBackend({ ssi_list: () => SSI_ROWS });
    render(SsiScreen);

    expect(await screen.findAllByTestId('ssi-row')).toHaveLength(4);
    expect(plain(screen.getByTestId('ssi-count').textContent)).toBe('4');
    expect(rowCodes()).toEqual(['CI-ABJ', 'DE-BER', 'MA-RBA', 'SN-DKR']);
    const berlin = screen.getAllByTestId('ssi-row')[1];
    expect(within(berlin).getByText('—')).toBeTruthy();
    expect(within(berlin).getByText('ouvert')).toBeTruthy();
    expect(within(screen.getAllByTestId('ssi-row')[0]).getByText('fermé')).toBeTruthy();
    for (const header of [
      'Code',
      'Ville',
      'Pays de résidence',
      'Continent',
      'Chef de poste',
      'Pays couverts',
      'Effectif',
      'Statut',
    ]) {
      expect(screen.getByRole('columnheader', { name: new RegExp(header) })).toBeTruthy();
    }
  });

  it('remembers the search when the screen is left and opened again', async () => {
    mockBackend({ ssi_list: () => SSI_ROWS });
    const first = render(SsiScreen);
    await screen.findAllByTestId('ssi-row');
    await userEvent.type(screen.getByTestId('ssi-search'), 'sénégal');
    first.unmount();

    render(SsiScreen);
    await screen.findAllByTestId('ssi-row');
    expect((screen.getByTestId('ssi-search') as HTMLInputElement).value).toBe('sénégal');
    expect(rowCodes()).toEqual(['SN-DKR']);
  });

  it('filters rows as the user types and updates the count', async () => {
    mockBackend({ ssi_list: () => SSI_ROWS });
    render(SsiScreen);
    await screen.findAllByTestId('ssi-row');

    await userEvent.type(screen.getByTestId('ssi-search'), 'sénégal');
    expect(rowCodes()).toEqual(['SN-DKR']);
    expect(plain(screen.getByTestId('ssi-count').textContent)).toBe('1');
    expect(screen.getByText(/sur 4/)).toBeTruthy();

    await userEvent.clear(screen.getByTestId('ssi-search'));
    await userEvent.type(screen.getByTestId('ssi-search'), 'xyz');
    expect(screen.queryAllByTestId('ssi-row')).toHaveLength(0);
    expect(screen.getByText('Aucun SSI ne correspond à la recherche.')).toBeTruthy();
  });

  it('sorts when a column header is clicked, and flips on a second click', async () => {
    mockBackend({ ssi_list: () => SSI_ROWS });
    render(SsiScreen);
    await screen.findAllByTestId('ssi-row');

    const city = screen.getByRole('button', { name: /Ville/ });
    await fireEvent.click(city);
    expect(rowCodes()).toEqual(['CI-ABJ', 'DE-BER', 'SN-DKR', 'MA-RBA']);
    expect(city.closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    await fireEvent.click(city);
    expect(rowCodes()).toEqual(['MA-RBA', 'SN-DKR', 'DE-BER', 'CI-ABJ']);
    expect(city.closest('th')?.getAttribute('aria-sort')).toBe('descending');
  });

  it('shows the error banner when the list cannot be read', async () => {
    mockBackend({
      ssi_list: () => {
        throw { code: 'DB_IO', message: 'Lecture impossible du fichier de données.' };
      },
    });
    render(SsiScreen);
    expect((await screen.findByTestId('error-message')).textContent).toBe('Lecture impossible du fichier de données.');
    expect(screen.queryByTestId('ssi-count')).toBeNull();
  });
});
