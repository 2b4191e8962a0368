import { describe, expect, it } from 'vitest';
import { KPIS_2016, mockBackend } from '../../test/fixtures';
import { AppError, call, hintFor, isRetryable, toAppError, unwrap } from './ipc';

describe('call', () => {
  it('passes the arguments and returns the unwrapped value', async () => {
    const calls = mockBackend({ kpis: () => KPIS_2016 });
    await expect(call('kpis', 2016)).resolves.toEqual(KPIS_2016);
    expect(calls).toEqual([{ cmd: 'kpis', args: { year: 2016 } }]);
  });

  it('turns a {code, message} rejection into an AppError with that code', async () => {
    mockBackend({
      kpis: () => {
        throw { code: 'DB_TOO_NEW', message: 'La base a été créée par une version plus récente.' };
      },
    });
    const error = await call('kpis', 2016).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'DB_TOO_NEW',
      message: 'La base a été créée par une version plus récente.',
    });
  });

  it('keeps the field at fault for forms', async () => {
    mockBackend({
      kpis: () => {
        throw { code: 'INVALID_INPUT', message: 'Année invalide : 1800.', field: 'year' };
      },
    });
    await expect(call('kpis', 1800)).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'year' });
  });

  it('keeps each error code', async () => {
    for (const code of ['INVALID_INPUT', 'NOT_FOUND', 'CONFLICT', 'DB_CORRUPT', 'DB_IO', 'DB_BUSY'] as const) {
      mockBackend({
        ssi_list: () => {
          throw { code, message: 'x' };
        },
      });
      await expect(call('ssiList')).rejects.toMatchObject({ code });
    }
  });

  it('maps an unknown rejection to INTERNAL with a French message', async () => {
    mockBackend({
      year_list: () => {
        throw 'command year_list not found';
      },
    });
    const error = (await call('yearList').catch((e: unknown) => e)) as AppError;
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toBe("Une erreur inattendue s'est produite.");
    expect(error.cause).toBe('command year_list not found');
  });

  it('says the service is not responding when there is no Tauri bridge', async () => {
    const error = (await call('yearList').catch((e: unknown) => e)) as AppError;
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toBe("Le service CoopDesk ne répond pas. Relancez l'application.");
  });
});

describe('unwrap and helpers', () => {
  it('unwraps ok and throws on error', () => {
    expect(unwrap({ status: 'ok', data: 3 })).toBe(3);
    expect(() => unwrap({ status: 'error', error: { code: 'CONFLICT', message: 'déjà pris' } })).toThrow('déjà pris');
  });

  it('does not trust a code it does not know', () => {
    expect(toAppError({ code: 'TEAPOT', message: 'non' }).code).toBe('INTERNAL');
  });

  it('decides retry and hints from the code only', () => {
    expect(isRetryable(new AppError('DB_IO', 'm'))).toBe(true);
    expect(isRetryable(new AppError('DB_BUSY', 'm'))).toBe(true);
    expect(isRetryable(new AppError('INVALID_INPUT', 'm'))).toBe(false);
    expect(hintFor(new AppError('DB_CORRUPT', 'm'))).toBe('banner-hint-db-corrupt');
    expect(hintFor(new AppError('DB_TOO_NEW', 'm'))).toBeNull();
    expect(hintFor(new AppError('NOT_FOUND', 'm'))).toBeNull();
  });
});
