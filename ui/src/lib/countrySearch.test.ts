import { describe, expect, it } from 'vitest';
import type { Country } from './generated/bindings';
import { searchCountries } from './countrySearch';

const c = (alpha2: string, name_fr: string): Country => ({
  alpha2,
  alpha3: '',
  name_fr,
  name_en: '',
  continent: 'africa',
});
const ALL = [
  c('SN', 'Sénégal'),
  c('SE', 'Suède'),
  c('CI', "Côte d'Ivoire"),
  c('ZA', 'Afrique du Sud'),
  c('CF', 'République centrafricaine'),
];

describe('searchCountries', () => {
  it('finds by French name without accents, prefix matches first', () => {
    expect(searchCountries(ALL, 'senegal').map((x) => x.alpha2)).toEqual(['SN']);
    expect(searchCountries(ALL, 'afri').map((x) => x.alpha2)).toEqual(['ZA', 'CF']);
    expect(searchCountries(ALL, 'COTE').map((x) => x.alpha2)).toEqual(['CI']);
  });

  it('matches an ISO code, excludes and limits', () => {
    expect(searchCountries(ALL, 'se').map((x) => x.alpha2)).toEqual(['SN', 'SE']);
    expect(searchCountries(ALL, 'su', new Set(['SE'])).map((x) => x.alpha2)).toEqual(['ZA']);
    expect(searchCountries(ALL, '')).toEqual([]);
    expect(searchCountries(ALL, 'e', new Set(), 2)).toHaveLength(2);
  });
});
