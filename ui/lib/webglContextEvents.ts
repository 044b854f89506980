import { releaseStalledWebglReads } from './releaseStalledWebglReads';

type Listener = () => void;
const listeners = new Set<Listener>();
let lost = false;

/**
 * Watches the tfjs WebGL canvas. The GPU process can drop the context at any
 * time (driver reset, too much memory, the OS reclaiming the GPU); running
 * jobs subscribe so they stop cleanly instead of failing on garbage. Listeners
 * run first (they abort their jobs), then tfjs's stalled reads are released so
 * those jobs reach their abort checks.
 */
export function watchWebglContext(canvas: HTMLCanvasElement | OffscreenCanvas): void {
  canvas.addEventListener('webglcontextlost', () => {
    lost = true;
    for (const listener of [...listeners]) listener();
    releaseStalledWebglReads();
  });
}

export function onWebglContextLost(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isWebglContextLost(): boolean {
  return lost;
}
