/**
 * The declarations of an inline style attribute, as property → value (the
 * last wins, as in CSS; "!important" dropped). Semicolons inside url(…) or
 * quotes do not split.
 */
export function styleDeclarations(style: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!style) return out;
  for (const declaration of splitDeclarations(style)) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const name = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration
      .slice(colon + 1)
      .replace(/!\s*important\s*$/i, '')
      .trim();
    if (name) out.set(name, value);
  }
  return out;
}

/** Splits a declaration list at top-level semicolons, keeping each piece's text as written. */
export function splitDeclarations(style: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < style.length; i++) {
    const ch = style[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ';' && depth === 0) {
      pieces.push(style.slice(start, i));
      start = i + 1;
    }
  }
  pieces.push(style.slice(start));
  return pieces;
}

/** Where the value of the last declaration of `property` sits in `style` (offsets into it), trimmed and without "!important". */
export function declarationValueRange(style: string, property: string): { start: number; end: number } | undefined {
  let found: { start: number; end: number } | undefined;
  let offset = 0;
  for (const piece of splitDeclarations(style)) {
    const colon = piece.indexOf(':');
    if (colon >= 0 && piece.slice(0, colon).trim().toLowerCase() === property) {
      const raw = piece.slice(colon + 1);
      const value = raw.replace(/!\s*important\s*$/i, '').trimEnd();
      const lead = value.length - value.trimStart().length;
      found = { start: offset + colon + 1 + lead, end: offset + colon + 1 + value.length };
    }
    offset += piece.length + 1;
  }
  return found;
}
