import type { ShapeMap } from './ShapeMap';

/** A shape keeps its overlaid pixels when fewer than this share of its pixels are clear of overlays. */
const MIN_CLEAR_SHARE = 0.25;

/**
 * The shape map without the pixels that lie under an overlay (where the map
 * drawn with its overlays shows anything else: the overlay painted opaque, as
 * the CLI draws it, or no shape where its translucent paint blends the ID
 * colours, as the plugin's is), so a shape's colour is pooled from the pixels
 * that show its own gray. A shape mostly under overlays keeps all its pixels:
 * some evidence is better than none. `map` is drawn with the overlays
 * see-through, so every shape owns the pixels under them.
 */
export function withoutOverlaidPixels(map: ShapeMap, withOverlays: ShapeMap): ShapeMap {
  const all = new Int32Array(map.count);
  const clear = new Int32Array(map.count);
  const { ids } = map;
  const other = withOverlays.ids;
  for (let p = 0; p < ids.length; p++) {
    const id = ids[p];
    if (id < 0) continue;
    all[id]++;
    if (other[p] === id) clear[id]++;
  }
  const out = new Int32Array(ids.length);
  for (let p = 0; p < ids.length; p++) {
    const id = ids[p];
    out[p] = id < 0 || other[p] === id || clear[id] < Math.max(1, all[id] * MIN_CLEAR_SHARE) ? id : -1;
  }
  return { width: map.width, height: map.height, ids: out, count: map.count };
}
