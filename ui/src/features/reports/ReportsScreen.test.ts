import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import ConfirmHost from '$lib/components/ConfirmHost.svelte';
import { ACTIVITY, mockBackend, yearList } from '../../test/fixtures';
import ReportsScreen from './ReportsScreen.svelte';
import { emptyForm } from './form';
import { reports } from './store.svelte';

const page = '<svg viewBox="0 0 595.2756 841.8898" width="595.2756pt" height="841.8898pt"></svg>';

describe('Rapports screen', () => {
  let made = 0;
  beforeEach(() => {
    Object.assign(reports, { tab: 'documents', shown: null });
    Object.assign(reports.form, emptyForm());
    made = 0;
    URL.createObjectURL = () => `blob:page-${++made}`;
    URL.revokeObjectURL = () => {};
  });

  it('previews the annual report of the latest full year', async () => {
    const thisYear = new Date().getFullYear();
    const calls = mockBackend({
      // The core opens reports on the last full year.
      year_list: () => yearList([2015, 2016, thisYear], { last_full: 2016 }),
      years_closed: () => [],
      document_preview: () => ({ pages: [page, page, page], certificates_issued: null }),
    });
    render(ReportsScreen);
    expect(screen.getByTestId('report-empty')).toBeTruthy();
    const year = (await screen.findByTestId('report-year')) as HTMLSelectElement;
    await expect.poll(() => year.selectedOptions[0]?.textContent).toBe('2016');
    await fireEvent.click(screen.getByTestId('report-preview'));
    expect(await screen.findAllByTestId('document-page')).toHaveLength(3);
    const asked = calls.find((c) => c.cmd === 'document_preview');
    expect(asked?.args).toEqual({ request: { kind: 'annual_report', year: 2016 } });
  });

  it('asks for a country before laying out a country sheet', async () => {
    const calls = mockBackend({
      year_list: () => yearList([2016]),
      years_closed: () => [],
      all_countries: () => [],
      countries: () => [],
    });
    render(ReportsScreen);
    await fireEvent.click(screen.getByTestId('report-kind-country_sheet'));
    expect(screen.queryByTestId('report-year')).toBeNull();
    await fireEvent.click(screen.getByTestId('report-preview'));
    expect((await screen.findByTestId('report-problem')).textContent).toBe('Choisissez le pays de la fiche.');
    expect(calls.some((c) => c.cmd === 'document_preview')).toBe(false);
  });

  it('sends the country and period the user chose', async () => {
    const calls = mockBackend({
      year_list: () => yearList([2012, 2016]),
      years_closed: () => [],
      document_preview: () => ({ pages: [page], certificates_issued: null }),
    });
    Object.assign(reports.form, { kind: 'country_sheet', country: 'SN', from: 2016, to: 2012 });
    render(ReportsScreen);
    await fireEvent.click(screen.getByTestId('report-preview'));
    expect((await screen.findByTestId('report-problem')).textContent).toBe(
      "L'année de début doit précéder l'année de fin.",
    );
    reports.form.to = null;
    await fireEvent.click(screen.getByTestId('report-preview'));
    await screen.findAllByTestId('document-page');
    const asked = calls.find((c) => c.cmd === 'document_preview');
    expect(asked?.args).toEqual({ request: { kind: 'country_sheet', country: 'SN', from: 2016, to: null } });
  });

  it('keeps the yearly activity table in its own tab', async () => {
    mockBackend({ year_list: () => yearList([2016]), years_closed: () => [], activity_by_year: () => ACTIVITY });
    render(ReportsScreen);
    await fireEvent.click(screen.getByTestId('tab-activity'));
    expect(await screen.findAllByTestId('year-row')).toHaveLength(2);
  });

  it('says where the chosen year of the annual report stands, and only for the annual report', async () => {
    mockBackend({
      year_list: () => yearList([2015, 2016]),
      years_closed: () => [
        { year: 2015, closed: true, closed_at: '2016-02-01T10:00:00Z', closed_by: 'dupont', reason: '' },
      ],
    });
    Object.assign(reports.form, { year: 2016 });
    render(ReportsScreen);
    await waitFor(() => expect(screen.getByTestId('year-state').textContent?.trim()).toBe("L'année 2016 est ouverte."));
    await fireEvent.change(screen.getByTestId('report-year'), { target: { value: '2015' } });
    await waitFor(() => expect(screen.getByTestId('year-state').getAttribute('data-closed')).toBe('true'));
    expect(screen.getByTestId('year-state').textContent).toContain('depuis le 01/02/2016 (par dupont)');
    await fireEvent.click(screen.getByTestId('report-kind-country_sheet'));
    expect(screen.queryByTestId('year-closing')).toBeNull();
  });

  it('lays the shown annual report out again once its year is closed', async () => {
    let closed = false;
    const calls = mockBackend({
      year_list: () => yearList([2016]),
      years_closed: () =>
        closed ? [{ year: 2016, closed: true, closed_at: '2026-12-01T10:00:00Z', closed_by: 'agent', reason: '' }] : [],
      year_close: () => {
        closed = true;
        return { year: 2016, closed: true, closed_at: '2026-12-01T10:00:00Z', closed_by: 'agent', reason: '' };
      },
      document_preview: () => ({ pages: [page], certificates_issued: null }),
    });
    Object.assign(reports.form, { year: 2016 });
    render(ConfirmHost);
    render(ReportsScreen);
    await fireEvent.click(screen.getByTestId('report-preview'));
    await screen.findAllByTestId('document-page');
    const previews = () => calls.filter((c) => c.cmd === 'document_preview').length;
    expect(previews()).toBe(1);
    await fireEvent.click(await screen.findByTestId('year-close'));
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(previews()).toBe(2));
    expect(screen.getByTestId('year-state').getAttribute('data-closed')).toBe('true');
  });
});
