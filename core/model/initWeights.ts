import { createRandom } from '../random';
import type { ModelConfig } from '../types';
import type { NamedWeight } from './NamedWeight';
import { networkShapes } from './modelShapes';

const HEAD_KERNEL = 'head/kernel';

/**
 * Fresh trainable weights for a model (the prior comes from buildPrior): He-normal kernels (He et al. 2015, the right
 * scale for ReLU networks) and zero biases, from a seeded generator so a
 * training run is reproducible.
 */
export function initWeights(config: ModelConfig, k: number, seed: number): NamedWeight[] {
  const random = createRandom(seed);
  const normal = (): number => {
    // Box–Muller; 1 − u keeps the log finite.
    const u = 1 - random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  return networkShapes(config, k).map(({ name, shape, fanIn }) => {
    const size = shape.reduce((a, b) => a * b, 1);
    const data = new Float32Array(size);
    if (fanIn > 0) {
      // With a prior the head starts near zero, so the untrained model is the prior itself.
      const std = Math.sqrt(2 / fanIn) * (config.prior && name === HEAD_KERNEL ? 0.1 : 1);
      for (let i = 0; i < size; i++) data[i] = normal() * std;
    }
    return { name, shape, data };
  });
}
