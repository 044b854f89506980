import { downscaleHintIndex } from '../hints/downscaleHintIndex';
import { floodHints } from '../hints/floodHints';
import { hintOwners } from '../hints/hintOwners';
import type { PullEvidence } from '../hints/decideUnpulled';
import { hintIndexOf } from '../hints/hintIndexOf';
import type { PixelHints } from '../hints/HintMap';
import type { HintRegions } from '../hints/HintRegions';
import { hintSourcesOf } from '../hints/hintSourcesOf';
import { ownerRunsOf } from '../hints/ownerRunsOf';
import { upsampleHintRegions } from '../hints/upsampleHintRegions';
import type { HintSources } from '../inputs/HintSources';
import { resizeGrayAreaAverage } from '../image';
import { resampleBilinear } from '../image/resampleBilinear';
import type { AbortSignalLike, GrayImage } from '../types';
import { forEachPredictionTileAsync } from './forEachPredictionTileAsync';
import type { PixelPredictions } from './PixelPredictions';
import type { Predictor } from './Predictor';
import { upsampleLabels } from './upsampleLabels';
import { upsamplePredictions } from './upsamplePredictions';
import { unmixEdges } from './unmixEdges';
import { unsureParts } from './unsureParts';
import { voteFlatParts } from './voteFlatParts';

export interface PredictOptions {
  readonly signal?: AbortSignalLike;
  /** Colour hints: the hint pixels of the gray image and their palette indices (see HintMap, pixelHintsOf); used when the model takes hints. */
  readonly hints?: PixelHints;
  /** The hints' propagation over this very gray image (hintSourcesOf), when the caller has made it already; made here otherwise. */
  readonly hintSources?: HintSources;
  /** Also where the model is unsure: the few flat parts where a hint helps most (see PixelPredictions, unsureParts). */
  readonly uncertainty?: boolean;
  /** Also every pixel's K probabilities (costs 4·K bytes a pixel and the read-back). */
  readonly probabilities?: boolean;
  /** Run the network on every pixel even of an image larger than the learnt scale (slow; for comparison). */
  readonly fullResolution?: boolean;
  /** Per pixel of the gray image, the art's alpha (0–255), when it has one: partly transparent edges are judged by it (see unmixEdges). */
  readonly alpha?: Uint8Array;
}

/**
 * The model's prediction for every pixel of a gray image, at its full
 * resolution. An fcn image larger than the scale the style learnt at
 * (Predictor.learntSide) is predicted at that scale, area-averaged as its
 * training art was, so the network sees structures of the size it learnt
 * from and does a fraction of the work; the labels come back to full
 * resolution by joint bilateral upsampling guided by the full-resolution
 * gray (see upsampleLabels), uncertainty and probabilities bilinearly.
 *
 * With hints (for a model that takes them) the decisions honour them: each
 * hint's paint bucket region is decided as the hint (see floodHints), never
 * unsure (the colour there is the designer's, not the model's), and
 * `hintRegions` says which hint pixel's exact colour each pixel of a hint's
 * region shows (see hintOwners). Art larger
 * than the learnt scale gets its hints carried down to that scale (see
 * downscaleHintIndex), flooded there, and its regions brought back up to
 * full resolution (see upsampleHintRegions), so a hint costs the same at
 * any size. Antialiased edge pixels outside the hints' regions are then
 * decided as the mix of the fills they separate (see unmixEdges). Before
 * that, each flat part takes the colour most of its pixels were decided, at
 * the scale the network ran (see voteFlatParts), and, asked for, the parts
 * the model is least sure of are found there too (see unsureParts). Leaves
 * no tensors behind.
 */
