import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import DateInput from './DateInput.svelte';

describe('DateInput', () => {
  it('shows an ISO value as dd/mm/yyyy and hands ISO back for what the user types', async () => {
    const onchange = vi.fn();
    render(DateInput, { value: '2027-03-05', testid: 'd', onchange });
    const input = screen.getByTestId('d') as HTMLInputElement;
    expect(input.value).toBe('05/03/2027');
    expect(input.placeholder).toBe('jj/mm/aaaa');
    await userEvent.clear(input);
    await userEvent.type(input, '14/07/2027');
    expect(onchange).toHaveBeenLastCalledWith('2027-07-14');
    expect(screen.queryByTestId('d-error')).toBeNull();
  });

  it('accepts ISO and says in French when the text is not a date', async () => {
    const onchange = vi.fn();
    render(DateInput, { value: '', testid: 'd', onchange });
    const input = screen.getByTestId('d');
    await userEvent.type(input, '31/02/2027');
    expect(screen.getByTestId('d-error').textContent).toBe('Date invalide (jj/mm/aaaa)');
    expect(onchange).not.toHaveBeenCalled();
    await userEvent.clear(input);
    await userEvent.type(input, '2027-02-28');
    expect(onchange).toHaveBeenLastCalledWith('2027-02-28');
    expect(screen.queryByTestId('d-error')).toBeNull();
  });
});
