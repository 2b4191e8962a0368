import { describe, expect, it } from 'vitest';
import { emptyForm, fileName, formProblem, toRequest, type ReportForm } from './form';

describe('reports form', () => {
  it('turns the form into the core request', () => {
    const annual: ReportForm = { ...emptyForm(), year: 2016 };
    expect(toRequest(annual)).toEqual({ kind: 'annual_report', year: 2016 });
    const sheet: ReportForm = { kind: 'country_sheet', year: 2016, country: 'SN', from: 2012, to: null };
    expect(toRequest(sheet)).toEqual({ kind: 'country_sheet', country: 'SN', from: 2012, to: null });
  });

  it('says what is missing before asking the core', () => {
    expect(formProblem({ ...emptyForm(), year: null })).toBe('reports-need-year');
    const sheet: ReportForm = { kind: 'country_sheet', year: null, country: null, from: null, to: null };
    expect(formProblem(sheet)).toBe('reports-need-country');
    expect(toRequest(sheet)).toBeNull();
    expect(formProblem({ ...sheet, country: 'SN', from: 2016, to: 2012 })).toBe('reports-bad-period');
    expect(formProblem({ ...sheet, country: 'SN', from: 2016, to: 2016 })).toBeNull();
    // The annual report ignores the country fields.
    expect(formProblem({ ...sheet, kind: 'annual_report', year: 2016 })).toBeNull();
  });

  it('suggests a file name that says what the file holds', () => {
    expect(fileName({ kind: 'annual_report', year: 2016 })).toBe('rapport-annuel-2016.pdf');
    expect(fileName({ kind: 'country_sheet', country: 'SN', from: 2012, to: 2016 })).toBe(
      'fiche-pays-SN-2012-2016.pdf',
    );
    expect(fileName({ kind: 'country_sheet', country: 'CI', from: null, to: null })).toBe('fiche-pays-CI.pdf');
  });
});
