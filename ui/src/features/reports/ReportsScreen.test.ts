import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { ACTIVITY, mockBackend } from '../../test/fixtures';
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
      data_years: () => [2015, 2016, thisYear],
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
      data_years: () => [2016],
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
      data_years: () => [2012, 2016],
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
    mockBackend({ data_years: () => [2016], activity_by_year: () => ACTIVITY });
    render(ReportsScreen);
    await fireEvent.click(screen.getByTestId('tab-activity'));
    expect(await screen.findAllByTestId('year-row')).toHaveLength(2);
  });
});
