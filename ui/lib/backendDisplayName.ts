import type { BackendName } from '../../core/types';

const NAMES: Readonly<Record<BackendName, string>> = { webgl: 'WebGL', wasm: 'WebAssembly', cpu: 'the CPU' };

/**
 * A backend as the designer reads it: `webgl` → "WebGL", `wasm` →
 * "WebAssembly", `cpu` → "the CPU". Also takes the label a style records
 * (`webgl (software)`, see backendLabel), keeping what follows the name.
 */
export function backendDisplayName(label: string): string {
  const match = /^(webgl|wasm|cpu)\b(.*)$/.exec(label);
  return match ? `${NAMES[match[1] as BackendName]}${match[2]}` : label;
}
