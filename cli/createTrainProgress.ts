import type { TrainHooks, TrainProgress } from '../core';
import { formatDuration, formatNumber, formatPercent } from './formatting';

export interface TrainProgressReporter {
  readonly hooks: Pick<TrainHooks, 'onProgress' | 'onStep' | 'onNotice'>;
  /** A line of its own (the live bar, if any, is redrawn under it). */
  note(message: string): void;
  /** Clears the live bar. */
  finish(): void;
}

/**
 * Training progress on stderr. Every finished epoch gets a line (epoch,
 * loss, train accuracy, held-out accuracy, elapsed, ETA). On a terminal a
 * live bar under those lines moves with every step; when stderr is a file
 * or a pipe there is no bar, only the epoch lines, so logs stay readable.
 */
export function createTrainProgress(options: { epochs: number; quiet: boolean; stream?: NodeJS.WriteStream }): TrainProgressReporter {
  const stream = options.stream ?? process.stderr;
  const live = stream.isTTY === true;
  const started = Date.now();
  let last: TrainProgress | undefined;
  let barShown = false;
  let lastDraw = 0;

  const clearBar = (): void => {
    if (barShown) stream.write('\r\x1b[K');
    barShown = false;
  };
  const line = (text: string): void => {
    clearBar();
    stream.write(`${text}\n`);
  };

  const drawBar = (step: number, steps: number): void => {
    const now = Date.now();
    if (now - lastDraw < 100 && step < steps) return;
    lastDraw = now;
    const perEpoch = steps / options.epochs;
    const epoch = Math.min(options.epochs, Math.floor((step - 1) / perEpoch) + 1);
    const done = step / steps;
    const elapsed = (now - started) / 1000;
    const eta = step > 0 ? (elapsed / step) * (steps - step) : NaN;
    const stats = last ? `  loss ${formatNumber(last.loss)}  train ${formatPercent(last.trainAccuracy)}  held-out ${formatPercent(last.testAccuracy)}` : '';
    const head = `epoch ${epoch}/${options.epochs} `;
    const tail = ` ${formatPercent(done, 0).padStart(4)}${stats}  ETA ${formatDuration(eta)}`;
    const columns = stream.columns ?? 100;
    // The bar takes what the numbers leave of the line, so the line never wraps.
    const width = Math.max(5, Math.min(30, columns - 1 - head.length - tail.length - 2));
    const filled = Math.round(done * width);
    const text = `${head}[${'█'.repeat(filled)}${'·'.repeat(width - filled)}]${tail}`;
    stream.write(`\r\x1b[K${text.slice(0, columns - 1)}`);
    barShown = true;
  };

  if (options.quiet) return { hooks: {}, note: () => {}, finish: () => {} };
  return {
    hooks: {
      onStep: live ? drawBar : undefined,
      onProgress: (p) => {
        last = p;
        const digits = String(p.epochs).length;
        line(
          `epoch ${String(p.epoch).padStart(digits)}/${p.epochs}  loss ${formatNumber(p.loss)}  train acc ${formatPercent(p.trainAccuracy)}  ` +
            `held-out acc ${formatPercent(p.testAccuracy)}  ${formatDuration(p.secondsElapsed)} elapsed, ETA ${formatDuration(p.secondsRemaining)}`,
        );
      },
      onNotice: (message) => line(`note: ${message}`),
    },
    note: line,
    finish: clearBar,
  };
}
