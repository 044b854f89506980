import type { BackendChoice } from './chooseBackendAsync';

/** What a trained style records as its backend: `webgl`, `webgl (software)`, `wasm` or `cpu`. */
export function backendLabel(backend: BackendChoice): string {
  return backend.software ? `${backend.name} (software)` : backend.name;
}
