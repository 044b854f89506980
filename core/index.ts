/**
 * Hueprint's engine: pure TypeScript over tfjs-core, the same in the plugin's
 * iframe and in Node. The host registers and sets a tfjs backend first.
 */
export * from './types';
export * from './colour';
export * from './image';
export * from './palette';
export { createRandom } from './random';
export { fitForModel, prepareExample } from './dataset/prepareExample';
export { splitIndices } from './dataset/splitIndices';
export { createScoreAccumulator } from './metrics/createScoreAccumulator';
export { addToScores } from './metrics/addToScores';
export { finishScores } from './metrics/finishScores';
export { evaluateStyle, type StyleEvaluation } from './metrics/evaluateStyle';
export { trainStyle, type TrainResult } from './train/trainStyle';
export { heldOutExample, HELD_OUT_EXAMPLE_SIDE, type HeldOutExample } from './train/heldOutExample';
export type { TrainOptions, TrainHooks } from './train/TrainOptions';
export { DEFAULT_EPOCHS, resolveTrainSettings, type TrainSettings } from './train/resolveTrainSettings';
export { epochsOnAllArt } from './train/epochsOnAllArt';
export { MIN_STEPS_PER_EPOCH } from './train/stepsPerEpoch';
export { splitTrainingArt, type TrainingArt } from './train/splitTrainingArt';
export { extractTrainingPalette } from './train/extractTrainingPalette';
export { createTrainingStep, type TrainingStep, type StepResult } from './train/createTrainingStep';
export { TrainingStoppedError, type StopReason } from './train/TrainingStoppedError';
export { colorizeImage, acceptsHints, type ColorizeOptions, type ColorizeResult } from './colorize/colorizeImage';
export { loadStyle, type LoadedStyle } from './colorize/loadStyle';
export { predictPixelsAsync, type PredictOptions } from './colorize/predictPixelsAsync';
export { forEachPredictionTileAsync, type PredictionTile, type TileRequest } from './colorize/forEachPredictionTileAsync';
export type { PixelPredictions } from './colorize/PixelPredictions';
export type { Predictor } from './colorize/Predictor';
export { PAINTERS, type Painter } from './colorize/painters';
export { splitHints, HINT_CHROMA, type SplitHints } from './hints/splitHints';
export { countHintMarks } from './hints/countHintMarks';
export { evaluateHintSweep, type HintSweepRow } from './metrics/evaluateHintSweep';
export { shadingTable } from './colorize/shadingTable';
export { serializeStyle } from './style/serializeStyle';
export { parseStyle } from './style/parseStyle';
export { summarizeStyle } from './style/summarizeStyle';
export { describeTrainingArt } from './style/describeTrainingArt';
export { StyleFormatError } from './style/StyleFormatError';
export { STYLE_FORMAT, STYLE_VERSION, type StyleFile, type TrainingReport } from './style/StyleFile';
export { defaultFcnConfig, defaultSeedConfig } from './model/defaultConfigs';
export { countWeights, modelShapes } from './model/modelShapes';
export type { NamedWeight } from './model/NamedWeight';
export * from './vector';
