import { describe, expect, it } from 'vitest';
import { confirmState, settle } from './confirm.svelte';
import { confirmLeave, guardUnsaved, hasUnsaved } from './leave';

describe('confirm before leaving', () => {
  it('lets the user leave without asking when nothing is unsaved', async () => {
    const remove = guardUnsaved(() => false);
    expect(await confirmLeave()).toBe(true);
    expect(confirmState.pending).toBeNull();
    remove();
  });

  it('asks when a form has changes, and follows the answer', async () => {
    let dirty = true;
    const remove = guardUnsaved(() => dirty);
    expect(hasUnsaved()).toBe(true);

    const refused = confirmLeave();
    expect(confirmState.pending?.message).toBe("Des modifications n'ont pas été enregistrées. Les abandonner ?");
    settle(false);
    expect(await refused).toBe(false);

    const accepted = confirmLeave();
    settle(true);
    expect(await accepted).toBe(true);

    dirty = false;
    expect(await confirmLeave()).toBe(true);
    remove();
    expect(hasUnsaved()).toBe(false);
  });
});
