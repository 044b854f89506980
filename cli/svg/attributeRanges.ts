/** Where an attribute's value sits in a start tag's text: text.slice(start, end) is the value, without quotes. */
export interface AttributeRange {
  readonly start: number;
  readonly end: number;
  readonly quote: '"' | "'";
}

/**
 * The attributes of one well-formed start tag (as parseSvg checked it), by
 * name, with where each value sits in `tag` (its text from "<" to ">"), and
 * where the tag name ends (a new attribute goes there).
 */
export function attributeRanges(tag: string): { nameEnd: number; attributes: Map<string, AttributeRange> } {
  const name = /^<[^\s/>]+/.exec(tag);
  if (!name) throw new Error(`Not a start tag: ${tag.slice(0, 40)}`);
  const attributes = new Map<string, AttributeRange>();
  const pattern = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
  pattern.lastIndex = name[0].length;
  for (let m = pattern.exec(tag); m; m = pattern.exec(tag)) {
    const quote = m[2] !== undefined ? '"' : "'";
    const end = pattern.lastIndex - 1;
    const value = m[2] ?? m[3];
    attributes.set(m[1], { start: end - value.length, end, quote });
  }
  return { nameEnd: name[0].length, attributes };
}
