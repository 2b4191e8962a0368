/**
 * How strong a new passphrase looks, for the indicator under the field. A rough guide, not a
 * rule: the core alone refuses a passphrase (shorter than its minimum). Length counts most;
 * a short one is helped by mixing kinds of characters.
 */
export type Strength = 'short' | 'acceptable' | 'solid';

/** At this length a passphrase is solid whatever its characters. */
export const SOLID_LENGTH = 16;

/** The Fluent id of each level's label. */
export const STRENGTH_LABELS: Record<Strength, string> = {
  short: 'passphrase-strength-short',
  acceptable: 'passphrase-strength-acceptable',
  solid: 'passphrase-strength-solid',
};

/** How many of lower case, upper case, digits and other characters (spaces, signs) it uses. */
export function characterClasses(passphrase: string): number {
  const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{Ll}\p{Lu}\p{N}]/u];
  return classes.filter((re) => re.test(passphrase)).length;
}

/** Counted as the core counts (characters, not UTF-16 units). */
export function length(passphrase: string): number {
  return [...passphrase].length;
}

export function strength(passphrase: string, minLength: number): Strength {
  const n = length(passphrase);
  if (n < minLength) return 'short';
  if (n < SOLID_LENGTH && characterClasses(passphrase) < 3) return 'acceptable';
  return 'solid';
}
