import * as tf from './tf';

/**
 * A stride-1 'same' 2-D convolution with odd kernels that trains on every
 * tfjs backend, fast.
 *
 * tfjs 4.22's wasm backend has no Conv2DBackpropFilter kernel, the cpu
 * backend's is pathologically slow, and wasm's Conv2DBackpropInput runs at
 * about a tenth of its forward conv (2.5 vs 24 GFLOP/s, measured at
 * 8×64²×16→16). Both gradients are themselves convolutions, so we phrase
 * them as forward `conv2d`s, the kernel every backend optimises best:
 * - dx is dy convolved with the filter rotated 180° and its in/out channels
 *   swapped (the "full" correlation, which 'same' padding gives for odd k);
 * - dW is the correlation of the padded input with dy: a 'valid' conv whose
 *   "batch" is the input channels and whose "filter" is dy, i.e. input
 *   [C, H+k−1, W+k−1, N] and filter [H, W, N, F] giving [C, k, k, F].
 *   On wasm this beat an im2col matMul (9 slices concatenated) by 5×, nine
 *   shifted matMuls by 3× and row-blocked variants by 3× (a rank-5 transpose
 *   is slow there): XNNPACK's matMul is slow when the inner dimension is the
 *   batch's 32 k pixels.
 * tf.customGrad computes every input's gradient, needed or not, so a layer
 * whose input is data (the network's first) says so with
 * `inputNeedsGradient: false` and skips dx, a third of its backward pass.
 * test/core/conv2dSame.test.ts checks both against the stock gradients.
 */
export function conv2dSame(x: tf.Tensor4D, filter: tf.Tensor4D, { inputNeedsGradient = true }: { inputNeedsGradient?: boolean } = {}): tf.Tensor4D {
  if (!inputNeedsGradient) {
    // x is captured, not an input of the op, so the tape holds no edge to it.
    const filterOnly = tf.customGrad(((fIn: tf.Tensor4D, save: tf.GradSaveFunc) => {
      save([x, fIn]);
      return {
        value: tf.conv2d(x, fIn, 1, 'same'),
        gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
          const [xSaved, fSaved] = saved as [tf.Tensor4D, tf.Tensor4D];
          return [filterGradient(xSaved, dy as tf.Tensor4D, fSaved.shape)];
        },
      };
    }) as unknown as Parameters<typeof tf.customGrad>[0]);
    return filterOnly(filter) as tf.Tensor4D;
  }
  const op = tf.customGrad(((xIn: tf.Tensor4D, fIn: tf.Tensor4D, save: tf.GradSaveFunc) => {
    save([xIn, fIn]);
    return {
      value: tf.conv2d(xIn, fIn, 1, 'same'),
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [xSaved, fSaved] = saved as [tf.Tensor4D, tf.Tensor4D];
        const dy4 = dy as tf.Tensor4D;
        return [inputGradient(dy4, fSaved), filterGradient(xSaved, dy4, fSaved.shape)];
      },
    };
  }) as unknown as Parameters<typeof tf.customGrad>[0]);
  return op(x, filter) as tf.Tensor4D;
}

/** dL/dx of a stride-1 'same' convolution with an odd kernel. */
export function inputGradient(dy: tf.Tensor4D, filter: tf.Tensor4D): tf.Tensor4D {
  return tf.tidy(() => {
    const [kh, kw] = filter.shape;
    if (kh % 2 === 0 || kw % 2 === 0) throw new Error(`conv2dSame needs odd kernels, got ${kh}×${kw}.`);
    const rotated = tf.transpose(tf.reverse(filter, [0, 1]), [0, 1, 3, 2]) as tf.Tensor4D;
    return tf.conv2d(dy, rotated, 1, 'same');
  });
}

/** dL/dW of a stride-1 'same' convolution with an odd kernel. */
export function filterGradient(x: tf.Tensor4D, dy: tf.Tensor4D, filterShape: [number, number, number, number]): tf.Tensor4D {
  return tf.tidy(() => {
    const [kh, kw, c, f] = filterShape;
    const [n, h, w] = x.shape;
    if (kh === 1 && kw === 1) {
      // xᵀ·dy with the transpose made explicit: wasm's matMul with transposeA
      // ran 5–9× slower than a transpose and a plain matMul (batch 8 × 64², 16 → 32).
      const rows = n * h * w;
      return tf.reshape(tf.matMul(tf.transpose(tf.reshape(x, [rows, c])), tf.reshape(dy, [rows, f])), filterShape);
    }
    const padH = (kh - 1) / 2;
    const padW = (kw - 1) / 2;
    const padded = tf.pad(x, [
      [0, 0],
      [padH, padH],
      [padW, padW],
      [0, 0],
    ]);
    const xAsBatch = tf.transpose(padded, [3, 1, 2, 0]) as tf.Tensor4D; // [C, H+k-1, W+k-1, N]
    const dyAsFilter = tf.transpose(dy, [1, 2, 0, 3]) as tf.Tensor4D; // [H, W, N, F]
    const correlation = tf.conv2d(xAsBatch, dyAsFilter, 1, 'valid'); // [C, kh, kw, F]
    return tf.transpose(correlation, [1, 2, 0, 3]) as tf.Tensor4D;
  });
}
