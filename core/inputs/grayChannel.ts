import type { InputChannel } from './ModelInputs';

/** The gray itself, centred to [-1, 1]: every model's first input. */
export const grayChannel: InputChannel = {
  name: 'gray',
  count: () => 1,
  write({ gray }, _k, out, stride, offset) {
    for (let i = 0, o = offset; i < gray.length; i++, o += stride) out[o] = gray[i] * 2 - 1;
  },
};
