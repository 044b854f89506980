import type { InputChannel } from './ModelInputs';

/**
 * Colour hints' masks, for a model that takes hints: 1 at hint pixels, 1
 * where a hint reaches (HintSources.reach: the paint bucket's region, grown
 * across shading for styles that read it), 1 where only the
 * same gray elsewhere does (HintSources.global); 0 without hints. The hints'
 * colours themselves enter through the prior (see priorRowsOf).
 */
export const hintChannel: InputChannel = {
  name: 'hints',
  count: (config) => (config.preset === 'fcn' && config.hints ? 3 : 0),
  write({ gray, hints }, _k, out, stride, offset) {
    if (!hints) return; // no hints: the masks stay 0
    const { index, reach, global } = hints;
    for (let i = 0, o = offset; i < gray.length; i++, o += stride) {
      out[o] = index[i] >= 0 ? 1 : 0;
      out[o + 1] = reach[i] >= 0 ? 1 : 0;
      out[o + 2] = global[i] >= 0 ? 1 : 0;
    }
  },
};
