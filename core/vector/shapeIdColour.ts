/**
 * Shape IDs as render colours. A shape's 24-bit colour holds its index in
 * the high bits and a hash of it in the rest, so that a pixel where colours
 * blended (a translucent paint, a soft mask, an edge) almost never decodes
 * to a valid ID: such pixels are dropped rather than given to a wrong shape.
 */
export function idBits(count: number): number {
  return Math.max(1, Math.ceil(Math.log2(Math.max(2, count))));
}

function check(index: number, bits: number): number {
  const checkBits = 24 - bits;
  if (checkBits <= 0) return 0;
  let h = Math.imul(index + 1, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca77);
  h ^= h >>> 13;
  return (h >>> 0) & ((1 << checkBits) - 1);
}

/** The 24-bit colour (0xRRGGBB) shape `index` of `count` is painted with. */
export function shapeIdColour(index: number, count: number): number {
  const bits = idBits(count);
  return ((index << (24 - bits)) | check(index, bits)) >>> 0;
}

/** The shape index a 24-bit colour stands for, or -1 when it is no shape's colour. */
export function shapeIdOf(colour: number, count: number): number {
  const bits = idBits(count);
  const index = colour >>> (24 - bits);
  if (index >= count) return -1;
  return check(index, bits) === (colour & ((1 << (24 - bits)) - 1)) ? index : -1;
}

export function hexOf(colour: number): string {
  return `#${colour.toString(16).padStart(6, '0')}`;
}
