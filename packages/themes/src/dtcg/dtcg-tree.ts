import { type ThemeWarning, themeWarningCodes } from '../theme-warning';

/** One design token: its (possibly aliased) `$value` and its own or inherited `$type`. */
export interface DtcgToken {
  value: unknown;
  type: string | undefined;
}

/**
 * Flattens a DTCG document into tokens keyed by dotted path (`color.light.primary`).
 * Groups pass their `$type` down; `$`-prefixed group properties are metadata and skipped.
 * Children that are neither a token nor a group get a warning.
 * @throws {TypeError} when the document is not a JSON object.
 */
export function collectTokens(document: unknown, warnings: ThemeWarning[]): Map<string, DtcgToken> {
  if (!isObject(document)) {
    throw new TypeError('fromDesignTokens: expected a DTCG JSON object (already parsed)');
  }
  const tokens = new Map<string, DtcgToken>();
  const walk = (group: Record<string, unknown>, path: string[], inherited?: string) => {
    const type = typeof group.$type === 'string' ? group.$type : inherited;
    for (const [key, node] of Object.entries(group)) {
      if (key.startsWith('$')) continue;
      const at = [...path, key];
      if (isObject(node) && '$value' in node) {
        const own = typeof node.$type === 'string' ? node.$type : type;
        tokens.set(at.join('.'), { value: node.$value, type: own });
      } else if (isObject(node)) {
        walk(node, at, type);
      } else {
        warnings.push({
          code: themeWarningCodes.unreadableToken,
          path: at.join('.'),
          message: `${at.join('.')}: neither a token (no $value) nor a group; ignored`,
        });
      }
    }
  };
  walk(document, []);
  return tokens;
}

const aliasPattern = /^\{([^{}]+)\}$/;

/**
 * Follows `{group.token}` aliases until a literal value, marking each visited path in `used`.
 * The first token's own `$type` wins over the type of what it points to.
 * @returns the literal value and type, or an `error` (missing target, circular chain).
 */
export function resolveAlias(
  path: string,
  tokens: Map<string, DtcgToken>,
  used: Set<string>,
): DtcgToken | { error: string } {
  const start = tokens.get(path);
  if (!start) return { error: `${path}: no such token` };
  let { value, type } = start;
  const chain = [path];
  let match = typeof value === 'string' ? aliasPattern.exec(value) : null;
  while (match) {
    const target = match[1]!;
    if (chain.includes(target)) {
      return { error: `circular alias ${[...chain, target].join(' → ')}` };
    }
    const next = tokens.get(target);
    if (!next) return { error: `alias {${target}} points to no token` };
    chain.push(target);
    used.add(target);
    value = next.value;
    type ??= next.type;
    match = typeof value === 'string' ? aliasPattern.exec(value) : null;
  }
  return { value, type };
}

/** A plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
