import type { GrayImage } from '../types';
import type { LogProbabilityTile } from './forEachLogProbabilityTile';
import type { ShapeEvidence } from './ShapeEvidence';
import type { ShapeMap } from './ShapeMap';

/**
 * Adds one tile of per-pixel log-probabilities to each shape's evidence:
 * the pixels a shape shows vote with their whole distribution, so one shape
 * gets one colour and pixel noise cancels out. Pixels of no shape (-1) are
 * skipped.
 */
export function poolShapeEvidence(evidence: ShapeEvidence, map: ShapeMap, gray: GrayImage, tile: LogProbabilityTile): void {
  const { k, logSum, probabilitySum, pixels, graySum } = evidence;
  const { ids, width } = map;
  const lp = tile.logProbabilities;
  for (let y = 0; y < tile.height; y++) {
    const row = (tile.y + y) * width + tile.x;
    for (let x = 0; x < tile.width; x++) {
      const id = ids[row + x];
      if (id < 0) continue;
      pixels[id]++;
      graySum[id] += gray.data[row + x] * 255;
      const src = (y * tile.width + x) * k;
      const dst = id * k;
      for (let c = 0; c < k; c++) {
        const v = lp[src + c];
        logSum[dst + c] += v;
        probabilitySum[dst + c] += Math.exp(v);
      }
    }
  }
}
