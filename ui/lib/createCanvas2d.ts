export type Canvas2d = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

/** A 2-D context on an OffscreenCanvas where available, else on a detached <canvas>. */
export function createCanvas2d(width: number, height: number): Canvas2d {
  if (typeof OffscreenCanvas !== 'undefined') {
    const ctx = new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
    if (ctx) return ctx;
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('This browser cannot create a 2-D canvas, which Hueprint needs to read and write images.');
  return ctx;
}
