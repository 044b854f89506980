import { colorizeImage } from '../../../core/colorize/colorizeImage';
import { createRandom } from '../../../core/random';
import type { StyleFile } from '../../../core/style/StyleFile';
import { now } from '../../../core/train/now';
import type { ColorizeMode, Rgba8Image } from '../../../core/types';
import { tileArt } from './tileArt';

export interface HintLatency {
  readonly size: number;
  /** flat, or shading (where a hint's colour is shaded to each owned pixel's lightness). */
  readonly mode: ColorizeMode;
  /** Hint marks given: 5×5 dots of the art's own colour. */
  readonly marks: number;
  readonly seconds: number;
  readonly hintSeconds: number;
  /** hintSeconds ÷ seconds (issue 9's aim: ≤ 1.10). */
  readonly ratio: number;
  /** The same calls in this process's CPU time (user + system), which other processes on the cores disturb less than wall time. */
  readonly cpuSeconds: number;
  readonly hintCpuSeconds: number;
  readonly cpuRatio: number;
}

/** This process's CPU time so far, in seconds. */
function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** Gray art is drawn darker than this: hint dots go on the drawing, not the canvas. */
const CANVAS = 250;

/**
 * A hint image for `image`: `marks` seeded 5×5 dots, each in the colour of
 * the art under its centre, as a designer dots a few regions.
 */
function hintDots(image: Rgba8Image, marks: number, seed: number): Rgba8Image {
  const { width, height, data } = image;
  const hints = new Uint8Array(data.length);
  const random = createRandom(seed);
  for (let placed = 0, tries = 0; placed < marks && tries < 100 * marks; tries++) {
    const cx = Math.floor(random() * width);
    const cy = Math.floor(random() * height);
    const c = (cy * width + cx) * 4;
    if (data[c + 3] < 128 || (data[c] + data[c + 1] + data[c + 2]) / 3 >= CANVAS) continue;
    for (let y = Math.max(0, cy - 2); y <= Math.min(height - 1, cy + 2); y++) {
      for (let x = Math.max(0, cx - 2); x <= Math.min(width - 1, cx + 2); x++) {
        const p = (y * width + x) * 4;
        hints.set([data[c], data[c + 1], data[c + 2], 255], p);
      }
    }
    placed++;
  }
  return { width, height, data: hints };
}

/** The middle value (the mean of the middle two for an even count). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * colorizeImage on a size×size image tiled from real colour art, without
 * and with `marks` hint dots, interleaved so both see the same machine load
 * (the order alternates, so a garbage collection one call leaves behind
 * falls on each kind alike); the median of `repeats` each, after one untimed
 * call of each kind. Medians, not bests: the best of a few swung with
 * garbage collection and load by a third from run to run.
 */
export async function measureHintLatency(
  style: StyleFile,
  art: readonly Rgba8Image[],
  size: number,
  mode: ColorizeMode = 'flat',
  marks = 20,
  repeats = 9,
): Promise<HintLatency> {
  const image = tileArt(art, size, size);
  const hints = hintDots(image, marks, 9);
  await colorizeImage(style, image, { mode });
  await colorizeImage(style, image, { mode, hints });
  const wall: [number[], number[]] = [[], []];
  const cpu: [number[], number[]] = [[], []];
  for (let r = 0; r < repeats; r++) {
    for (const withHints of r % 2 ? [1, 0] : [0, 1]) {
      const started = now();
      const cpuStarted = cpuNow();
      await colorizeImage(style, image, withHints ? { mode, hints } : { mode });
      wall[withHints].push((now() - started) / 1000);
      cpu[withHints].push(cpuNow() - cpuStarted);
    }
  }
  const [seconds, hintSeconds] = wall.map(median);
  const [cpuSeconds, hintCpuSeconds] = cpu.map(median);
  return { size, mode, marks, seconds, hintSeconds, ratio: hintSeconds / seconds, cpuSeconds, hintCpuSeconds, cpuRatio: hintCpuSeconds / cpuSeconds };
}
