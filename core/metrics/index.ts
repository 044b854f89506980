export type { ScoreAccumulator } from './ScoreAccumulator';
export { createScoreAccumulator } from './createScoreAccumulator';
export { addToScores } from './addToScores';
export { finishScores } from './finishScores';
