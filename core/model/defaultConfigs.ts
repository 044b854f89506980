import type { FcnConfig, SeedConfig } from '../types';

/**
 * The default: a small U-Net (Ronneberger et al. 2015) of ~50 k trained
 * weights (plus the 256 × K prior table).
 * Two 2× poolings give each pixel a receptive field of about 40 px: enough
 * to see a shape's outline and the shading around it, and it is fully
 * convolutional so one style colorizes any image size. Deeper (three
 * poolings) fit the training art better but generalised worse to held-out
 * art (Noto emoji, 70/30 split: 37.4% vs 42.2% foreground accuracy), as did
 * less dropout. Its input includes the context-free prior (see buildPrior)
 * and it decides by least expected ΔE2000 (see predictIndices).
 */
export const defaultFcnConfig: FcnConfig = {
  preset: 'fcn',
  width: 16,
  depth: 2,
  dropout: 0.3,
  prior: true,
  decision: 'min-delta-e',
  hints: true,
  hintReach: true,
};

/**
 * The original study's network, at a size that fits a browser and Figma's
 * 5 MB of plugin storage (16² · 32 · 64 + 64 · 16² · 32 ≈ 1 M weights, 4 MB). At S = 64
 * with hidden = 4096 its last dense layer alone is 4096·64·64·32 ≈ 537 M
 * weights and the first 131 072·4096 ≈ 537 M: about 1.07 billion in all.
 */
export const defaultSeedConfig: SeedConfig = { preset: 'seed', size: 16, hidden: 64, dropout: 0.25, prior: false, decision: 'argmax' };
