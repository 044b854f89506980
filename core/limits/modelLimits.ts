/**
 * What Hueprint accepts, in one place: the trainer refuses options outside
 * these bounds and the style parser refuses files that declare them, so a
 * style the trainer writes is always one the parser reads, and a file cannot
 * ask for more compute or memory than anything Hueprint trains.
 */

/** Palette sizes: one flat colour up to 256 colours. */
export const MIN_K = 1;
export const MAX_K = 256;

/**
 * fcn architecture. The default is width 16, depth 2; width 32 costs about
 * 4× the work per pixel (convolutions grow with width²), and a file declaring
 * width 256 colorized 30× slower than the default, so wider is refused.
 */
export const FCN_WIDTH = { min: 1, max: 32 } as const;
export const FCN_DEPTH = { min: 0, max: 4 } as const;
/** seed architecture: S (the working side) and the hidden layer. */
export const SEED_SIZE = { min: 4, max: 128 } as const;
export const SEED_HIDDEN = { min: 1, max: 4096 } as const;
export const DROPOUT = { min: 0, max: 0.95 } as const;
/**
 * The pull of hinted hues on unreached parts (FcnConfig.hintHues): a kernel
 * spread in CIELAB a*b* units (chroma spans about ±128) and the weight every
 * colour keeps; within these the weighted prior stays a proper distribution.
 */
export const HINT_HUE_SIGMA = { min: 1, max: 200 } as const;
export const HINT_HUE_FLOOR = { min: 0.001, max: 100 } as const;

/**
 * The tensor memory one training step or one colorize tile may use at its
 * peak. wasm's heap stops at 4 GB and never shrinks, a browser tab often
 * gets less, and the heap holds more than the live tensors (fragmentation,
 * host copies), so the budget for the tensors themselves is 1 GiB. The
 * default fcn at K = 32 trains at about 0.2 GB a step and colorizes a 1024²
 * tile in about 0.7 GB.
 */
export const MEMORY_BUDGET_BYTES = 1024 ** 3;

/** Weights a model may have: training keeps about six copies of each (weights, gradients, Adadelta's two accumulators, the running average, the tape), all inside the budget. */
export const MAX_WEIGHTS = Math.floor(MEMORY_BUDGET_BYTES / (4 * 6));
