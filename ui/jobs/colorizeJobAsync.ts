import type { StyleFile } from '../../core/index';
import { errorMessage } from '../../core/errorMessage';
import { MAX_IMAGE_SIDE } from '../../core/protocol/limits';
import type { Placement } from '../../core/protocol/messages';
import type { ColorizeMode } from '../../core/types';
import { describeColorizeRun } from '../lib/describeColorizeRun';
import { describeHints } from '../lib/describeHints';
import { encodePngAsync } from '../lib/encodePngAsync';
import { newRequestId } from '../lib/newRequestId';
import { postToPlugin } from '../lib/pluginBridge';
import { blankArtMessage } from '../lib/blankArtMessage';
import { MIN_GRAY_SHARE, noGrayArtMessage } from '../lib/noGrayArtMessage';
import { decodeImageAsync } from '../lib/decodeImageAsync';
import { readHintedArtAsync } from '../lib/readHintedArtAsync';
import { type ImageMessage, readSelectionAsync } from '../lib/readSelectionAsync';
import { requestAsync } from '../lib/requestAsync';
import { scaleToFit } from '../lib/scaleToFit';
import { abortReasonOf } from './AbortReason';
import { abortOnContextLost } from './abortOnContextLost';
import { colorizeInWorkerAsync } from '../worker/colorizeInWorkerAsync';
import { newBatchId } from '../worker/newBatchId';
import { releaseBatch } from '../worker/releaseBatch';

/** Where a colorize run is: item `index` of `total` (index = total when done). */
export interface ColorizeRun {
  readonly index: number;
  readonly total: number;
  readonly name: string;
}

export interface ColorizeJob {
  readonly style: StyleFile;
  readonly mode: ColorizeMode;
  readonly placement: Placement;
  /** Names the new layer and the notification. */
  readonly styleName: string;
  /** Names the run's writes, so the sandbox can say when this run is undone (RESULTS_UNDONE). */
  readonly runId: string;
  /** Raster items in the selection. */
  readonly expectedItems: number;
  /** Vector items are coloured shape by shape elsewhere; skip them here. */
  readonly skipVectors: boolean;
  /** Abort with 'cancelled' to stop after the item in hand; items already written stay. */
  readonly signal: AbortSignal;
  readonly onRun: (run: ColorizeRun) => void;
  /** One item failed; the others go on. */
  readonly onProblem: (message: string) => void;
  /** The layer a result was written to (the original, or the new layer beside it): the sandbox selects them at the end. */
  readonly onWritten?: (nodeId: string) => void;
}

/**
 * Colorizes every raster item of the selection, one at a time: decode →
 * split hints → check → colorize → scale → encode → write. Returns the
 * report for the designer (what was done, how to undo it, anything worth
 * knowing); throws only when the whole run failed. A lost GPU aborts the
 * same signal as Cancel, with 'context-lost'. The whole batch is one undo
 * step: writes leave the step open and COMMIT_UNDO closes it.
 */
export async function colorizeJobAsync(job: ColorizeJob): Promise<readonly string[]> {
  const { controller, release } = abortOnContextLost(job.signal);
  const signal = controller.signal;
  const notes: string[] = [];
  let replaced = 0;
  let added = 0;
  // The worker uploads the style's weights once for the whole batch (at its first raster item); freed however the run ends.
  const batchId = newBatchId();
  job.onRun({ index: 0, total: job.expectedItems, name: '' });
  try {
    await readSelectionAsync(
      MAX_IMAGE_SIDE,
      async (message) => {
        const { item } = message;
        if (job.skipVectors && item.kind === 'vector') return;
        job.onRun({ index: message.index, total: message.total, name: item.name });
        try {
          const reply = await colorizeItemAsync(message, job, batchId, signal, notes);
          if (reply?.newLayer) {
            added += 1;
            notes.push(reply.message);
          } else if (reply) replaced += 1;
        } catch (error) {
          if (signal.aborted) throw error;
          job.onProblem(`“${item.name}”: ${errorMessage(error)}`);
        }
        job.onRun({ index: message.index + 1, total: message.total, name: item.name });
      },
      signal,
      true,
    );
    return [describeColorizeRun(job.expectedItems, replaced, added), ...notes];
  } catch (error) {
    if (!signal.aborted) throw error;
    const why = abortReasonOf(signal) === 'context-lost' ? 'The GPU dropped its WebGL context, so colorizing stopped' : 'Colorizing cancelled';
    return [describeColorizeRun(job.expectedItems, replaced, added, why), ...notes];
  } finally {
    releaseBatch(batchId);
    release();
    // Every write of the run, however it ended, is one undo step.
    if (replaced + added > 0) postToPlugin({ type: 'COMMIT_UNDO' });
  }
}

/**
 * One item: decode → split hints → check → colorize → scale → encode → write. Whether the result is a new layer, with
 * the plugin's message (it names the layer and says where it went), or null when nothing was written.
 */
async function colorizeItemAsync(
  message: ImageMessage,
  job: ColorizeJob,
  batchId: number,
  signal: AbortSignal,
  notes: string[],
): Promise<{ newLayer: boolean; message: string } | null> {
  const { item } = message;
  const art = await readHintedArtAsync(message, decodeImageAsync);
  if (art.blank) {
    notes.push(blankArtMessage(item.name));
    return null;
  }
  if (art.grayShare < MIN_GRAY_SHARE) {
    notes.push(noGrayArtMessage(item.name));
    return null;
  }
  const colored = await colorizeInWorkerAsync(job.style, art.gray, { mode: job.mode, signal, hints: art.hints ?? undefined, art: art.art, batchId });
  if (art.hints && colored.hintPixels > 0) notes.push(`“${item.name}”: followed ${describeHints(art.sources)}.`);
  else if (art.hints && colored.notices.length === 0) notes.push(`“${item.name}”: found ${describeHints(art.sources)}, but this style could not use them.`);
  notes.push(...colored.notices);
  // A lost GPU reads back zeros: never write what was computed after the abort.
  if (signal.aborted) throw signal.reason;
  // Flat results are scaled by nearest pixels so they keep only palette colours.
  const fitted = scaleToFit(colored, MAX_IMAGE_SIDE, job.mode === 'shading');
  if (fitted !== colored) {
    notes.push(`“${item.name}” was ${colored.width}×${colored.height}; scaled down to ${fitted.width}×${fitted.height}, Figma's largest image.`);
  }
  const bytes = await encodePngAsync(fitted);
  const reply = await requestAsync(
    {
      type: 'WRITE_RESULT',
      requestId: newRequestId('write'),
      nodeId: item.nodeId,
      bytes,
      width: fitted.width,
      height: fitted.height,
      placement: job.placement,
      styleName: job.styleName,
      mode: job.mode,
      commit: false,
      runId: job.runId,
    },
    ['DONE'],
  );
  job.onWritten?.(reply.nodeId ?? item.nodeId);
  return { newLayer: reply.nodeId !== undefined && reply.nodeId !== item.nodeId, message: reply.message };
}
