import type { Country } from './generated/bindings';
import { foldForSearch } from './format';

/**
 * Countries whose French name matches what the user typed, accent- and
 * case-insensitive: names starting with it first, then names containing it,
 * then an exact ISO code. `exclude` holds alpha-2 codes to leave out.
 */
export function searchCountries(
  countries: readonly Country[],
  text: string,
  exclude: ReadonlySet<string> = new Set(),
  limit = 10,
): Country[] {
  const needle = foldForSearch(text.trim());
  if (!needle) return [];
  const starts: Country[] = [];
  const contains: Country[] = [];
  for (const c of countries) {
    if (exclude.has(c.alpha2)) continue;
    const name = foldForSearch(c.name_fr);
    if (name.startsWith(needle)) starts.push(c);
    else if (name.includes(needle) || c.alpha2.toLowerCase() === needle) contains.push(c);
  }
  return [...starts, ...contains].slice(0, limit);
}
