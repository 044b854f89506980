import * as tf from '../tf/tf';

/**
 * Per-pixel softmax cross-entropy on one-hot labels, optionally weighted per
 * class, averaged over the pixels that have a label. tfjs's `fit` has no
 * per-pixel class weights (and `sampleWeight` is unimplemented), hence a
 * loss of our own. The one-hot rows are built inside the graph: a label of
 * -1 (transparent or padding) one-hots to zeros and drops out of both sums.
 *
 * Its gradient is the textbook one, (softmax · Σ target − target) / Σ target
 * per row, from the softmax the forward pass already computed: tf.logSoftmax's
 * own gradient exponentiates again, and wasm's Exp is slow (about 30 ms for
 * the 1 M logits of a batch of 8 × 64² × 32, ten times a Multiply).
 */
export function pixelLoss(logits: tf.Tensor4D, labels: tf.Tensor1D, k: number, classWeights?: tf.Tensor1D): tf.Scalar {
  return tf.tidy(() => {
    const flat = tf.reshape(logits, [-1, k]) as tf.Tensor2D;
    // tf.oneHot needs a depth of 2 or more; one-colour art (K = 1) has one class, labelled or not.
    const oneHot = k === 1 ? tf.reshape(tf.cast(tf.greaterEqual(labels, 0), 'float32'), [-1, 1]) : tf.cast(tf.oneHot(labels, k), 'float32');
    const target = classWeights ? tf.mul(oneHot, classWeights) : oneHot;
    const weight = tf.maximum(tf.sum(target), 1e-6);
    const loss = tf.customGrad(((x: tf.Tensor2D, save: tf.GradSaveFunc) => {
      const shifted = tf.sub(x, tf.max(x, 1, true));
      const exp = tf.exp(shifted);
      const sumExp = tf.sum(exp, 1, true);
      const logProbs = tf.sub(shifted, tf.log(sumExp));
      const softmax = tf.div(exp, sumExp);
      // Everything the gradient reads is saved: this tidy frees the rest before backprop runs.
      save([softmax, target, weight]);
      return {
        value: tf.div(tf.neg(tf.sum(tf.mul(target, logProbs))), weight),
        gradFunc: (dy: tf.Tensor, [p, t, w]: tf.Tensor[]) => tf.tidy(() => tf.mul(tf.sub(tf.mul(p, tf.sum(t, 1, true)), t), tf.div(dy, w))),
      };
    }) as unknown as Parameters<typeof tf.customGrad>[0]);
    return loss(flat) as tf.Scalar;
  });
}

/** Labelled pixels whose arg-max logit is their label, and how many were labelled. */
export function countCorrect(logits: tf.Tensor4D, labels: tf.Tensor1D, k: number): tf.Tensor1D {
  return tf.tidy(() => {
    const predicted = tf.argMax(tf.reshape(logits, [-1, k]), 1);
    const labelled = tf.greaterEqual(labels, 0);
    const correct = tf.logicalAnd(labelled, tf.equal(predicted, labels));
    return tf.stack([tf.sum(tf.cast(correct, 'float32')), tf.sum(tf.cast(labelled, 'float32'))]) as tf.Tensor1D;
  });
}
