import * as tf from '../tf/tf';

interface TapeState {
  activeTape: { saved?: tf.Tensor[] }[] | null;
  gradientDepth: number;
}

/**
 * Frees what a throw inside `tf.variableGrads` leaves behind. The engine
 * keeps a clone of every tensor a gradient will need (75 of them for one
 * fcn step) and frees them only when it runs the backward pass; when the
 * forward pass throws, they stay allocated with nothing pointing at them
 * (tfjs 4.22). Call it from the `catch` of a step, outside any gradient.
 */
export function disposeAbandonedTape(): void {
  const state = (tf.engine() as unknown as { state: TapeState }).state;
  if (state.gradientDepth !== 0 || !state.activeTape) return;
  for (const node of state.activeTape) for (const t of node.saved ?? []) t.dispose();
  state.activeTape = [];
}
