/** What a part released from a hint is decided again from (see decideUnpulled), at the scale hintOwners runs. */
export interface PullEvidence {
  /** 256 × K log P(colour | gray), the style's context-free prior (Predictor.prior). */
  readonly prior: Float32Array;
  /**
   * [pixels]: each pixel's runner-up, its likeliest colour other than the decided one (see TileRequest.runnerUp).
   * Without it a part that would be decided again is left as it is and `wanted` is set: the caller predicts again
   * with the runner-up (rare: most hints release no part whose colour the style never gives its gray).
   */
  readonly runnerUp?: Int32Array;
  /** Set when a part was to be decided again and `runnerUp` was absent. */
  wanted?: boolean;
  /** [pixels × K]: the network's log-probabilities, when something reads them later (see upsamplePredictions). */
  readonly logProbabilities?: Float32Array;
}

/**
 * Below this share of a gray's pixels in the style's training art (its prior), a colour is one the style does not give
 * that gray: on a part released from a hint it is the hint's pull (see decideUnpulled).
 */
export const UNSEEN_SHARE = 0.001;

/**
 * A part released from a hint (see hintOwners' releaseOtherParts) takes the
 * colour the network would give it without the hint's pull, from the one
 * run it made with the hint. A hint's reach (see propagateHints) walks
 * across an antialiased seam into the part beside it, the network reads
 * the hint's colour there and follows it, and the release left the hint's
 * snapped palette colour on that part: on toonhead-cast test/021 a blue
 * #2050d0 dot inside the undershirt (gray 50) snaps to purple #5d179b, and
 * the left jacket (gray 62, 502 px) was decided purple at 0.90 (red 0.06,
 * brown 0.04; without the dot red 0.63, brown 0.37). Without the hint's
 * colour the others keep the odds the network gave them (red 0.6 : brown
 * 0.4), so the part takes its pixels' runner-up, their likeliest colour
 * but the decided one (the most of them: one flat part, one colour, see
 * voteFlatParts): red. One index a pixel, found in the graph (see
 * TileRequest.runnerUp), asked for only when such a part turns up: the
 * network then runs a second time (see predictPixelsAsync's hintOwnersAsync).
 *
 * Only where the style's prior gives the hint's colour under UNSEEN_SHARE
 * of the part's grays (geometric mean; purple at 62: 0.0005, the green
 * #157b3a a green dot snaps to: 0.00003): the network's one run cannot tell
 * a pull from a part that is the hint's colour too, and the prior is the
 * judge. A dark red dot on that undershirt snaps to the palette's one red,
 * the jacket's own (0.68 at 62), which stays. Over the eval's released
 * parts (seed 1, hint seeds 1–3, 1–20 hints) the truth was the hint's
 * colour in 864 of 1096; deciding every one again cost 2321 px on the cast
 * and 14109 on Noto; under 1/1000, 0 and 152 (Noto gradient bands whose
 * colour the training art never shows at their gray), which the caller's
 * REGION_INTERIOR rule leaves alone. `pixels[0, size)` are the part's
 * pixels decided as `hint`, `level` every pixel's gray level; there the
 * hint's log-probability, if given, becomes its prior, so that bringing the
 * part up to full resolution does not find the pull again.
 */
export function decideUnpulled(pull: PullEvidence, decided: Int32Array, level: Int32Array, pixels: Int32Array, size: number, hint: number): void {
  const { prior, runnerUp, logProbabilities } = pull;
  const k = prior.length / 256;
  let logPrior = 0;
  for (let p = 0; p < size; p++) logPrior += prior[level[pixels[p]] * k + hint];
  if (logPrior >= size * Math.log(UNSEEN_SHARE)) return;
  if (!runnerUp) {
    pull.wanted = true;
    return;
  }
  const votes = new Int32Array(k);
  let colour = hint;
  for (let p = 0; p < size; p++) {
    const c = runnerUp[pixels[p]];
    if (c !== hint && ++votes[c] > votes[colour]) colour = c;
  }
  for (let p = 0; p < size; p++) {
    const i = pixels[p];
    decided[i] = colour;
    if (logProbabilities) logProbabilities[i * k + hint] = prior[level[i] * k + hint];
  }
}
