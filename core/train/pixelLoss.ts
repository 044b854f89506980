import * as tf from '../tf/tf';

/**
 * Per-pixel softmax cross-entropy on one-hot labels, optionally weighted per
 * class, averaged over the pixels that have a label. tfjs's `fit` has no
 * per-pixel class weights (and `sampleWeight` is unimplemented), hence a
 * loss of our own. The one-hot rows are built inside the graph: a label of
 * -1 (transparent or padding) one-hots to zeros and drops out of both sums.
 */
export function pixelLoss(logits: tf.Tensor4D, labels: tf.Tensor1D, k: number, classWeights?: tf.Tensor1D): tf.Scalar {
  return tf.tidy(() => {
    const flat = tf.reshape(logits, [-1, k]) as tf.Tensor2D;
    // tf.oneHot needs a depth of 2 or more; one-colour art (K = 1) has one class, labelled or not.
    const oneHot = k === 1 ? tf.reshape(tf.cast(tf.greaterEqual(labels, 0), 'float32'), [-1, 1]) : tf.cast(tf.oneHot(labels, k), 'float32');
    const target = classWeights ? tf.mul(oneHot, classWeights) : oneHot;
    const logProbs = tf.logSoftmax(flat);
    const total = tf.neg(tf.sum(tf.mul(target, logProbs)));
    const weight = tf.maximum(tf.sum(target), 1e-6);
    return tf.div(total, weight) as tf.Scalar;
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
