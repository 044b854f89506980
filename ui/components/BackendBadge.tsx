import type { BackendChoice } from '../lib/chooseBackendAsync';

/** Which tfjs backend runs the model, in words a designer understands. */
export function BackendBadge({ backend }: { backend: BackendChoice | null }) {
  if (!backend) return <span class="badge" role="status">Starting…</span>;
  const text =
    backend.name === 'webgl'
      ? backend.software
        ? 'Running on WebGL · software renderer, slower than a real GPU'
        : 'Running on WebGL'
      : `${backend.fallbackReason ? 'WebGL unavailable' : 'No GPU'} — running on the CPU, training will be slow`;
  return (
    <span
      class="badge"
      role="status"
      data-testid="backend"
      data-backend={backend.name}
      data-software={String(backend.software)}
      title={backend.fallbackReason ?? text}
    >
      <span class="badge-dot" aria-hidden="true" />
      {text}
    </span>
  );
}
