import * as tf from '../tf/tf';

export interface WeightAverage {
  /** Fold the variables' current values into the average (call after every step). */
  update(): void;
  /** The averaged weights by name, for evaluation and saving. */
  readonly tensors: ReadonlyMap<string, tf.Variable>;
  dispose(): void;
}

/**
 * Stochastic weight averaging (Izmailov et al. 2018, "Averaging Weights Leads
 * to Wider Optima and Better Generalization"): the plain mean of the weights
 * over the last steps of training. With a few dozen images and a few hundred
 * noisy steps, the last step's weights are one draw from a wandering walk:
 * held-out accuracy on Noto emoji jumped ±1.5 points from epoch to epoch.
 * The mean sits in the middle of that walk. Until `start`, the "average" is
 * simply the current weights, so early progress reports show the live model.
 */
export function createWeightAverage(variables: ReadonlyMap<string, tf.Variable>, start: number): WeightAverage {
  const tensors = new Map<string, tf.Variable>();
  for (const [name, v] of variables)
    tensors.set(
      name,
      tf.tidy(() => tf.variable(tf.clone(v), false)),
    );
  let step = 0;
  return {
    tensors,
    update() {
      step++;
      const n = step - start + 1; // weights folded into the mean so far, this one included
      tf.tidy(() => {
        for (const [name, v] of variables) {
          const avg = tensors.get(name)!;
          avg.assign(n <= 1 ? tf.clone(v) : tf.add(avg, tf.div(tf.sub(v, avg), n)));
        }
      });
    },
    dispose() {
      for (const t of tensors.values()) t.dispose();
    },
  };
}
