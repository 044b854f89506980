import type { InputChannel } from './ModelInputs';

/**
 * P(colour | gray) of each of the K palette colours (the prior table,
 * exponentiated; with hints, mixed with them, see priorRowsOf): with it every
 * pixel of the fcn sees its colours' context-free probabilities, so the net
 * can weigh its neighbours' evidence. The seed preset's dense layers see the
 * gray alone, as in the original study. One row copy per pixel (a loop, not
 * a subarray per pixel).
 */
export const priorChannel: InputChannel = {
  name: 'prior',
  count: (config, k) => (config.preset === 'fcn' && config.prior ? k : 0),
  write({ priorRows }, k, out, stride, offset) {
    if (!priorRows) throw new Error("This model adds a context-free prior: pass its table (the style's prior weight).");
    const { rows, rowOf } = priorRows;
    for (let i = 0, o = offset; i < rowOf.length; i++, o += stride) {
      const r = rowOf[i] * 2 * k;
      for (let c = 0; c < k; c++) out[o + c] = rows[r + c];
    }
  },
};
