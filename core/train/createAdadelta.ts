import * as tf from '../tf/tf';

export interface AdadeltaOptions {
  readonly learningRate?: number;
  readonly rho?: number;
  readonly epsilon?: number;
}

export interface Adadelta {
  /** Apply one update from gradients keyed like the variables. */
  apply(gradients: Readonly<Record<string, tf.Tensor>>): void;
  dispose(): void;
}

/**
 * Adadelta (Zeiler 2012, "ADADELTA: An Adaptive Learning Rate Method"):
 * learning rate 1.0, ρ = 0.95 and ε = 1e-6, the paper's settings. ε sets the
 * first steps' size (√ε / RMS(g)); Keras's 1e-7 made our networks sit still
 * for their first few hundred steps.
 *
 * Why not tf.train.adadelta: tfjs 4.22 divides by the *previous* running
 * average of squared gradients instead of the updated one, so its first step
 * is √ε/√ε · g = g, plain SGD at learning rate 1, which blows a fresh network
 * up (loss 3 → 10⁸ in three steps, measured). Its default learning rate is
 * also 0.001 rather than Zeiler's 1.0.
 */
export function createAdadelta(variables: ReadonlyMap<string, tf.Variable>, options: AdadeltaOptions = {}): Adadelta {
  const { learningRate = 1.0, rho = 0.95, epsilon = 1e-6 } = options;
  const state = new Map<string, { g2: tf.Variable; dx2: tf.Variable }>();
  for (const [name, v] of variables) {
    state.set(
      name,
      tf.tidy(() => ({ g2: tf.variable(tf.zerosLike(v), false), dx2: tf.variable(tf.zerosLike(v), false) })),
    );
  }
  return {
    apply(gradients) {
      tf.tidy(() => {
        for (const [name, v] of variables) {
          const g = gradients[name];
          if (!g) continue;
          const s = state.get(name)!;
          const g2 = tf.add(tf.mul(s.g2, rho), tf.mul(tf.square(g), 1 - rho));
          const update = tf.mul(tf.div(tf.sqrt(tf.add(s.dx2, epsilon)), tf.sqrt(tf.add(g2, epsilon))), g);
          s.g2.assign(g2);
          s.dx2.assign(tf.add(tf.mul(s.dx2, rho), tf.mul(tf.square(update), 1 - rho)));
          v.assign(tf.sub(v, tf.mul(update, learningRate)));
        }
      });
    },
    dispose() {
      for (const s of state.values()) {
        s.g2.dispose();
        s.dx2.dispose();
      }
    },
  };
}
