import { useEffect, useRef } from 'preact/hooks';
import type { Rgba8Image } from '../../core/types';

/** An image in memory drawn at its own pixels; CSS scales it (pixelated, so flat colours stay crisp). */
export function ImageCanvas({ image, label, testId }: { image: Rgba8Image; label: string; testId?: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    context.putImageData(new ImageData(new Uint8ClampedArray(image.data), image.width, image.height), 0, 0);
  }, [image]);
  return <canvas ref={canvas} class="image-canvas" width={image.width} height={image.height} role="img" aria-label={label} data-testid={testId} />;
}
