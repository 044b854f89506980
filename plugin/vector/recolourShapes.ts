import { shadedColour } from '../../core/colorize/shadedColour';
import { parseHex } from '../../core/colour/parseHex';
import { rgbToLab } from '../../core/colour/rgbToLab';
import { getFigma } from '../figmaHost';
import type { ShapeSlot } from './collectShapes';

export interface ShapeRecolouring {
  /** The shape to paint (the original's, or the same shape in a clone). */
  readonly node: SceneNode;
  readonly slot: ShapeSlot;
  readonly paletteIndex: number;
  /** A hint's twin (the other eye of a coloured one): its solid paints take this exact colour (#rrggbb), unbound, in either mode. */
  readonly colour?: string;
}

/**
 * Paints each shape's fills or strokes in its palette colour, changing
 * colours only: opacity, visibility and blend mode of every paint, and
 * every other property of the node, stay. Solid paints: flat → the palette
 * colour, bound to its variable when `variables` are given; keep shading →
 * the palette colour's hue and chroma at the paint's own gray level (not
 * bound: it is not the variable's colour). Gradient stops always follow
 * the keep-shading rule, keeping their alpha. Image paints are left as they are.
 * A hint's twin takes the hint's exact colour (`colour`) instead, unbound.
 * Returns how many paints were bound to a variable.
 */
export function recolourShapes(
  targets: readonly ShapeRecolouring[],
  palette: readonly string[],
  mode: 'flat' | 'shading',
  variables: readonly Variable[] | null,
): number {
  const figma = getFigma();
  const chroma = palette.map((hex) => {
    const [r, g, b] = parseHex(hex);
    const lab = new Float64Array(3);
    rgbToLab(r, g, b, lab);
    return { rgb: { r: r / 255, g: g / 255, b: b / 255 }, a: lab[1], b: lab[2] };
  });
  const bytes = new Uint8Array(3);
  const shaded = (paletteIndex: number, colour: RGB): RGB => {
    const level = Math.round(255 * (0.21 * colour.r + 0.72 * colour.g + 0.07 * colour.b));
    shadedColour(chroma[paletteIndex].a, chroma[paletteIndex].b, level, bytes);
    return { r: bytes[0] / 255, g: bytes[1] / 255, b: bytes[2] / 255 };
  };

  let bound = 0;
  for (const { node, slot, paletteIndex, colour } of targets) {
    const exact = colour === undefined ? undefined : parseHex(colour);
    const shape = node as SceneNode & MinimalFillsMixin & MinimalStrokesMixin;
    const paints = (slot.part === 'fill' ? shape.fills : shape.strokes) as ReadonlyArray<Paint>;
    if (!Array.isArray(paints)) continue;
    const next = paints.map((paint): Paint => {
      if (paint.type === 'SOLID') {
        const { boundVariables: _unbound, ...rest } = paint;
        if (exact) return { ...rest, color: { r: exact[0] / 255, g: exact[1] / 255, b: exact[2] / 255 } };
        if (mode === 'shading') return { ...rest, color: shaded(paletteIndex, paint.color) };
        const flat: SolidPaint = { ...rest, color: chroma[paletteIndex].rgb };
        if (variables === null) return flat;
        bound++;
        return figma.variables.setBoundVariableForPaint(flat, 'color', variables[paletteIndex]);
      }
      if (paint.type.startsWith('GRADIENT_')) {
        const gradient = paint as GradientPaint;
        return {
          ...gradient,
          gradientStops: gradient.gradientStops.map(({ boundVariables: _unbound, ...stop }) => ({
            ...stop,
            color: { ...shaded(paletteIndex, stop.color), a: stop.color.a },
          })),
        };
      }
      return paint;
    });
    if (slot.part === 'fill') shape.fills = next;
    else shape.strokes = next;
  }
  return bound;
}
