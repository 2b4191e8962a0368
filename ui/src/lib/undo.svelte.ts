/**
 * The undo notice shown after a save or a delete: « Annuler » (or Ctrl+Z while it is shown)
 * asks the core to take back this desk's latest write on the record — the core refuses,
 * changing nothing, when the data changed since or the year is closed. One notice for the
 * whole application (UndoNotice, mounted once by the shell); a new offer replaces the last.
 */
import { call, toAppError, type AppError } from './backend/ipc';

/** How long the offer stays (ms): long enough to read it and change one's mind. */
export const OFFER_MS = 15000;

export interface UndoOffer {
  /** The record's kind as the journal names it (technical_action…) and its id. */
  kind: string;
  id: number;
  /** What was done, in French (« Action enregistrée. »). */
  message: string;
  /** Called once undone: the screen reloads what it shows. */
  onundone: () => void;
}

export const undoState = $state<{
  offer: UndoOffer | null;
  busy: boolean;
  done: string | null;
  error: AppError | null;
}>({ offer: null, busy: false, done: null, error: null });

let timer: ReturnType<typeof setTimeout> | undefined;

function expireIn(ms: number, clear: () => void) {
  clearTimeout(timer);
  timer = setTimeout(clear, ms);
}

export function offerUndo(offer: UndoOffer): void {
  undoState.offer = offer;
  undoState.done = null;
  undoState.error = null;
  expireIn(OFFER_MS, dismissUndo);
}

export function dismissUndo(): void {
  clearTimeout(timer);
  undoState.offer = null;
  undoState.done = null;
  undoState.error = null;
}

/** Undoes the offered write; resolves once the core answered. */
export async function undoNow(doneMessage: string): Promise<void> {
  const offer = undoState.offer;
  if (!offer || undoState.busy) return;
  undoState.busy = true;
  try {
    await call('undo', offer.kind, offer.id);
    undoState.offer = null;
    undoState.done = doneMessage;
    offer.onundone();
    expireIn(OFFER_MS / 3, dismissUndo);
  } catch (error) {
    undoState.offer = null;
    undoState.error = toAppError(error);
  } finally {
    undoState.busy = false;
  }
}

/** Ctrl+Z outside a text field (where it undoes typing) while an offer is shown. */
export function isUndoKey(
  event: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'key' | 'target'>,
): boolean {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return false;
  if (event.key.toLowerCase() !== 'z') return false;
  const target = event.target as HTMLElement | null;
  const tag = target?.tagName?.toLowerCase();
  return !(tag === 'input' || tag === 'textarea' || tag === 'select' || target?.isContentEditable);
}
