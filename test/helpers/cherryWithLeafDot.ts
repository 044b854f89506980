import { readFileSync } from 'node:fs';
import { decodeImageBytes } from '../../cli/io';
import { createRandom } from '../../core/random/createRandom';
import { toGrayImage } from '../../core/colour/toGrayImage';
import { floodFromSeeds } from '../../core/hints/floodFromSeeds';
import { SAME_GRAY_LEVELS } from '../../core/hints/propagateHints';
import { grayLevels } from '../../core/inputs/grayLevels';
import type { Rgba8Image } from '../../core/types';

/** The designer's dot: leaf green, luminance 124, a level from the leaf's light half (123), far from its dark half (89). */
export const LEAF_DOT_RGB = [60, 150, 50] as const;

/**
 * The designer's finding as real art: the Noto cherry (U+1F352) turned gray
 * (toGrayImage), with a green dot of radius 4 painted on the leaf's dark
 * half, as a designer paints a hint into partly coloured art. Also gives
 * the dot's pixels and each leaf half (the gray art's flat region there,
 * within SAME_GRAY_LEVELS), so tests can check which half the dot steers.
 * With `noise`, every channel of every pixel (the dot's too) is moved by a
 * uniform amount in ±noise (from `seed`), as a lightly lossy export does; the
 * halves are still those of the clean art.
 */
export function cherryWithLeafDot(noise = 0, seed = 7): { art: Rgba8Image; colour: Rgba8Image; dot: number[]; darkHalf: Uint8Array; lightHalf: Uint8Array } {
  const colour = decodeImageBytes(readFileSync(new URL('../../../shared/art/noto/006.png', import.meta.url)), '006.png');
  const { width, height } = colour;
  const levels = grayLevels(toGrayImage(colour).data);
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < levels.length; i++) data.set([levels[i], levels[i], levels[i], 255], i * 4);
  const dot: number[] = [];
  for (let y = 12; y <= 20; y++) {
    for (let x = 54; x <= 62; x++) {
      if ((x - 58) ** 2 + (y - 16) ** 2 > 16) continue;
      dot.push(y * width + x);
      data.set(LEAF_DOT_RGB, (y * width + x) * 4);
    }
  }
  if (noise > 0) {
    const random = createRandom(seed);
    for (let p = 0; p < data.length; p += 4)
      for (let c = 0; c < 3; c++) data[p + c] = Math.max(0, Math.min(255, data[p + c] + Math.round((random() - 0.5) * 2 * noise)));
  }
  const half = (seed: number): Uint8Array => flatRegionOf(levels, width, seed, dot);
  return { art: { width, height, data }, colour, dot, darkHalf: half(12 * width + 50), lightHalf: half(24 * width + 70) };
}

/** The designer's second dot: cherry red, on the left cherry's body (gray 58). */
export const CHERRY_DOT_RGB = [200, 30, 40] as const;

/**
 * The leaf-dot cherry (cherryWithLeafDot, no noise) with a second dot, red,
 * of radius 5 on the left cherry's body, as the designer painted it in the
 * trial art (/tmp/tester2/partial.png): two hints, two parts. Also gives
 * that body's flat region (the cherry, gray 58, not its shadow), beside the leaf's halves.
 */
export function cherryWithTwoDots(): { art: Rgba8Image; darkHalf: Uint8Array; lightHalf: Uint8Array; cherry: Uint8Array } {
  const { art, colour, darkHalf, lightHalf } = cherryWithLeafDot();
  const { width } = art;
  const dot: number[] = [];
  for (let y = 97; y <= 107; y++) {
    for (let x = 31; x <= 41; x++) {
      if ((x - 36) ** 2 + (y - 102) ** 2 > 25) continue;
      dot.push(y * width + x);
      art.data.set(CHERRY_DOT_RGB, (y * width + x) * 4);
    }
  }
  const cherry = flatRegionOf(grayLevels(toGrayImage(colour).data), width, 100 * width + 44, dot);
  return { art, darkHalf, lightHalf, cherry };
}

/** The flat region (within SAME_GRAY_LEVELS, 4-connected) of gray `levels` around pixel `seed`, the `hidden` pixels (a dot over it) left out. */
function flatRegionOf(levels: Int32Array, width: number, seed: number, hidden: readonly number[]): Uint8Array {
  const owner = new Int32Array(levels.length).fill(-1);
  const queue = new Int32Array(levels.length);
  for (const i of hidden) owner[i] = i; // the dot hides what lies under it
  owner[seed] = seed;
  queue[0] = seed;
  const claimed = floodFromSeeds(width, levels, levels, SAME_GRAY_LEVELS, owner, queue, 1);
  const inside = new Uint8Array(levels.length);
  for (let k = 0; k < claimed; k++) inside[queue[k]] = 1;
  return inside;
}
