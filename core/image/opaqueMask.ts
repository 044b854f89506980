import type { Rgba8Image } from '../types';

/**
 * 1 where a pixel counts as opaque (alpha ≥ 128), else 0. Hueprint keeps
 * alpha apart from colour: opaque pixels are clustered, trained on and
 * scored; the rest keep their alpha and are never recoloured into view.
 * 128 splits anti-aliased edges half and half.
 */
export function opaqueMask(img: Rgba8Image): Uint8Array {
  const n = img.width * img.height;
  const mask = new Uint8Array(n);
  const d = img.data;
  for (let i = 0, s = 3; i < n; i++, s += 4) mask[i] = d[s] >= 128 ? 1 : 0;
  return mask;
}
