import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FluentResource } from '@fluent/bundle';
import { afterEach, describe, expect, it } from 'vitest';
import { sources } from './catalog';
import { setLocale, t } from '.';

const SRC = join(__dirname, '..', '..');

function ids(text: string): string[] {
  return new FluentResource(text).body.map((entry) => entry.id);
}

function uiIds(locale: 'fr' | 'en'): string[] {
  const ui = sources(locale).find(([name]) => name === 'ui.ftl');
  if (!ui) throw new Error(`no ${locale}/ui.ftl`);
  return ids(ui[1]);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

afterEach(() => setLocale('fr'));

describe('Fluent catalogues', () => {
  it('loads ui.ftl first for both languages', () => {
    expect(sources('fr')[0][0]).toBe('ui.ftl');
    expect(sources('en')[0][0]).toBe('ui.ftl');
  });

  it('has the same keys in French and English', () => {
    expect([...uiIds('en')].sort()).toEqual([...uiIds('fr')].sort());
  });

  it('has no id defined twice across the files of one language', () => {
    for (const locale of ['fr', 'en'] as const) {
      const all = sources(locale).flatMap(([, text]) => ids(text));
      expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
    }
  });

  it('defines every literal id the code passes to t()', () => {
    const known = new Set(uiIds('fr'));
    const used = new Set<string>();
    for (const file of walk(SRC).filter((f) => /\.(svelte|ts)$/.test(f) && !f.includes('.test.'))) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/\bt\(\s*'([a-z0-9_-]+)'/g)) used.add(m[1]);
      // Ids held in tables (labels, intros, hints) are written as quoted Fluent-like ids.
      for (const m of code.matchAll(/'((?:nav|ssi|activity|dashboard|banner)-[a-z0-9_-]+)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((id) => !known.has(id))).toEqual([]);
  });
});

describe('t()', () => {
  it('translates in French by default, with arguments and no isolation marks', () => {
    expect(t('nav-ssi')).toBe('Réseau SSI');
    expect(t('dashboard-cell-founded', { date: '01/09/2007' })).toBe(
      'Cellule relations internationales du GIGN créée le 01/09/2007',
    );
  });

  it('switches to English', () => {
    setLocale('en');
    expect(t('nav-ssi')).toBe('SSI network');
    expect(t('ssi-count-label', { count: 2 })).toBe('SSIs');
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows the id of a missing message', () => {
    const log = console.error;
    console.error = () => {};
    try {
      expect(t('does-not-exist')).toBe('does-not-exist');
    } finally {
      console.error = log;
    }
  });
});
