import { describe, expect, it, vi } from 'vitest';
import { confirmState, settle } from './confirm.svelte';
import { createForm, loadForm } from './form.svelte';
import { invalid } from './formErrors';
import { hasUnsaved } from './leave';

interface Values {
  title: string;
  count: string;
  tags: string[];
}

const blank = (): Values => ({ title: '', count: '0', tags: [] });
const FIELDS = ['title', 'count', 'tags', 'cost'];

/** A promise the test resolves or rejects when it wants. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('form state', () => {
  it('is clean as loaded, dirty after an edit, clean again when the edit is undone', () => {
    const form = createForm(blank(), { fields: FIELDS, submit: async () => 1 });
    expect(form.dirty).toBe(false);
    form.values.title = 'Séminaire';
    expect(form.dirty).toBe(true);
    form.values.title = '';
    expect(form.dirty).toBe(false);
    form.values.tags.push('a');
    expect(form.dirty).toBe(true);
  });

  it('sends what the client-side step built, then is clean and hands the result on', async () => {
    const submit = vi.fn(async (input: { title: string; count: number }) => input.count * 2);
    const onsaved = vi.fn();
    const form = createForm(blank(), {
      fields: FIELDS,
      build: (v) => ({ input: { title: v.title.trim(), count: Number(v.count) } }),
      submit,
      onsaved,
    });
    form.values.title = ' Séminaire ';
    form.values.count = '21';
    expect(await form.save()).toBe(true);
    expect(submit).toHaveBeenCalledWith({ title: 'Séminaire', count: 21 }, form.values);
    expect(onsaved).toHaveBeenCalledWith(42);
    expect(form.dirty).toBe(false);
    expect(form.errors).toEqual({ fields: {}, general: null });
    form.values.count = '22';
    expect(form.dirty).toBe(true);
  });

  it('puts a coded error of the core next to the field it names, and stays dirty', async () => {
    const onsaved = vi.fn();
    const form = createForm(blank(), {
      fields: FIELDS,
      aliases: { cost_cents: 'cost' },
      submit: async () => {
        throw { code: 'INVALID_INPUT', message: 'Le titre est obligatoire.', field: 'title' };
      },
      onsaved,
    });
    form.values.count = '3';
    expect(await form.save()).toBe(false);
    expect(form.errors).toEqual({ fields: { title: 'Le titre est obligatoire.' }, general: null });
    expect(onsaved).not.toHaveBeenCalled();
    expect(form.dirty).toBe(true);
    expect(form.saving).toBe(false);
  });

  it('maps the core field names through the aliases, and shows above the form an error naming no field', async () => {
    const errors = [
      { code: 'INVALID_INPUT', message: 'Montant négatif', field: 'cost_cents' },
      { code: 'CONFLICT', message: 'Référence déjà prise', field: null },
    ];
    const form = createForm(blank(), {
      fields: FIELDS,
      aliases: { cost_cents: 'cost' },
      submit: async () => {
        throw errors.shift();
      },
    });
    await form.save();
    expect(form.errors).toEqual({ fields: { cost: 'Montant négatif' }, general: null });
    await form.save();
    expect(form.errors).toEqual({ fields: {}, general: 'Référence déjà prise' });
  });

  it('is saving while the core answers, and does not send twice meanwhile', async () => {
    const answer = deferred<number>();
    const submit = vi.fn(() => answer.promise);
    const form = createForm(blank(), { fields: FIELDS, submit });
    expect(form.saving).toBe(false);
    const first = form.save();
    expect(form.saving).toBe(true);
    expect(await form.save()).toBe(false);
    expect(submit).toHaveBeenCalledTimes(1);
    answer.resolve(7);
    expect(await first).toBe(true);
    expect(form.saving).toBe(false);
  });

  it('is no longer saving after a refusal of the core', async () => {
    const answer = deferred<number>();
    const form = createForm(blank(), { fields: FIELDS, submit: () => answer.promise });
    const saved = form.save();
    expect(form.saving).toBe(true);
    answer.reject({ code: 'INVALID_INPUT', message: 'Nombre invalide', field: 'count' });
    expect(await saved).toBe(false);
    expect(form.saving).toBe(false);
    expect(form.errors.fields).toEqual({ count: 'Nombre invalide' });
  });

  it('does not call the core when the client-side step refuses, and shows its errors', async () => {
    const submit = vi.fn(async () => 1);
    const form = createForm(blank(), {
      fields: FIELDS,
      build: (v) => (/^\d+$/.test(v.count) ? { input: v } : invalid({ count: 'Pas un nombre' })),
      submit,
    });
    form.values.count = 'douze';
    expect(await form.save()).toBe(false);
    expect(submit).not.toHaveBeenCalled();
    expect(form.saving).toBe(false);
    expect(form.errors).toEqual({ fields: { count: 'Pas un nombre' }, general: null });
    expect(form.dirty).toBe(true);

    form.values.count = '12';
    expect(await form.save()).toBe(true);
    expect(submit).toHaveBeenCalledTimes(1);
    expect(form.errors.fields).toEqual({});
  });

  it('has no values until they are loaded, then starts clean from them', async () => {
    const answer = deferred<Values>();
    const submit = vi.fn(async () => 1);
    const form = loadForm(() => answer.promise, { fields: FIELDS, submit });
    expect(form.values).toBeNull();
    expect(form.dirty).toBe(false);
    expect(await form.save()).toBe(false);
    expect(submit).not.toHaveBeenCalled();

    const loaded = form.load();
    answer.resolve({ title: 'Atelier', count: '4', tags: ['x'] });
    expect(await loaded).toEqual({ title: 'Atelier', count: '4', tags: ['x'] });
    expect(form.values).toEqual({ title: 'Atelier', count: '4', tags: ['x'] });
    expect(form.dirty).toBe(false);
    expect(form.loadError).toBeNull();
    form.values!.title = 'Atelier 2';
    expect(form.dirty).toBe(true);
  });

  it('keeps the error of loading', async () => {
    const form = loadForm<Values>(
      async () => {
        throw { code: 'NOT_FOUND', message: 'Action introuvable', field: null };
      },
      { fields: FIELDS, submit: async () => 1 },
    );
    expect(await form.load()).toBeUndefined();
    expect(form.values).toBeNull();
    expect(form.loadError?.code).toBe('NOT_FOUND');
    expect(form.loadError?.message).toBe('Action introuvable');
  });

  it('counts only touches when told so, until saved', async () => {
    const form = createForm(blank(), { fields: FIELDS, dirtyWhen: 'touched', submit: async () => 1 });
    form.values.title = 'changé';
    expect(form.dirty).toBe(false);
    form.touch();
    expect(form.dirty).toBe(true);
    await form.save();
    expect(form.dirty).toBe(false);
  });

  it('guards leaving while dirty, and asks before dropping the changes', async () => {
    const form = createForm(blank(), { fields: FIELDS, submit: async () => 1 });
    const remove = form.guard();
    expect(hasUnsaved()).toBe(false);
    expect(await form.confirmDiscard()).toBe(true);
    expect(confirmState.pending).toBeNull();

    form.values.title = 'brouillon';
    expect(hasUnsaved()).toBe(true);
    const refused = form.confirmDiscard();
    expect(confirmState.pending?.message).toBe("Des modifications n'ont pas été enregistrées. Les abandonner ?");
    settle(false);
    expect(await refused).toBe(false);
    const accepted = form.confirmDiscard();
    settle(true);
    expect(await accepted).toBe(true);

    remove();
    expect(hasUnsaved()).toBe(false);
  });
});
