import { hintedPull } from './hintedPull';
import { grayLevels } from './grayLevels';
import type { HintSources } from './HintSources';

/**
 * How much of a pixel's prior P(colour | gray) the hint's colour replaces
 * where a hint reaches (HintSources.reach), in the prior input channels and
 * in the log-prior added to the logits alike (colorizing then floods the
 * paint bucket's part of it with the hint anyway, see floodHints).
 */
export const FILL_TRUST = 0.9;
/**
 * The same where only the same gray elsewhere carries a hint (global), for
 * styles trained before this trust was measured per style (see
 * measureHintSettings, FcnConfig.sameGrayTrust).
 */
export const GLOBAL_TRUST = 0.9;

/** The prior rows of one image, tile or batch (see priorRowsOf). */
export interface PriorRows {
  /** Rows of K probabilities then their K logs: rows 0–255 the prior of each gray level, then the rows mixed with hints. */
  readonly rows: Float32Array;
  /** [pixels]: the row each pixel reads. */
  readonly rowOf: Int32Array;
}

/**
 * Every pixel's context-free prior, P(colour | gray) and its log, as the
 * model's prior input channels and the log-prior added to its logits both
 * read it (see priorChannel, buildModelInputs): its gray level's row of the
 * style's prior table, or with hints that row mixed with the hint's colour
 * (the untrained network already is the paint bucket plus "same gray, same
 * colour" at `globalTrust`; training learns where to spread hints further
 * and where to distrust them). With `kinship` (a style's hintHues, see
 * hintKinship) and the image's hinted colours (HintSources.hinted), a pixel
 * no hint reaches, nor its gray elsewhere, reads its gray's row weighted
 * toward the hinted hues: P(colour | gray) · max over hinted h of
 * kinship[h][colour], renormalised. Mixed rows are made once per (gray level,
 * colour, kind) met, so a pixel costs one row index and the channels are
 * written once, hinted or not.
 */
export function priorRowsOf(
  gray: Float32Array,
  prior: Float32Array,
  k: number,
  hints?: HintSources,
  globalTrust = GLOBAL_TRUST,
  kinship?: Float32Array,
): PriorRows {
  // Each pixel starts on its gray level's row; hinted pixels move to mixed rows. One array for both: a pixel's level is
  // read just before its row is written, so the levels need no copy of their own (a quarter MB at 256²).
  const rowOf = grayLevels(gray);
  const level = rowOf;
  let rows = new Float32Array((256 + (hints ? 32 : 0)) * 2 * k);
  for (let r = 0; r < 256; r++) {
    for (let j = 0; j < k; j++) {
      rows[r * 2 * k + j] = Math.exp(prior[r * k + j]);
      rows[r * 2 * k + k + j] = prior[r * k + j];
    }
  }
  if (!hints) return { rows, rowOf };
  const { reach, global } = hints;
  // Mixed rows: `slot` maps (gray level, colour, kind) to 1 + its row, 0 for not yet made.
  const slot = new Int32Array(256 * k * 2);
  let made = 256;
  const pull = kinship && hints.hinted?.length ? hintedPull(kinship, hints.hinted, k) : undefined;
  // Rows of unreached pixels weighted toward the hinted hues, one per gray level: 1 + its row, 0 for not yet made.
  const pulled = pull ? new Int32Array(256) : undefined;
  for (let i = 0; i < gray.length; i++) {
    const f = reach[i];
    const c = f >= 0 ? f : global[i];
    const l = level[i];
    if (c < 0) {
      if (!pull || !pulled) continue;
      if (pulled[l] === 0) {
        if ((made + 1) * 2 * k > rows.length) rows = grow(rows);
        const r = made * 2 * k;
        let sum = 0;
        for (let j = 0; j < k; j++) sum += rows[r + j] = rows[l * 2 * k + j] * pull[j];
        for (let j = 0; j < k; j++) {
          rows[r + j] /= sum;
          rows[r + k + j] = Math.log(rows[r + j]);
        }
        pulled[l] = ++made;
      }
      rowOf[i] = pulled[l] - 1;
      continue;
    }
    const key = (l * k + c) * 2 + (f >= 0 ? 0 : 1);
    if (slot[key] === 0) {
      if ((made + 1) * 2 * k > rows.length) rows = grow(rows);
      const r = made * 2 * k;
      const trust = f >= 0 ? FILL_TRUST : globalTrust;
      for (let j = 0; j < k; j++) {
        rows[r + j] = (1 - trust) * Math.exp(prior[l * k + j]) + (j === c ? trust : 0);
        rows[r + k + j] = Math.log(rows[r + j]);
      }
      slot[key] = ++made;
    }
    rowOf[i] = slot[key] - 1;
  }
  return { rows, rowOf };
}

function grow(rows: Float32Array<ArrayBuffer>): Float32Array<ArrayBuffer> {
  const grown = new Float32Array(rows.length * 2);
  grown.set(rows);
  return grown;
}
