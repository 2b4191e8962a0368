/**
 * One confirmation dialog for the whole application: `ask(message)` resolves to
 * true when the user confirms. The dialog itself is ConfirmHost, mounted once.
 */
export interface Pending {
  message: string;
  /** Fluent-translated label of the confirming button. */
  ok: string;
  resolve: (ok: boolean) => void;
}

export const confirmState = $state<{ pending: Pending | null }>({ pending: null });

export function ask(message: string, ok: string): Promise<boolean> {
  confirmState.pending?.resolve(false);
  return new Promise((resolve) => {
    confirmState.pending = { message, ok, resolve };
  });
}

export function settle(ok: boolean): void {
  const pending = confirmState.pending;
  confirmState.pending = null;
  pending?.resolve(ok);
}
