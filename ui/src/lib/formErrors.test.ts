import { describe, expect, it } from 'vitest';
import { AppError } from './backend/ipc';
import { formErrors } from './formErrors';

const FIELDS = ['reference', 'end_date', 'participants', 'cost'];

describe('formErrors', () => {
  it('puts a core error next to the field it names', () => {
    const error = { code: 'INVALID_INPUT', message: 'La date de fin précède la date de début.', field: 'end_date' };
    expect(formErrors(error, FIELDS)).toEqual({
      fields: { end_date: 'La date de fin précède la date de début.' },
      general: null,
    });
  });

  it('maps a core field name through the aliases', () => {
    const error = new AppError('INVALID_INPUT', 'négatif', { field: 'cost_cents' });
    expect(formErrors(error, FIELDS, { cost_cents: 'cost' }).fields).toEqual({ cost: 'négatif' });
  });

  it('shows above the form an error that names no field of this form', () => {
    expect(formErrors({ code: 'CONFLICT', message: 'Déjà pris', field: null }, FIELDS)).toEqual({
      fields: {},
      general: 'Déjà pris',
    });
    expect(formErrors({ code: 'NOT_FOUND', message: 'SSI introuvable', field: 'id' }, FIELDS).general).toBe(
      'SSI introuvable',
    );
  });

  it('shows every field the core refused in one submission, each next to its field', () => {
    const error = {
      code: 'INVALID_INPUT',
      message: 'La date de fin précède la date de début.',
      field: 'end_date',
      fields: [
        { field: 'end_date', message: 'La date de fin précède la date de début.' },
        { field: 'cost_cents', message: 'Le montant ne peut pas être négatif (-1 500,00 €).' },
        { field: 'ssi_id', message: 'SSI introuvable.' },
      ],
    };
    expect(formErrors(error, FIELDS, { cost_cents: 'cost' })).toEqual({
      fields: {
        end_date: 'La date de fin précède la date de début.',
        cost: 'Le montant ne peut pas être négatif (-1 500,00 €).',
      },
      general: 'SSI introuvable.',
    });
  });
});
