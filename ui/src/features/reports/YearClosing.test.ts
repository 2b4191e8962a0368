import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { YearState } from '$lib/generated/bindings';
import ConfirmHost from '$lib/components/ConfirmHost.svelte';
import { mockBackend, type Handler } from '../../test/fixtures';
import YearClosing from './YearClosing.svelte';
import { closedState, yearStateText } from './closing';

const CLOSED_2016: YearState = {
  year: 2016,
  closed: true,
  closed_at: '2026-12-01T23:30:00Z',
  closed_by: 'dupont',
  reason: '',
};
const REOPENED_2015: YearState = { ...CLOSED_2016, year: 2015, closed: false, reason: 'Erreur de saisie' };

/** The core's closed years, changed by year_close and year_reopen as the core would. */
function backend(start: YearState[], extra: Record<string, Handler> = {}) {
  let states = start;
  return mockBackend({
    years_closed: () => states,
    year_close: ({ year }) => {
      const state = { ...CLOSED_2016, year: year as number, closed_by: 'agent' };
      states = [state, ...states.filter((s) => s.year !== year)];
      return state;
    },
    year_reopen: ({ year, reason }) => {
      if (!(reason as string).trim()) {
        throw { code: 'INVALID_INPUT', message: 'Ce champ est obligatoire.', field: 'reason' };
      }
      states = states.map((s) => (s.year === year ? { ...s, closed: false, reason: reason as string } : s));
      return states.find((s) => s.year === year);
    },
    ...extra,
  });
}

const stateText = async () => (await screen.findByTestId('year-state')).textContent?.trim();

describe('closing', () => {
  it('tells a closed year from an open or reopened one', () => {
    expect(closedState([CLOSED_2016, REOPENED_2015], 2016)).toBe(CLOSED_2016);
    expect(closedState([CLOSED_2016, REOPENED_2015], 2015)).toBeNull();
    expect(closedState([], 2014)).toBeNull();
    expect(yearStateText(2016, null)).toBe("L'année 2016 est ouverte.");
    expect(yearStateText(2016, { ...CLOSED_2016, closed_by: '' })).toContain('(par —)');
  });
});

