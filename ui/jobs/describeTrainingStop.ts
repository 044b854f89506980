import { errorMessage } from '../../core/errorMessage';
import type { StopReason } from '../../core/index';

/**
 * Why training stopped, in the designer's words, from core's typed reason
 * (never from core's English message). What was kept is said by the caller.
 */
export function describeTrainingStop(reason: StopReason, cause: unknown): string {
  switch (reason) {
    case 'cancelled':
      return 'Training cancelled.';
    case 'context-lost':
      return 'The GPU dropped its WebGL context, so training stopped.';
    case 'diverged':
      return 'Training diverged (the loss is no longer a number); try fewer epochs or another seed.';
    case 'failed':
      return `Training failed: ${errorMessage(cause)}. Try fewer or smaller images, a smaller working size, or train again.`;
  }
}
