import type { Rgba8Image } from '../types';
import type { ShapeMap } from './ShapeMap';
import { shapeIdOf } from './shapeIdColour';

/**
 * A render of shapeIdSvg's copy → the shape map: each fully opaque pixel
 * whose colour is a shape's ID colour belongs to that shape; every other
 * pixel (background, blended edges) to none (-1).
 */
export function shapeMapFromRender(render: Rgba8Image, count: number): ShapeMap {
  const n = render.width * render.height;
  const ids = new Int32Array(n);
  const d = render.data;
  // Shapes are runs of one colour: decode each colour once per run.
  let last = -1;
  let lastId = -1;
  for (let i = 0, p = 0; i < n; i++, p += 4) {
    if (d[p + 3] !== 255) {
      ids[i] = -1;
      continue;
    }
    const colour = (d[p] << 16) | (d[p + 1] << 8) | d[p + 2];
    if (colour !== last) {
      last = colour;
      lastId = shapeIdOf(colour, count);
    }
    ids[i] = lastId;
  }
  return { width: render.width, height: render.height, ids, count };
}
