import type { NamedWeight } from '../model/NamedWeight';
import type * as tf from '../tf/tf';

/** Tensors by name → plain weights, as a style file keeps them. */
export async function readWeightsAsync(tensors: ReadonlyMap<string, tf.Tensor>): Promise<NamedWeight[]> {
  const out: NamedWeight[] = [];
  for (const [name, v] of tensors) out.push({ name, shape: v.shape.slice(), data: Float32Array.from(await v.data()) });
  return out;
}
