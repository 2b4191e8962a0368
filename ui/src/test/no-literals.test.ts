import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';

/**
 * The i18n rule, enforced: a component's markup holds no words. Text nodes
 * and the human-readable attributes must come from t(); only punctuation,
 * symbols and expressions may appear literally.
 */
const SRC = join(__dirname, '..');
const HUMAN_ATTRIBUTES = new Set(['title', 'placeholder', 'alt', 'aria-label', 'label', 'aria-description']);
const WORD = /\p{L}/u;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

type Node = { type?: string; data?: string; name?: string; value?: unknown; [key: string]: unknown };

function literals(node: unknown, found: string[]): void {
  if (Array.isArray(node)) {
    for (const child of node) literals(child, found);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const n = node as Node;
  if (n.type === 'Text' && typeof n.data === 'string' && WORD.test(n.data)) {
    found.push(n.data.trim());
  }
  if (n.type === 'Attribute' && typeof n.name === 'string' && HUMAN_ATTRIBUTES.has(n.name)) {
    const parts = Array.isArray(n.value) ? n.value : [];
    for (const part of parts as Node[]) {
      if (part.type === 'Text' && typeof part.data === 'string' && WORD.test(part.data)) {
        found.push(`${n.name}="${part.data}"`);
      }
    }
    return;
  }
  if (n.type === 'Attribute') return;
  for (const [key, value] of Object.entries(n)) {
    if (key !== 'parent') literals(value, found);
  }
}

describe('no hard-coded text in components', () => {
  const files = walk(SRC).filter((f) => f.endsWith('.svelte'));

  it('finds the components', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [relative(SRC, f), f]))('%s', (_name, file) => {
    const ast = parse(readFileSync(file, 'utf8'), { modern: true });
    const found: string[] = [];
    literals(ast.fragment, found);
    expect(found).toEqual([]);
  });

  it('catches a literal when there is one', () => {
    const ast = parse('<p>Bonjour</p><input placeholder="Nom" />', { modern: true });
    const found: string[] = [];
    literals(ast.fragment, found);
    expect(found).toEqual(['Bonjour', 'placeholder="Nom"']);
  });
});
