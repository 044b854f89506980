import * as v from 'valibot';
import { modelConfigSchema } from '../limits/modelConfigSchema';
import { MAX_K, MIN_K } from '../limits/modelLimits';

/** Longest style name a file may hold. */
export const MAX_STYLE_NAME = 500;
const LAB_LIMIT = 200;

const finite = v.pipe(v.number(), v.finite());
const hex = v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i, 'a colour like #1a2b3c'));
/** JSON has no NaN or Infinity: such a number (unmeasured, or a perfect PSNR) is stored as null. */
const maybeNumber = v.nullable(finite);
const scores = v.object({
  accuracy: maybeNumber,
  accuracyForeground: maybeNumber,
  deltaE00: maybeNumber,
  deltaE00Foreground: maybeNumber,
  psnr: maybeNumber,
  psnrForeground: maybeNumber,
});

/**
 * The JSON header of a `.hueprint` file (versions 1 and 2 share it). Keys it does not name are dropped, not refused:
 * styles saved with a `strandLookup` (a strands-only lookup unmixEdges no longer reads) load as any other.
 */
export const styleHeaderSchema = v.object({
  format: v.literal('hueprint-style'),
  version: v.picklist([1, 2]),
  name: v.pipe(v.string(), v.maxLength(MAX_STYLE_NAME)),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  palette: v.object({
    rgb: v.pipe(v.array(hex), v.minLength(MIN_K), v.maxLength(MAX_K)),
    // CIELAB of sRGB colours: L in [0, 100], a and b within about ±128 (1e300 painted everything one colour).
    lab: v.pipe(
      v.array(
        v.pipe(
          finite,
          v.minValue(-LAB_LIMIT, `a Lab value from ${-LAB_LIMIT} to ${LAB_LIMIT}`),
          v.maxValue(LAB_LIMIT, `a Lab value from ${-LAB_LIMIT} to ${LAB_LIMIT}`),
        ),
      ),
      v.maxLength(MAX_K * 3),
      v.check((lab) => lab.every((value, i) => i % 3 !== 0 || (value >= -1 && value <= 101)), 'a lightness L from 0 to 100'),
    ),
    frequency: v.pipe(v.array(v.pipe(finite, v.minValue(0, 'a fraction from 0 to 1'), v.maxValue(1.001, 'a fraction from 0 to 1'))), v.maxLength(MAX_K)),
  }),
  model: modelConfigSchema,
  /** 256 gray levels → palette index. */
  lookup: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0)), 'an array of 256 palette indices'), v.length(256, 'an array of 256 palette indices')),
  training: v.object({
    images: v.object({ train: v.pipe(v.number(), v.integer()), test: v.pipe(v.number(), v.integer()) }),
    epochs: v.pipe(v.number(), v.integer()),
    size: v.pipe(v.number(), v.integer()),
    maxSide: v.pipe(v.number(), v.integer()),
    padToSquare: v.boolean(),
    seconds: finite,
    backend: v.pipe(v.string(), v.maxLength(100)),
    rebalance: v.boolean(),
    testAccuracy: maybeNumber,
    lookupTestAccuracy: maybeNumber,
    thenTrainedOnAll: v.optional(v.object({ images: v.pipe(v.number(), v.integer(), v.minValue(1)), epochs: v.pipe(v.number(), v.integer(), v.minValue(1)) })),
    model: v.optional(scores),
    lookup: v.optional(scores),
  }),
  weights: v.pipe(
    v.array(v.object({ name: v.pipe(v.string(), v.maxLength(100)), shape: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(1))), v.maxLength(4)) })),
    v.maxLength(100),
  ),
});

export type StyleHeader = v.InferOutput<typeof styleHeaderSchema>;
