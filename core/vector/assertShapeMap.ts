import type { ShapeMap } from './ShapeMap';

/** Checks a shape map's sizes and ids before they index anything. */
export function assertShapeMap(map: ShapeMap, width: number, height: number): void {
  if (map.width !== width || map.height !== height) {
    throw new RangeError(`The shape map is ${map.width}×${map.height} but the image is ${width}×${height}; make both from the same render size.`);
  }
  if (map.ids.length !== width * height) throw new RangeError(`A ${width}×${height} shape map needs ${width * height} ids, got ${map.ids.length}.`);
  if (!Number.isInteger(map.count) || map.count < 0 || map.count > 1 << 24)
    throw new RangeError(`A shape map's count must be a whole number from 0 to 16777216, not ${map.count}.`);
  const ids = map.ids;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (id < -1 || id >= map.count) throw new RangeError(`Shape map pixel ${i} names shape ${id}, but there are ${map.count} shapes.`);
  }
}
