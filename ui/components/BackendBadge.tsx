import { backendDisplayName } from '../lib/backendDisplayName';
import type { BackendChoice } from '../lib/chooseBackendAsync';

/** Which tfjs backend runs the model, in words a designer understands. */
export function BackendBadge({ backend, gpuLost = false }: { backend: BackendChoice | null; gpuLost?: boolean }) {
  if (!backend)
    return (
      <span class="badge" role="status">
        Starting…
      </span>
    );
  const lost = gpuLost && backend.name === 'webgl';
  const why =
    backend.fallback === 'lost'
      ? 'WebGL was lost'
      : backend.fallback === 'software-webgl'
        ? 'No GPU (WebGL here is a software renderer)'
        : backend.fallback === 'unavailable'
          ? 'WebGL unavailable'
          : 'No GPU';
  const text = lost
    ? 'WebGL stopped: the GPU dropped its context. The next run uses WebAssembly or the CPU.'
    : backend.name === 'webgl'
      ? backend.software
        ? `Running on ${backendDisplayName('webgl')} · software renderer, slower than a real GPU`
        : `Running on ${backendDisplayName('webgl')}`
      : backend.name === 'wasm'
        ? `${why} — running on ${backendDisplayName('wasm')} (the CPU, with SIMD)${backend.fallback === 'software-webgl' ? ', about 12× faster than software WebGL' : ': slower than a GPU'}`
        : `${why} — running on ${backendDisplayName('cpu')} alone (no SIMD), training will be slow`;
  return (
    <span
      class="badge"
      role="status"
      data-testid="backend"
      data-backend={backend.name}
      data-software={String(backend.software)}
      data-lost={String(lost)}
      title={backend.fallbackReason ?? text}
    >
      <span class="badge-dot" aria-hidden="true" />
      {text}
    </span>
  );
}
