import '@tensorflow/tfjs-backend-wasm';
import { setupBackend } from '../../cli/tf/setupBackend';
import type { BackendName } from '../../core/types';

/** Tests run the engine as the CLI does: Node's wasm backend (cpu if wasm cannot start). */
export function useWasmBackend(): Promise<BackendName> {
  return setupBackend('auto');
}
