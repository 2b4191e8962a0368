/** The location hash as state: "#/ssi/12" → area "ssi", rest "12". */
export const route = $state({ hash: typeof window === 'undefined' ? '' : window.location.hash });

export function parts(hash: string = route.hash): string[] {
  return hash.replace(/^#\/?/, '').split('/').filter(Boolean);
}

/** Goes to `hash` (replacing the history entry) and updates the state. */
export function navigate(hash: string): void {
  if (window.location.hash !== hash) history.replaceState(null, '', hash);
  route.hash = hash;
}

/** Follows hash changes made outside `navigate` (links, the user). */
export function followHash(): () => void {
  const onhash = () => (route.hash = window.location.hash);
  onhash();
  window.addEventListener('hashchange', onhash);
  return () => window.removeEventListener('hashchange', onhash);
}

/** The id of "#/<area>/<segment>/<id>", a link to one record of an area (the journal's), or null. */
export function linkedId(segment: string, hash: string = route.hash): number | null {
  const p = parts(hash);
  return p[1] === segment && /^\d+$/.test(p[2] ?? '') ? Number(p[2]) : null;
}
