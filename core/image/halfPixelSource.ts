/**
 * Where the centre of output pixel `i` falls on a source axis of `source` pixels when it is
 * resampled to `target` pixels: half-pixel centres ((i + 0.5)·source/target − 0.5), clamped to the
 * edge pixels. The convention of canvas, OpenCV and tf.image.resizeBilinear(halfPixelCenters),
 * so everything resampled in core lines up with the browser.
 */
export function halfPixelSource(i: number, source: number, target: number): number {
  return Math.min(source - 1, Math.max(0, ((i + 0.5) * source) / target - 0.5));
}
