import type { GrayImage } from '../types';
import type { PredictionTile } from '../colorize/forEachPredictionTileAsync';
import type { ShapeEvidence } from './ShapeEvidence';
import type { ShapeMap } from './ShapeMap';

/**
 * Adds one tile of per-pixel predictions (of the evidence's kind) to each
 * shape's evidence: the pixels a shape shows vote with their whole
 * distribution, so one shape gets one colour and pixel noise cancels out.
 * Pixels of no shape (-1) are skipped.
 */
export function poolShapeEvidence(evidence: ShapeEvidence, map: ShapeMap, gray: GrayImage, tile: PredictionTile): void {
  const { k, sums, pixels, graySum } = evidence;
  const { ids, width } = map;
  const values = tile.evidence!;
  for (let y = 0; y < tile.height; y++) {
    const row = (tile.y + y) * width + tile.x;
    for (let x = 0; x < tile.width; x++) {
      const id = ids[row + x];
      if (id < 0) continue;
      pixels[id]++;
      graySum[id] += gray.data[row + x] * 255;
      const src = (y * tile.width + x) * k;
      const dst = id * k;
      for (let c = 0; c < k; c++) sums[dst + c] += values[src + c];
    }
  }
}