export async function predictPixelsAsync(
  predictor: Predictor,
  gray: GrayImage,
  options: PredictOptions = {},
): Promise<PixelPredictions & { hintRegions?: HintRegions }> {
  const { width, height } = gray;
  // What unmixEdges reads beyond the decisions, at either resolution.
  const edges = { alpha: options.alpha, lookup: predictor.lookup };
  if (predictsAtFullResolution(predictor, width, height, options.fullResolution)) {
    const { hints } = options;
    const sources = hints && (options.hintSources ?? hintSourcesOf(gray.data, width, height, hintIndexOf(hints, width * height), predictor.config));
    const predicted = await predictAtScaleAsync(predictor, gray, { ...options, hintSources: sources });
    if (sources) floodHints(predicted.indices, sources);
    voteFlatParts(predicted.indices, gray.data, width, predicted.k, sources?.fill);
    const { probabilities, ...decided } = predicted;
    const result = {
      ...decided,
      ...(options.uncertainty ? { uncertainty: unsureParts(probabilities!, gray.data, width, predicted.k, sources?.fill) } : {}),
      ...(options.probabilities ? { probabilities } : {}),
    };
    if (!hints || !sources) {
      unmixEdges(predicted.indices, gray, predictor.palette, edges);
      return result;
    }
    const owners = await hintOwnersAsync(predicted.indices, { width, index: sources.index, twins: sources.twins }, gray.data, predictor.prior, () =>
      predictAtScaleAsync(predictor, gray, { ...options, hintSources: sources, uncertainty: false, probabilities: false }, false, true),
    );
    const hintRegions = { runs: ownerRunsOf(owners, hints.positions) };
    unmixEdges(predicted.indices, gray, predictor.palette, { ...edges, keep: hintRegions });
    return { ...result, hintRegions };
  }
  const side = predictor.learntSide!;
  const scale = side / Math.max(width, height);
  const sw = Math.max(1, Math.round(width * scale));
  const sh = Math.max(1, Math.round(height * scale));
  const small = resizeGrayAreaAverage(gray, sw, sh);
  const hints = options.hints && downscaleHintIndex(options.hints, width, height, sw, sh);
  const { prior } = predictor;
  const sources = hints && hintSourcesOf(small.data, sw, sh, hints.index, predictor.config);
  const low = await predictAtScaleAsync(predictor, small, { ...options, hintSources: sources }, !!prior);
  // The small decisions honour the hints before they are brought up, so the regions and the labels agree.
  if (sources) floodHints(low.indices, sources);
  voteFlatParts(low.indices, small.data, sw, low.k, sources?.fill);
  const unsure = options.uncertainty ? unsureParts(low.probabilities!, small.data, sw, low.k, sources?.fill) : undefined;
  const k = low.k;
  // Before the labels are brought up: a part released from a hint is decided again at this scale (see hintOwners).
  const owners =
    hints && sources
      ? await hintOwnersAsync(
          low.indices,
          { width: sw, index: hints.index, twins: sources.twins },
          small.data,
          prior,
          () => predictAtScaleAsync(predictor, small, { ...options, hintSources: sources, uncertainty: false, probabilities: false }, false, true),
          low.logProbabilities,
        )
      : undefined;
  const indices = prior
    ? upsamplePredictions({ indices: low.indices, logProbabilities: low.logProbabilities! }, small, gray, prior, k, predictor.lookup)
    : upsampleLabels(low.indices, small, gray, predictor.lookup);
  const hintRegions =
    hints && sources && owners ? { runs: upsampleHintRegions({ gray: small, hints, ...sources, owners }, gray, options.hints!, indices) } : undefined;
  unmixEdges(indices, gray, predictor.palette, { ...edges, keep: hintRegions });
  return {
    width,
    height,
    k,
    indices,
    ...(unsure ? { uncertainty: resampleBilinear(unsure, 1, sw, sh, width, height) } : {}),
    ...(options.probabilities ? { probabilities: resampleBilinear(low.probabilities!, k, sw, sh, width, height) } : {}),
    ...(hintRegions ? { hintRegions } : {}),
  };
}

/** Whether predictPixelsAsync runs the network on a width × height image's own pixels (else at the style's learnt scale). */
export function predictsAtFullResolution(predictor: Predictor, width: number, height: number, fullResolution = false): boolean {
  const side = predictor.learntSide;
  return fullResolution || predictor.config.preset !== 'fcn' || !side || Math.max(width, height) <= side;
}

/** Every pixel through the network at the gray image's own resolution (with `hintSources`, reading them), gathered from forEachPredictionTileAsync's tiles. */
/**
 * hintOwners, with a part released from a hint decided again from the network's runner-ups (see decideUnpulled),
 * which are predicted only when such a part turns up: asking the graph for them on every hinted colorize cost 5–10%
 * of its time (`npm run bench -- --only=hints`, 1.08–1.11× against 0.98–1.02× without), and most hints release
 * no part whose colour the style never gives its gray. Then the network runs again, with the same inputs.
 */
async function hintOwnersAsync(
  decided: Int32Array,
  regions: Parameters<typeof hintOwners>[1],
  gray: Float32Array,
  prior: Float32Array | undefined,
  predictRunnerUpAsync: () => Promise<{ runnerUp?: Int32Array }>,
  logProbabilities?: Float32Array,
): Promise<Int32Array> {
  if (!prior) return hintOwners(decided, regions, gray);
  const pull: PullEvidence = { prior, ...(logProbabilities ? { logProbabilities } : {}) };
  const owners = hintOwners(decided, regions, gray, pull);
  if (!pull.wanted) return owners;
  const { runnerUp } = await predictRunnerUpAsync();
  return hintOwners(decided, regions, gray, { ...pull, runnerUp });
}

async function predictAtScaleAsync(
  predictor: Predictor,
  gray: GrayImage,
  options: PredictOptions,
  logProbabilities = false,
  runnerUp = false,
): Promise<PixelPredictions & { logProbabilities?: Float32Array; runnerUp?: Int32Array }> {
  const k = predictor.palette.frequency.length;
  const { width, height } = gray;
  const indices = new Int32Array(width * height);
  const second = runnerUp ? new Int32Array(width * height) : undefined;
  // Where the model is unsure is judged from the probabilities (see unsureParts).
  const wanted = options.probabilities || options.uncertainty;
  // Probabilities and log-probabilities are one read-back: the latter are exponentiated on the host when both are asked for.
  const evidence = wanted || logProbabilities ? new Float32Array(width * height * k) : undefined;
  const hints = options.hintSources;
  await forEachPredictionTileAsync(
    predictor,
    gray,
    {
      indices: true,
      runnerUp,
      ...(evidence ? { evidence: logProbabilities ? ('log-probability' as const) : ('probability' as const) } : {}),
    },
    (tile) => {
      for (let y = 0; y < tile.height; y++) {
        const src = y * tile.width;
        const dst = (tile.y + y) * width + tile.x;
        indices.set(tile.indices!.subarray(src, src + tile.width), dst);
        second?.set(tile.runnerUp!.subarray(src, src + tile.width), dst);
        evidence?.set(tile.evidence!.subarray(src * k, (src + tile.width) * k), dst * k);
      }
    },
    { hints, signal: options.signal },
  );
  let probabilities = wanted && !logProbabilities ? evidence : undefined;
  if (wanted && logProbabilities) probabilities = evidence!.map(Math.exp);
  return {
    width,
    height,
    k,
    indices,
    ...(probabilities ? { probabilities } : {}),
    ...(logProbabilities ? { logProbabilities: evidence } : {}),
    ...(second ? { runnerUp: second } : {}),
  };
}
