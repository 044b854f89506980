/** What paints a shape's fill or stroke. */
export type Paint =
  | { readonly kind: 'colour'; readonly rgb: readonly [number, number, number] }
  /** A linear or radial gradient: the element that holds its stops. */
  | { readonly kind: 'gradient'; readonly stopsOwner: number }
  /** Paints pixels, but not in a way Hueprint recolours (a pattern, hsl(), context-fill…). */
  | { readonly kind: 'other' };

/**
 * One fill or stroke of one shape element: one shape in the shape map.
 * `declared` says where the element sets it (so the rewrite replaces it there)
 * or 'inherited' (so the rewrite adds it to the element).
 */
export interface PaintSlot {
  readonly element: number;
  readonly which: 'fill' | 'stroke';
  readonly paint: Paint;
  /** Opacity it shows with: the element's and its ancestors' opacity times fill- or stroke-opacity. */
  readonly alpha: number;
  /** A stroke's width in the drawing's user units (its own width times its transforms' scale); NaN when unknown or for fills. */
  readonly strokeWidth: number;
  readonly declared: { readonly attribute: boolean; readonly style: boolean };
}
