import { colorizeBytesPerPixel } from '../limits/colorizeBytesPerPixel';
import { MEMORY_BUDGET_BYTES } from '../limits/modelLimits';
import type { ModelConfig } from '../types';

export interface TileSizeOptions {
  /** Context each tile borrows on every side (see predictIndices). */
  readonly margin: number;
  /** The side the backend prefers when memory allows (fewer, larger tiles waste less on margins). */
  readonly largest: number;
  readonly budget?: number;
}

/**
 * Side of the square tiles an image is colorized in, so that one tile with
 * its margins stays within the memory budget whatever the palette size:
 * K = 256 costs about eight times the memory per pixel of K = 32 (see
 * colorizeBytesPerPixel), and a 1024² tile of it ran wasm out of memory.
 * A multiple of the fcn's pooling grid, so tiles keep its alignment.
 */
export function tileSizeFor(config: ModelConfig, k: number, options: TileSizeOptions): number {
  const grid = config.preset === 'fcn' ? 2 ** config.depth : 1;
  const budget = options.budget ?? MEMORY_BUDGET_BYTES;
  const fits = Math.floor(Math.sqrt(budget / colorizeBytesPerPixel(config, k))) - 2 * options.margin;
  const side = Math.min(options.largest, fits);
  return Math.max(grid, Math.floor(side / grid) * grid);
}
