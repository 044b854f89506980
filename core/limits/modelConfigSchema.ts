import * as v from 'valibot';
import { DROPOUT, FCN_DEPTH, FCN_WIDTH, HINT_HUE_FLOOR, HINT_HUE_SIGMA, SEED_HIDDEN, SEED_SIZE } from './modelLimits';

type Range = { readonly min: number; readonly max: number };
const outside =
  (what: string, range: Range) =>
  (issue: v.BaseIssue<unknown>): string =>
    `${what} must be a whole number from ${range.min} to ${range.max}, got ${String(issue.input).slice(0, 40)}`;
const whole = (what: string, range: Range) =>
  v.pipe(
    v.number(outside(what, range)),
    v.integer(outside(what, range)),
    v.minValue(range.min, outside(what, range)),
    v.maxValue(range.max, outside(what, range)),
  );
/** A finite number within `range` (one message for both ends). */
const within = (what: string, range: Range) => {
  const message = `${what} must be from ${range.min} to ${range.max}`;
  return v.pipe(v.number(), v.finite(), v.minValue(range.min, message), v.maxValue(range.max, message));
};
const dropout = within('the dropout', DROPOUT);
const decision = v.picklist(['argmax', 'min-delta-e']);

const fcn = v.object({
  preset: v.literal('fcn'),
  width: whole('the network width', FCN_WIDTH),
  depth: whole('the network depth', FCN_DEPTH),
  dropout,
  prior: v.boolean(),
  decision,
  /** Takes colour hints (styles made before hints have no such field). */
  hints: v.optional(v.boolean()),
  /** With hints: the model reads each hint's reach across shading (styles before it read the paint bucket's region). */
  hintReach: v.optional(v.boolean()),
  /** With hints: the measured trust in "same gray elsewhere" (styles before it have none). */
  sameGrayTrust: v.optional(within('the same-gray trust', { min: 0, max: 1 })),
  /** With hints: the measured pull of hinted hues on unreached parts (styles before it have none). */
  hintHues: v.optional(v.object({ sigma: within('the hint hue spread', HINT_HUE_SIGMA), floor: within('the hint hue floor', HINT_HUE_FLOOR) })),
});
const seed = v.object({
  preset: v.literal('seed'),
  size: whole('the seed working size S', SEED_SIZE),
  hidden: whole('the seed hidden layer', SEED_HIDDEN),
  dropout,
  prior: v.boolean(),
  decision,
});

/**
 * A model architecture within Hueprint's limits (see modelLimits): the same
 * schema checks the trainer's options and a style file's header.
 */
export const modelConfigSchema = v.variant('preset', [fcn, seed]);
