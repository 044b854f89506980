import type { HeldOutExample } from '../../core/index';
import { resizeNearest } from '../../core/image/resizeNearest';
import type { Rgba8Image } from '../../core/types';
import { ImageCanvas } from './ImageCanvas';

/** Another model's colouring of the same held-out image, to set beside this one. */
export interface ComparedColouring {
  readonly label: string;
  readonly accuracy: number;
  /** Absent when only the figure is known. */
  readonly colorized?: Rgba8Image;
}

interface Props {
  heldOut: HeldOutExample;
  /** What to call this style's colouring ("This style", "Original study's"). */
  label: string;
  accuracy: number;
  compared?: ComparedColouring;
  /** The style went on to train on all the art, this image included: the picture shows it before that. */
  thenTrainedOnAll?: boolean;
}

const percent = (fraction: number) => (Number.isFinite(fraction) ? ` · ${Math.round(fraction * 100)}%` : '');

/**
 * Before/after of one image training held out: the gray it was given, the style's colours and the real
 * colours, side by side at the panel's width (and another model's colours of the same image, when known),
 * so a designer judges the style by eye, not by a percentage alone. The picture is the measured model's:
 * when the style then trained on all the art, the caption says this image was learnt from afterwards.
 */
export function HeldOutComparison({ heldOut, label, accuracy, compared, thenTrainedOnAll = false }: Props) {
  const { width, height } = heldOut.colorized;
  // Another model worked at another size: its picture goes on this one's pixel grid (nearest, so it keeps its palette
  // colours), so the two are shown at the same size and sharpness and differ only in their colours.
  const other = compared?.colorized;
  const regridded = other !== undefined && (other.width !== width || other.height !== height);
  const columns: { key: string; image: Rgba8Image; caption: string }[] = [
    { key: 'gray', image: heldOut.gray, caption: 'Gray it was given' },
    { key: 'colorized', image: heldOut.colorized, caption: `${label}${percent(accuracy)}` },
    ...(other
      ? [{ key: 'compared', image: regridded ? resizeNearest(other, width, height) : other, caption: `${compared!.label}${percent(compared!.accuracy)}` }]
      : []),
    { key: 'original', image: heldOut.original, caption: 'Real colours' },
  ];
  return (
    <figure class="held-out" data-testid="held-out" style={{ margin: 0 }}>
      <figcaption class="section-title">{thenTrainedOnAll ? 'On an image held out to test it' : 'On art it never saw'}</figcaption>
      <div class="held-out-images" style={{ gridTemplateColumns: `repeat(${columns.length}, 1fr)` }}>
        {columns.map((column) => (
          <div key={column.key} class="held-out-image">
            <ImageCanvas image={column.image} label={column.caption} testId={`held-out-${column.key}`} />
            <span class="muted">{column.caption}</span>
          </div>
        ))}
      </div>
      {thenTrainedOnAll && (
        <p class="muted" style={{ margin: 0 }} data-testid="held-out-then-trained">
          Coloured while held out. The style then trained on all your art, this image included.
        </p>
      )}
      {regridded && (
        <p class="muted" style={{ margin: 0 }} data-testid="held-out-regridded">
          {compared!.label} shown at {width}×{height} px too, the size this model coloured at: compare their colours.
        </p>
      )}
      {compared && !compared.colorized && (
        <p class="muted" style={{ margin: 0 }} data-testid="held-out-compared">
          {compared.label}: {Math.round(compared.accuracy * 100)}% of pixels right on the same held-out art.
        </p>
      )}
    </figure>
  );
}
