/** One element of a parsed SVG, with where its start tag sits in the text. */
export interface SvgElement {
  readonly index: number;
  /** The tag name as written (e.g. "path", "svg:path"). */
  readonly name: string;
  /** The local name, without a prefix ("path"). */
  readonly localName: string;
  /** Index of the parent element, or -1 for the root. */
  readonly parent: number;
  readonly attributes: Readonly<Record<string, string>>;
  /** Offsets in the text (UTF-16 units): the start tag is text.slice(tagStart, tagEnd). */
  readonly tagStart: number;
  readonly tagEnd: number;
  /** Inside a mask, clip path or pattern: geometry and paint servers' content, never recoloured. */
  readonly inGeometry: boolean;
}

/** An SVG as parsed by parseSvg: the original text and its elements in document order. */
export interface SvgDocument {
  readonly text: string;
  readonly elements: readonly SvgElement[];
  /** Whether a <style> element is present (its rules can override presentation attributes). */
  readonly hasStyleSheet: boolean;
  /** The drawing's size in user units: width/height, else the viewBox's, else 300 × 150 as browsers do. */
  readonly width: number;
  readonly height: number;
}
