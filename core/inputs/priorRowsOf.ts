import type { HintSources } from './HintSources';
import { grayLevel } from './grayLevel';

/**
 * How much of a pixel's prior P(colour | gray) the hint's colour replaces,
 * where the paint bucket carries a hint (fill), in the prior input channels
 * and in the log-prior added to the logits alike (colorizing then floods
 * those pixels with the hint anyway, see floodHints).
 */
export const FILL_TRUST = 0.9;
/**
 * The same where only the same gray elsewhere carries a hint (global), for
 * styles trained before this trust was measured per style (see
 * measureSameGrayTrust, FcnConfig.sameGrayTrust).
 */
export const GLOBAL_TRUST = 0.9;

/**
 * Mixes hints into a model's host-built prior inputs, in place (the
 * untrained network already is the paint bucket plus "same gray, same
 * colour" at `globalTrust`; training learns where to spread hints further
 * and where to distrust them): the K
 * probabilities at `priorOffset` of every pixel's `stride` values, and
 * `logPrior` (K per pixel). Mixed rows are cached per (gray level, colour,
 * kind), so a large flooded region costs one row copy per pixel.
 */
export function mixHintsIntoPrior(
  hints: HintSources,
  gray: Float32Array,
  prior: Float32Array,
  k: number,
  input: Float32Array,
  stride: number,
  priorOffset: number,
  logPrior: Float32Array | undefined,
  globalTrust = GLOBAL_TRUST,
): void {
  const { fill, global } = hints;
  const rows = new Map<number, { p: Float32Array; log: Float32Array }>();
  const mixed = (level: number, c: number, kind: 0 | 1): { p: Float32Array; log: Float32Array } => {
    const key = (level * k + c) * 2 + kind;
    let row = rows.get(key);
    if (!row) {
      const trust = kind === 0 ? FILL_TRUST : globalTrust;
      const p = new Float32Array(k);
      const log = new Float32Array(k);
      for (let j = 0; j < k; j++) {
        p[j] = (1 - trust) * Math.exp(prior[level * k + j]) + (j === c ? trust : 0);
        log[j] = Math.log(p[j]);
      }
      row = { p, log };
      rows.set(key, row);
    }
    return row;
  };
  for (let i = 0, o = priorOffset; i < gray.length; i++, o += stride) {
    const f = fill[i];
    const g = global[i];
    if (f < 0 && g < 0) continue;
    const row = f >= 0 ? mixed(grayLevel(gray[i]), f, 0) : mixed(grayLevel(gray[i]), g, 1);
    input.set(row.p, o);
    if (logPrior) logPrior.set(row.log, i * k);
  }
}
