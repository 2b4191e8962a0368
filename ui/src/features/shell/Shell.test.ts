import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { ACTIVITY, GIGN_YEARS, KPIS_2016, mockBackend, SSI_ROWS, yearList } from '../../test/fixtures';
import Shell from './Shell.svelte';
import { AREAS } from './areas';
import { listMove, shortcutArea, shortcutDigit, shortcutDigits, shortcutIndex } from './keyboard';

function backend() {
  return mockBackend({
    year_list: () => yearList([2016]),
    kpis: () => KPIS_2016,
    gign_by_year: () => GIGN_YEARS,
    ssi_list: () => SSI_ROWS,
    activity_by_year: () => ACTIVITY,
    chart_svg: () => '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
    database_info: () => ({
      path: '/home/agent/.local/share/coopdesk/coopdesk.sqlite',
      backup_dir: '/home/agent/.local/share/coopdesk/backups',
      schema_version: 16,
      latest_version: 16,
    }),
    backups: () => [],
  });
}

const LABELS = [
  'Tableau de bord',
  'Réseau SSI',
  'Coopération technique',
  'Coopération opérationnelle',
  'Stages GIGN',
  'Stagiaires',
  'Partenaires',
  'Rapports',
  'Graphiques',
  'Journal',
  'Paramètres',
];

describe('Shell', () => {
  it('lists every area in French in a navigation list, dashboard first', async () => {
    backend();
    render(Shell);
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    const buttons = [...nav.querySelectorAll('li > button')];
    expect(buttons.map((b) => b.querySelector('.label')?.textContent)).toEqual(LABELS);
    expect(buttons[0].getAttribute('aria-current')).toBe('page');
    expect(screen.getByTestId('area-title').textContent).toBe('Tableau de bord');
    expect(await screen.findByTestId('kpi-ssi_count')).toBeTruthy();
  });

  it('switches area on click and on Alt+digit, and updates the header and the hash', async () => {
    backend();
    render(Shell);

    await fireEvent.click(screen.getByTestId('nav-ssi'));
    expect(screen.getByTestId('area-title').textContent).toBe('Réseau SSI');
    expect(await screen.findAllByTestId('ssi-row')).toHaveLength(4);
    expect(window.location.hash).toBe('#/ssi');

    await fireEvent.keyDown(window, { key: '&', code: 'Digit8', altKey: true });
    expect(screen.getByTestId('area-title').textContent).toBe('Rapports');
    expect(screen.getByTestId('nav-reports').getAttribute('aria-current')).toBe('page');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('area-title')));
    expect(await screen.findByTestId('report-form')).toBeTruthy();

    await fireEvent.keyDown(window, { key: '1', code: 'Digit1', ctrlKey: true, altKey: true });
    expect(screen.getByTestId('area-title').textContent).toBe('Rapports');

    await fireEvent.keyDown(window, { key: 'ç', code: 'Digit9', altKey: true });
    expect(screen.getByTestId('area-title').textContent).toBe('Graphiques');
    expect(window.location.hash).toBe('#/charts');
    expect(await screen.findByTestId('chart-pick')).toBeTruthy();

    await fireEvent.keyDown(window, { key: 'à', code: 'Digit0', altKey: true });
    expect(screen.getByTestId('area-title').textContent).toBe('Paramètres');
    expect(window.location.hash).toBe('#/settings');
    expect(await screen.findByTestId('backups-empty')).toBeTruthy();
  });

  it('shows each shortcut beside its area: Alt+1 … Alt+9, none for the journal, then Alt+0', () => {
    backend();
    render(Shell);
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    const buttons = [...nav.querySelectorAll('li > button')];
    expect(buttons.map((b) => b.getAttribute('aria-keyshortcuts'))).toEqual([
      'Alt+1',
      'Alt+2',
      'Alt+3',
      'Alt+4',
      'Alt+5',
      'Alt+6',
      'Alt+7',
      'Alt+8',
      'Alt+9',
      null,
      'Alt+0',
    ]);
    expect(screen.getByTestId('nav-journal').querySelector('kbd')).toBeNull();
    expect(buttons.at(-1)?.querySelector('kbd')?.textContent).toBe('Alt+0');
  });

  it('moves focus through the navigation with the arrow keys, wrapping around', async () => {
    backend();
    render(Shell);
    const first = screen.getByTestId('nav-dashboard');
    first.focus();
    await fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByTestId('nav-ssi'));
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(screen.getByTestId('nav-settings'));
    // Moving focus does not change the area; Enter/click does.
    expect(screen.getByTestId('area-title').textContent).toBe('Tableau de bord');
  });

  it('opens the area named in the hash', () => {
    backend();
    window.location.hash = '#/partners';
    render(Shell);
    expect(screen.getByTestId('area-title').textContent).toBe('Partenaires');
  });
});

describe('keyboard helpers', () => {
  const alt = (code: string, extra = {}) => ({
    altKey: true,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    code,
    ...extra,
  });

  it('maps Alt+1…Alt+9 and Alt+0 (top row or keypad) to the areas', () => {
    expect(shortcutIndex(alt('Digit1'), AREAS.length)).toBe(0);
    expect(shortcutIndex(alt('Numpad8'), AREAS.length)).toBe(7);
    expect(shortcutIndex(alt('Digit9'), AREAS.length)).toBe(8);
    expect(shortcutIndex(alt('Digit9'), 8)).toBeNull();
    expect(shortcutIndex(alt('Digit0'), AREAS.length)).toBe(9);
    expect(shortcutIndex(alt('Numpad0'), AREAS.length)).toBe(9);
    expect(shortcutIndex(alt('Digit0'), 9)).toBeNull();
    expect(shortcutIndex(alt('KeyA'), AREAS.length)).toBeNull();
    expect(shortcutIndex({ ...alt('Digit2'), altKey: false }, AREAS.length)).toBeNull();
  });

  it('moves in a list with wrap-around, Home and End', () => {
    expect(listMove('ArrowDown', 7, 8)).toBe(0);
    expect(listMove('ArrowUp', 0, 8)).toBe(7);
    expect(listMove('Home', 5, 8)).toBe(0);
    expect(listMove('End', 2, 8)).toBe(7);
    expect(listMove('a', 2, 8)).toBeNull();
  });

  it('skips the areas without a shortcut: the digits go on after them', () => {
    const areas = [{}, { shortcut: false }, {}];
    expect(shortcutDigits(areas)).toEqual([1, null, 2]);
    expect(shortcutArea(alt('Digit2'), areas)).toBe(2);
    expect(shortcutArea(alt('Digit3'), areas)).toBeNull();
    expect(shortcutDigits(AREAS).filter((d) => d !== null)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 0]);
    expect(shortcutArea(alt('Digit0'), AREAS)).toBe(AREAS.findIndex((a) => a.id === 'settings'));
  });

  it('gives the first ten areas a digit and none after', () => {
    expect(shortcutDigit(0)).toBe(1);
    expect(shortcutDigit(8)).toBe(9);
    expect(shortcutDigit(9)).toBe(0);
    expect(shortcutDigit(10)).toBeNull();
  });
});
