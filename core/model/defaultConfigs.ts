import type { FcnConfig, SeedConfig } from '../types';

/**
 * The default: a small U-Net (Ronneberger et al. 2015) of ~100 k weights.
 * Three 2× downsamplings give each pixel a receptive field of ~70 px, enough
 * to tell a red circle from a green square of the same gray, and it is fully
 * convolutional so one style colorizes any image size.
 */
export const defaultFcnConfig: FcnConfig = { preset: 'fcn', width: 16, depth: 3, dropout: 0.1, prior: true };

/**
 * The original study's network, at a size that fits a browser and Figma's
 * 5 MB of plugin storage (16² · 32 · 64 + 64 · 16² · 32 ≈ 1 M weights, 4 MB). At S = 64
 * with hidden = 4096 its last dense layer alone is 4096·64·64·32 ≈ 537 M
 * weights and the first 131 072·4096 ≈ 537 M: about 1.07 billion in all.
 */
export const defaultSeedConfig: SeedConfig = { preset: 'seed', size: 16, hidden: 64, dropout: 0.25, prior: false };
