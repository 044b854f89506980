import * as v from 'valibot';
import { DROPOUT, FCN_DEPTH, FCN_WIDTH, SEED_HIDDEN, SEED_SIZE } from './modelLimits';

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
const dropout = v.pipe(
  v.number(),
  v.finite(),
  v.minValue(DROPOUT.min, `the dropout must be from ${DROPOUT.min} to ${DROPOUT.max}`),
  v.maxValue(DROPOUT.max, `the dropout must be from ${DROPOUT.min} to ${DROPOUT.max}`),
);
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
  sameGrayTrust: v.optional(
    v.pipe(v.number(), v.finite(), v.minValue(0, 'the same-gray trust must be from 0 to 1'), v.maxValue(1, 'the same-gray trust must be from 0 to 1')),
  ),
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
