import { grayLevel } from './grayLevel';
import type { InputChannel } from './ModelInputs';

/**
 * P(colour | gray) of each of the K palette colours (the prior table,
 * exponentiated): with it every pixel of the fcn sees its colours'
 * context-free probabilities, so the net can weigh its neighbours' evidence.
 * The seed preset's dense layers see the gray alone, as in the original study.
 * One row copy per pixel from a 256-row table, levels rounded as buildPrior
 * rounds them.
 */
export const priorChannel: InputChannel = {
  name: 'prior',
  count: (config, k) => (config.preset === 'fcn' && config.prior ? k : 0),
  write({ gray, prior }, k, out, stride, offset) {
    if (!prior) throw new Error("This model adds a context-free prior: pass its table (the style's prior weight).");
    const rows = new Float32Array(256 * k);
    for (let j = 0; j < rows.length; j++) rows[j] = Math.exp(prior[j]);
    for (let i = 0, o = offset; i < gray.length; i++, o += stride) {
      const level = grayLevel(gray[i]);
      out.set(rows.subarray(level * k, level * k + k), o);
    }
  },
};
