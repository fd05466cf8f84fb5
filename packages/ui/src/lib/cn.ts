/**
 * Joins class names, skipping empty values: `cn('a', false, undefined, 'b')` → `'a b'`.
 * EstateKit's own classes carry the `ek:` prefix, so a consumer's classes never collide with
 * them and no merging of conflicting utilities is needed.
 */
export function cn(...classes: ReadonlyArray<string | false | null | undefined>): string {
  return classes.filter(Boolean).join(' ');
}
