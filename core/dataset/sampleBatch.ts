import type { Example } from './Example';

/** A batch of square crops: gray [n·s·s] and labels [n·s·s], row-major per crop. */
export interface Batch {
  readonly size: number;
  readonly count: number;
  readonly gray: Float32Array;
  readonly labels: Int32Array;
}

/**
 * Random s×s crops with random horizontal flips: the augmentation that lets
 * a few dozen images train a convolutional network without memorising them.
 * A crop larger than its image is padded with white input and ignored
 * labels (-1), which the loss skips.
 */
export function sampleBatch(examples: readonly Example[], count: number, size: number, random: () => number): Batch {
  const area = size * size;
  const gray = new Float32Array(count * area).fill(1);
  const labels = new Int32Array(count * area).fill(-1);
  for (let b = 0; b < count; b++) {
    const { gray: g, labels: l } = examples[Math.floor(random() * examples.length)];
    const { width, height } = g;
    const x0 = width > size ? Math.floor(random() * (width - size + 1)) : 0;
    const y0 = height > size ? Math.floor(random() * (height - size + 1)) : 0;
    const w = Math.min(size, width);
    const h = Math.min(size, height);
    const flip = random() < 0.5;
    const base = b * area;
    for (let y = 0; y < h; y++) {
      const src = (y0 + y) * width + x0;
      const dst = base + y * size;
      if (flip) {
        for (let x = 0; x < w; x++) {
          gray[dst + x] = g.data[src + w - 1 - x];
          labels[dst + x] = l.data[src + w - 1 - x];
        }
      } else {
        gray.set(g.data.subarray(src, src + w), dst);
        labels.set(l.data.subarray(src, src + w), dst);
      }
    }
  }
  return { size, count, gray, labels };
}
