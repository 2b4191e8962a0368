import { describe, expect, it } from 'vitest';
import { characterClasses, length, strength } from './strength';

describe('strength', () => {
  it('is too short under the minimum, whatever the characters', () => {
    expect(strength('', 12)).toBe('short');
    expect(strength('Ab1!Ab1!Ab1', 12)).toBe('short');
  });

  it('is acceptable from the minimum while short and of fewer than three kinds', () => {
    expect(strength('abcdefghijkl', 12)).toBe('acceptable');
    expect(strength('abcdef123456', 12)).toBe('acceptable');
    expect(strength('abcdefghijklmno', 12)).toBe('acceptable');
  });

  it('is solid from 16 characters, or shorter with three kinds of characters', () => {
    expect(strength('abcdefghijklmnop', 12)).toBe('solid');
    expect(strength('demo-coopdesk-2016', 12)).toBe('solid');
    expect(strength('cheval pomme', 12)).toBe('acceptable');
    expect(strength('Cheval pomme', 12)).toBe('solid');
    expect(strength('abcdef-12345', 12)).toBe('solid');
  });

  it('follows the minimum it is given', () => {
    expect(strength('abcdefgh', 8)).toBe('acceptable');
    expect(strength('abcdefghijklmnop', 20)).toBe('short');
  });

  it('counts characters as the core does, not UTF-16 units', () => {
    expect(length('🔑🔑🔑🔑🔑🔑')).toBe(6);
    expect(strength('🔑🔑🔑🔑🔑🔑', 12)).toBe('short');
    expect(length('éléphant')).toBe(8);
  });

  it('tells the kinds of characters apart, accented letters included', () => {
    expect(characterClasses('')).toBe(0);
    expect(characterClasses('été')).toBe(1);
    expect(characterClasses('Été')).toBe(2);
    expect(characterClasses('Été 2016')).toBe(4);
  });
});
