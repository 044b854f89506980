import type { ColorizerScores } from '../types';
import type { ScoreAccumulator } from './ScoreAccumulator';

/**
 * The final scores: accuracy and mean ΔE2000 over all scored pixels, and
 * PSNR = 10·log10(255² / MSE) with the MSE pooled over every pixel and RGB
 * channel of every image (so a few near-perfect images cannot dominate as
 * they would in a mean of per-image PSNRs). A perfect result has PSNR
 * Infinity; a set with no scored pixels gives NaN throughout.
 */
export function finishScores(acc: ScoreAccumulator): ColorizerScores {
  const psnr = (squared: number, pixels: number): number => {
    if (pixels === 0) return Number.NaN;
    const mse = squared / (pixels * 3);
    return mse === 0 ? Infinity : 10 * Math.log10((255 * 255) / mse);
  };
  const ratio = (x: number, pixels: number): number => (pixels === 0 ? Number.NaN : x / pixels);
  return {
    accuracy: ratio(acc.correct[0], acc.pixels[0]),
    accuracyForeground: ratio(acc.correct[1], acc.pixels[1]),
    deltaE00: ratio(acc.deltaE[0], acc.pixels[0]),
    deltaE00Foreground: ratio(acc.deltaE[1], acc.pixels[1]),
    psnr: psnr(acc.squaredError[0], acc.pixels[0]),
    psnrForeground: psnr(acc.squaredError[1], acc.pixels[1]),
  };
}
