/**
 * The one place core/ imports TensorFlow.js from. tfjs-core alone has no
 * gradients registered, and we train, so register them here once. Backends
 * are the host's choice (ui/ or cli/), never core's.
 */
import '@tensorflow/tfjs-core/dist/register_all_gradients';
export * from '@tensorflow/tfjs-core';
