import type { NamedWeight } from '../model/NamedWeight';
import type { ColorizerScores, ModelConfig, Palette } from '../types';

export const STYLE_FORMAT = 'hueprint-style';
/** The format this Hueprint writes: 2 adds a CRC-32 after the weights. Version 1 files (no checksum) still load. */
export const STYLE_VERSION = 2;
/** Every format version this Hueprint reads. */
export const READABLE_STYLE_VERSIONS: readonly number[] = [1, 2];

/** What training measured, kept with the style so a designer can judge it later. */
export interface TrainingReport {
  readonly images: { readonly train: number; readonly test: number };
  readonly epochs: number;
  /** Crop side the network trained on. */
  readonly size: number;
  /** Longest side the training art was scaled to. */
  readonly maxSide: number;
  /** Whether the art was padded to a square with white first. */
  readonly padToSquare: boolean;
  readonly seconds: number;
  readonly backend: string;
  readonly rebalance: boolean;
  /** Per-pixel accuracy on the held-out images (NaN when none were held out). */
  readonly testAccuracy: number;
  /** The gray→colour lookup baseline's accuracy on the same held-out images. */
  readonly lookupTestAccuracy: number;
  /**
   * Set when, after the held-out images measured the style (every figure above describes that
   * measured model), training went on for `epochs` more epochs over all `images` selected images,
   * held-out ones included; the palette, lookup and prior come from all of them too.
   */
  readonly thenTrainedOnAll?: { readonly images: number; readonly epochs: number };
  /** Full held-out scores, when measured. */
  readonly model?: ColorizerScores;
  readonly lookup?: ColorizerScores;
}

/**
 * A trained colour style, in memory: everything needed to colorize, and to
 * say where it came from. `serializeStyle` / `parseStyle` turn it into the
 * versioned `.hueprint` file and back.
 */
export interface StyleFile {
  readonly format: typeof STYLE_FORMAT;
  readonly version: typeof STYLE_VERSION;
  readonly name: string;
  /** ISO 8601. */
  readonly createdAt: string;
  readonly palette: Palette;
  readonly model: ModelConfig;
  readonly weights: readonly NamedWeight[];
  /** 256 gray levels → palette index: the context-free baseline, kept for comparison. */
  readonly lookup: Int32Array;
  readonly training: TrainingReport;
}