describe('YearClosing', () => {
  it('says a year never closed, or reopened, is open', async () => {
    const calls = backend([REOPENED_2015]);
    const { rerender } = render(YearClosing, { year: 2016 });
    expect(await stateText()).toBe("L'année 2016 est ouverte.");
    expect(screen.getByTestId('year-close').textContent?.trim()).toBe("Clôturer l'année 2016");
    expect(screen.queryByTestId('year-reopen')).toBeNull();
    await rerender({ year: 2015 });
    expect(await stateText()).toBe("L'année 2015 est ouverte.");
    expect(calls.map((c) => c.cmd)).toEqual(['years_closed']);
  });

  it('says when and by whom a closed year was closed (the UTC day)', async () => {
    backend([CLOSED_2016]);
    render(YearClosing, { year: 2016 });
    expect(await stateText()).toBe(
      "L'année 2016 est clôturée depuis le 01/12/2026 (par dupont) : ses actions, affaires et inscriptions ne peuvent plus être modifiées.",
    );
    expect(screen.getByTestId('year-state').getAttribute('data-closed')).toBe('true');
    expect(screen.getByTestId('year-reopen').textContent?.trim()).toBe("Rouvrir l'année…");
    expect(screen.queryByTestId('year-close')).toBeNull();
  });

  it('closes the year once confirmed, then reads the closed years again', async () => {
    const calls = backend([]);
    const changed: number[] = [];
    render(ConfirmHost);
    render(YearClosing, { year: 2016, onchange: (y: number) => changed.push(y) });
    await stateText();

    await fireEvent.click(screen.getByTestId('year-close'));
    expect(screen.getByTestId('confirm-message').textContent).toBe(
      "Clôturer l'année 2016 ? Son rapport annuel sera figé et plus aucune action, affaire ou inscription de 2016 ne pourra être créée, modifiée ou supprimée, ici, en ligne de commande ou par import.",
    );
    expect(screen.getByTestId('confirm-ok').textContent?.trim()).toBe('Clôturer');
    await fireEvent.click(screen.getByTestId('confirm-cancel'));
    await waitFor(() => expect(screen.queryByTestId('confirm-dialog')).toBeNull());
    expect(calls.some((c) => c.cmd === 'year_close')).toBe(false);

    await fireEvent.click(screen.getByTestId('year-close'));
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(screen.getByTestId('year-state').getAttribute('data-closed')).toBe('true'));
    expect(calls.filter((c) => c.cmd === 'year_close').map((c) => c.args)).toEqual([{ year: 2016 }]);
    expect(calls.filter((c) => c.cmd === 'years_closed')).toHaveLength(2);
    expect(screen.getByTestId('year-state').textContent).toContain('(par agent)');
    expect(changed).toEqual([2016]);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('year-reopen')));
  });

  it('shows a refusal of the core when closing in a banner', async () => {
    backend([], {
      year_close: () => {
        throw { code: 'CONFLICT', message: "L'année 2016 est déjà clôturée.", field: 'year' };
      },
    });
    render(ConfirmHost);
    render(YearClosing, { year: 2016 });
    await stateText();
    await fireEvent.click(screen.getByTestId('year-close'));
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('error-message')).textContent).toBe("L'année 2016 est déjà clôturée.");
    expect(screen.getByTestId('year-state').getAttribute('data-closed')).toBe('false');
  });

  it('reopens only with a reason: the core’s refusal shows at the field, then the reason is sent', async () => {
    const calls = backend([CLOSED_2016]);
    const changed: number[] = [];
    render(YearClosing, { year: 2016, onchange: (y: number) => changed.push(y) });
    await stateText();

    await fireEvent.click(screen.getByTestId('year-reopen'));
    const reason = (await screen.findByTestId('year-reopen-reason')) as HTMLTextAreaElement;
    expect(document.activeElement).toBe(reason);
    expect(reason.closest('label')?.textContent).toContain('Motif de la réouverture (obligatoire)');
    expect(screen.getByTestId('year-reopen-submit').textContent?.trim()).toBe('Rouvrir');

    await fireEvent.click(screen.getByTestId('year-reopen-submit'));
    expect((await screen.findByTestId('year-reopen-error')).textContent).toBe('Ce champ est obligatoire.');
    expect(calls.filter((c) => c.cmd === 'year_reopen').map((c) => c.args)).toEqual([{ year: 2016, reason: '' }]);
    expect(screen.getByTestId('year-reopen-dialog')).toBeTruthy();
    expect(screen.queryByTestId('error-banner')).toBeNull();
    expect(changed).toEqual([]);

    await fireEvent.input(reason, { target: { value: 'Rectification demandée par la DCI' } });
    await fireEvent.click(screen.getByTestId('year-reopen-submit'));
    await waitFor(() => expect(screen.queryByTestId('year-reopen-dialog')).toBeNull());
    expect(calls.filter((c) => c.cmd === 'year_reopen').at(-1)?.args).toEqual({
      year: 2016,
      reason: 'Rectification demandée par la DCI',
    });
    expect(await stateText()).toBe("L'année 2016 est ouverte.");
    expect(changed).toEqual([2016]);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('year-close')));
  });

  it('shows a refusal that names no reason in a banner, and cancel leaves the year closed', async () => {
    const calls = backend([CLOSED_2016], {
      year_reopen: () => {
        throw { code: 'CONFLICT', message: "L'année 2016 n'est pas clôturée.", field: 'year' };
      },
    });
    render(YearClosing, { year: 2016 });
    await stateText();
    await fireEvent.click(screen.getByTestId('year-reopen'));
    await fireEvent.input(screen.getByTestId('year-reopen-reason'), { target: { value: 'Erreur' } });
    await fireEvent.click(screen.getByTestId('year-reopen-submit'));
    const dialog = screen.getByTestId('year-reopen-dialog');
    await waitFor(() =>
      expect(dialog.querySelector('[data-testid="error-message"]')?.textContent).toBe(
        "L'année 2016 n'est pas clôturée.",
      ),
    );
    expect(screen.queryByTestId('year-reopen-error')).toBeNull();

    await fireEvent.click(screen.getByTestId('year-reopen-cancel'));
    expect(screen.queryByTestId('year-reopen-dialog')).toBeNull();
    expect(screen.getByTestId('year-state').getAttribute('data-closed')).toBe('true');
    expect(calls.filter((c) => c.cmd === 'years_closed')).toHaveLength(1);
  });
});
