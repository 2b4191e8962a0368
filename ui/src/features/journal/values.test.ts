import { describe, expect, it } from 'vitest';
import { plain } from '../../test/fixtures';
import { auditEntry } from '../../test/journal';
import { formatValue, kindOptions, recordTarget, stillExists, summary } from './values';

describe('formatValue', () => {
  it('shows strings unquoted, none as —, booleans as Oui / Non', () => {
    expect(formatValue('technical_action', 'title', '"Formation"')).toBe('Formation');
    expect(formatValue('technical_action', 'title', null)).toBe('—');
    expect(formatValue('technical_action', 'title', 'null')).toBe('—');
    expect(formatValue('technical_action', 'title', '""')).toBe('—');
    expect(formatValue('course', 'archived', 'true')).toBe('Oui');
    expect(formatValue('course', 'archived', '0')).toBe('Non');
    expect(formatValue('attendance', 'present', '1')).toBe('Oui');
  });

  it('shows ISO dates in French, cents as euros, counts grouped, years and ids as they are', () => {
    expect(formatValue('technical_action', 'start_date', '"2016-03-01"')).toBe('01/03/2016');
    expect(plain(formatValue('technical_action', 'cost_cents', '150050'))).toBe('1 500,50 €');
    expect(plain(formatValue('technical_action', 'participants', '1200'))).toBe('1 200');
    expect(formatValue('programme_budget', 'year', '2016')).toBe('2016');
    expect(formatValue('technical_action', 'ssi_id', '1234')).toBe('1234');
  });

  it('names the codes of a status or a channel with the screens’ words, and keeps others', () => {
    expect(formatValue('technical_action', 'status', '"done"')).toBe('réalisée');
    expect(formatValue('operational_case', 'channel', '"interpol"')).toBe('Interpol');
    expect(formatValue('enrolment', 'status', '"waiting"')).toBe("liste d'attente");
    expect(formatValue('request', 'status', '"received"')).toBe('received');
  });

  it('keeps a text that is not JSON as it is', () => {
    expect(formatValue('trainee', 'rank', 'Capitaine')).toBe('Capitaine');
  });
});

describe('summary and kinds', () => {
  const change = (label: string) => ({
    field: label,
    label,
    before: null,
    after: '1',
    before_text: null,
    after_text: null,
  });

  it('names one or two fields, counts more', () => {
    expect(summary([change('Intitulé'), change('Participants')])).toBe('Intitulé, Participants');
    expect(summary([change('A'), change('B'), change('C')])).toBe('3 champs');
  });

  it('offers every kind with its French name, in alphabetical order', () => {
    const options = kindOptions();
    expect(options).toHaveLength(27);
    expect(options.find((o) => o.value === 'ssi_coverage')?.label).toBe('Pays couvert par un SSI');
    const labels = options.map((o) => o.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'fr')));
  });
});

describe('recordTarget', () => {
  it('opens the six kinds that have a page, or the record a link belongs to', () => {
    expect(recordTarget(auditEntry(1))?.hash).toBe('#/technical/action/7');
    expect(recordTarget(auditEntry(1, { kind: 'ssi', record_id: 3 }))?.hash).toBe('#/ssi/3');
    expect(recordTarget(auditEntry(1, { kind: 'trainee', record_id: 4 }))?.hash).toBe('#/trainees/4');
    expect(recordTarget(auditEntry(1, { kind: 'session', record_id: 5 }))?.hash).toBe('#/courses/session/5');
    expect(recordTarget(auditEntry(1, { kind: 'programme', record_id: 6 }))?.hash).toBe('#/technical/programme/6');
    expect(recordTarget(auditEntry(1, { kind: 'operational_case', record_id: 8 }))?.hash).toBe('#/operational/case/8');
    const coverage = auditEntry(1, { kind: 'ssi_coverage', record_id: 40, parent_kind: 'ssi', parent_id: 3 });
    expect(recordTarget(coverage)).toEqual({ kind: 'ssi', id: 3, hash: '#/ssi/3' });
    expect(recordTarget(auditEntry(1, { kind: 'domain', record_id: 2 }))).toBeNull();
  });

  it('knows a record is gone when its last own entry deletes it', () => {
    const target = { kind: 'technical_action', id: 7, hash: '' };
    const created = auditEntry(1, { action: 'insert' });
    const deleted = auditEntry(2, { action: 'delete' });
    expect(stillExists(target, [created])).toBe(true);
    expect(stillExists(target, [created, deleted])).toBe(false);
    expect(stillExists(target, [])).toBe(true);
  });
});
