import type { ThemeInput } from '../theme.types';
import { type ThemeWarning, themeWarningCodes } from '../theme-warning';
import { deprecatedTokenWarning } from '../token-renames';
import { dtcgTarget } from './dtcg-targets';
import { collectTokens, resolveAlias } from './dtcg-tree';

/** What {@link fromDesignTokens} read: a partial theme for `createTheme`, and its findings. */
export interface DesignTokensImport {
  partial: ThemeInput;
  warnings: ThemeWarning[];
}

/**
 * Reads a W3C Design Tokens Community Group (DTCG, Format Module 2025.10) document into a
 * partial theme that `createTheme` accepts.
 *
 * Layout: `color.light.<token>` and `color.dark.<token>` (colour tokens, e.g.
 * `color.light.primary`), `font.sans`, `font.mono` (fontFamily), `font.size` (dimension),
 * `font.line-height` (number), `radius.sm|md|lg` and `space` (dimension, px or rem at 16px),
 * `density` (`"comfortable"` or `"compact"`). Groups may set `$type` for their tokens; values
 * may be `{group.token}` aliases, followed through chains. See `src/examples/*.tokens.json`.
 *
 * Never throws for bad tokens: a token EstateKit has no place for (and that no used token
 * aliases) gives `UNKNOWN_TOKEN`; a broken alias, wrong `$type` or out-of-range value gives
 * `UNREADABLE_TOKEN` and is left out; a renamed token name gives `DEPRECATED_TOKEN`.
 *
 * @param document the parsed JSON document.
 * @param options `{ name? }`: the theme name to set (DTCG has no document name).
 * @returns `{ partial, warnings }`.
 * @throws {TypeError} when `document` is not a JSON object.
 */
export function fromDesignTokens(
  document: unknown,
  options: { name?: string } = {},
): DesignTokensImport {
  const warnings: ThemeWarning[] = [];
  const tokens = collectTokens(document, warnings);
  const partial: Record<string, unknown> = options.name === undefined ? {} : { name: options.name };
  const used = new Set<string>();
  const unreadable = (path: string, why: string) =>
    warnings.push({
      code: themeWarningCodes.unreadableToken,
      path,
      message: `${path}: ${why}; ignored`,
    });

  for (const path of tokens.keys()) {
    const target = dtcgTarget(path);
    if (!target) continue;
    used.add(path);
    const resolved = resolveAlias(path, tokens, used);
    if ('error' in resolved) {
      unreadable(path, resolved.error);
      continue;
    }
    if (target.type && resolved.type && resolved.type !== target.type) {
      unreadable(path, `expected $type "${target.type}", got "${resolved.type}"`);
      continue;
    }
    const checked = target.schema.safeParse(target.read(resolved.value));
    if (!checked.success) {
      unreadable(path, checked.error.issues[0]?.message ?? 'unreadable value');
      continue;
    }
    if (target.renamed) {
      warnings.push(deprecatedTokenWarning(path, target.renamed.from, target.renamed.to));
    }
    assign(partial, target.at, checked.data);
  }

  for (const path of tokens.keys()) {
    if (used.has(path)) continue;
    const message = `${path}: EstateKit has no token for this and no used token aliases it; ignored`;
    warnings.push({ code: themeWarningCodes.unknownToken, path, message });
  }
  return { partial: partial as ThemeInput, warnings };
}

function assign(target: Record<string, unknown>, at: [string, string] | [string], value: unknown) {
  const [head, key] = at;
  if (key === undefined) {
    target[head] = value;
    return;
  }
  const group = (target[head] ?? {}) as Record<string, unknown>;
  group[key] = value;
  target[head] = group;
}
