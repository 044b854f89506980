import * as v from 'valibot';

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

const fcn = v.object({
  preset: v.literal('fcn'),
  width: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(256)),
  depth: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6)),
  dropout: v.pipe(v.number(), v.minValue(0), v.maxValue(0.95)),
  prior: v.boolean(),
  decision: v.picklist(['argmax', 'min-delta-e']),
});
const seed = v.object({
  preset: v.literal('seed'),
  size: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(256)),
  hidden: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(65536)),
  dropout: v.pipe(v.number(), v.minValue(0), v.maxValue(0.95)),
  prior: v.boolean(),
  decision: v.picklist(['argmax', 'min-delta-e']),
});

/** The JSON header of a version-1 `.hueprint` file. */
export const styleHeaderSchema = v.object({
  format: v.literal('hueprint-style'),
  version: v.literal(1),
  name: v.pipe(v.string(), v.maxLength(500)),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  palette: v.object({
    rgb: v.pipe(v.array(hex), v.minLength(1), v.maxLength(256)),
    lab: v.array(finite),
    frequency: v.array(finite),
  }),
  model: v.variant('preset', [fcn, seed]),
  lookup: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0))), v.length(256)),
  training: v.object({
    images: v.object({ train: v.pipe(v.number(), v.integer()), test: v.pipe(v.number(), v.integer()) }),
    epochs: v.pipe(v.number(), v.integer()),
    size: v.pipe(v.number(), v.integer()),
    maxSide: v.pipe(v.number(), v.integer()),
    padToSquare: v.boolean(),
    seconds: finite,
    backend: v.string(),
    rebalance: v.boolean(),
    testAccuracy: maybeNumber,
    lookupTestAccuracy: maybeNumber,
    model: v.optional(scores),
    lookup: v.optional(scores),
  }),
  weights: v.array(v.object({ name: v.string(), shape: v.array(v.pipe(v.number(), v.integer(), v.minValue(1))) })),
});

export type StyleHeader = v.InferOutput<typeof styleHeaderSchema>;
