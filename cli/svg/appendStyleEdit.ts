import { attributeRanges } from './attributeRanges';
import type { SvgElement } from './SvgDocument';
import type { TextEdit } from './TextEdit';

/**
 * An edit that adds CSS declarations at the end of an element's inline
 * style (where they win over the element's earlier ones, its attributes and
 * style sheets), creating the style attribute if it has none.
 */
export function appendStyleEdit(text: string, element: SvgElement, declarations: string): TextEdit {
  const tag = text.slice(element.tagStart, element.tagEnd);
  const { nameEnd, attributes } = attributeRanges(tag);
  const style = attributes.get('style');
  if (style) {
    const at = element.tagStart + style.end;
    return { start: at, end: at, text: `;${declarations}` };
  }
  const at = element.tagStart + nameEnd;
  return { start: at, end: at, text: ` style="${declarations}"` };
}
