/** A CSS statement: an at-rule or style rule with its prelude and, for blocks, its children. */
export interface CssNode {
  prelude: string;
  children: CssNode[] | null;
  /** Declarations text of a style rule or keyframe (not parsed further). */
  body: string;
}

/**
 * A small CSS block parser for checking our compiled stylesheet (comments stripped, strings
 * not special-cased: fine for Tailwind's output). At-rules that hold rules (`@layer`,
 * `@media`, `@supports`, `@keyframes`) and nested style rules become children.
 */
export function parseCss(css: string): CssNode[] {
  return parseBlock(css.replace(/\/\*[\s\S]*?\*\//g, ''));
}

function parseBlock(text: string): CssNode[] {
  const nodes: CssNode[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === ';') {
      const prelude = text.slice(start, i).trim();
      if (prelude) nodes.push({ prelude, children: null, body: '' });
      start = i + 1;
    } else if (ch === '{') {
      const end = matchingBrace(text, i);
      const prelude = text.slice(start, i).trim();
      const body = text.slice(i + 1, end);
      const hasRules = /[{]/.test(body);
      nodes.push({ prelude, body, children: hasRules ? parseBlock(body) : null });
      i = end;
      start = end + 1;
    }
    i++;
  }
  return nodes;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`Unbalanced braces after offset ${open}`);
}

/** Splits a selector list on top-level commas (not those inside `:is(…)` or `[…]`). */
export function splitSelectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth--;
    if (ch === ',' && depth === 0) {
      out.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/** Every style-rule selector in the tree, skipping keyframe steps. */
export function styleSelectors(nodes: CssNode[]): string[] {
  return nodes.flatMap((node) => {
    if (node.prelude.startsWith('@keyframes')) return [];
    if (node.prelude.startsWith('@')) return styleSelectors(node.children ?? []);
    return [...splitSelectors(node.prelude), ...styleSelectors(node.children ?? [])];
  });
}
