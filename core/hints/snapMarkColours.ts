import { rgbToLab } from '../colour/rgbToLab';
import { RINGING_REACH } from './dropRingingHints';
import { markOfHintPixels } from './markOfHintPixels';

/**
 * CIELAB distance (ΔE76) within which the pixels of one mark of lossy art
 * are one colour the designer painted: JPEG moves a flat colour's pixels by
 * up to about this much (a red dot's pixels spread over chroma 47–82 after
 * 4:2:0), while the colours of two parts a designer tells apart lie
 * farther apart.
 */
const SAME_COLOUR = 20;

/** Fewest pixels of a colour of its own within a mark; fewer are a stray of the colours beside them. */
const FEWEST = 4;

/**
 * Most pixels of a mark that is all edge: one 4:2:0 chroma block
 * (RINGING_REACH², 16×16). JPEG keeps the inside of a larger flat area
 * nearly exact, and a large mark is mostly a part coloured in its true
 * colours, shading and all, which snapping would flatten (on colour art
 * saved as JPEG, snapping every mark left 58–73% of the foreground like
 * the PNG's result instead of 73–91%, up to 300 px 70–89%; and a Noto crab
 * coloured whole, one mark, snapped to its orange, turned its white ground
 * orange).
 */
const ALL_EDGE = RINGING_REACH * RINGING_REACH;

/**
 * Gives each mark (8-connected hint pixels, see markOfHintPixels) of lossy
 * art its dominant colours: a designer paints a dot in one colour, but after
 * a JPEG round trip no two of its pixels are alike, each hint pixel owned
 * the pixels nearest it (hintOwners), and the part came out a mosaic of
 * the dot's pixels, some far off the designer's colour. Per mark, the
 * densest colour (and what lies within SAME_COLOUR of it, twice re-centred)
 * is one colour, their mean sRGB; then the next densest of the rest, while
 * it has FEWEST pixels, so a mark of several colours keeps each. The rest
 * take the nearest of the mark's colours within SAME_COLOUR, or stop being
 * hints (their `hint` set to 0, their RGBA in `hints` cleared): farther
 * from all of them, a pixel is ringing or a blend with the part beside it.
 * Marks larger than ALL_EDGE keep their colours.
 *
 * `hints` is the RGBA hint image's data (hint pixels opaque), `hint` 1 at
 * each hint pixel. Returns the number of hint pixels dropped.
 */
export function snapMarkColours(hints: Uint8Array, hint: Uint8Array, width: number): number {
  let count = 0;
  for (let i = 0; i < hint.length; i++) if (hint[i]) count++;
  const positions = new Int32Array(count);
  for (let i = 0, h = 0; i < hint.length; i++) if (hint[i]) positions[h++] = i;
  // The hint pixels grouped by mark (a counting sort on each mark's representative).
  const mark = markOfHintPixels(positions, width);
  const start = new Int32Array(count + 1);
  for (let h = 0; h < count; h++) start[mark[h] + 1]++;
  for (let m = 0; m < count; m++) start[m + 1] += start[m];
  const order = new Int32Array(count);
  const fill = start.slice(0, count);
  for (let h = 0; h < count; h++) order[fill[mark[h]]++] = positions[h];

  // Per pixel of the mark at hand (its k-th): CIELAB, and which of its colours it takes (-1 none yet).
  const lab = new Float32Array(ALL_EDGE * 3);
  const colourOf = new Int32Array(ALL_EDGE);
  const one = new Float64Array(3);
  const centres: number[] = [];
  const bins = new Map<number, number>();
  const centre = new Float64Array(3);
  const near = (k: number): boolean => distance2(lab, k, centre) <= SAME_COLOUR * SAME_COLOUR;
  let dropped = 0;
  for (let m = 0; m < count; m++) {
    const size = start[m + 1] - start[m];
    if (size === 0 || size > ALL_EDGE) continue;
    const pixels = order.subarray(start[m], start[m + 1]);
    for (let k = 0; k < size; k++) {
      const p = pixels[k] * 4;
      lab.set(rgbToLab(hints[p], hints[p + 1], hints[p + 2], one), k * 3);
    }
    colourOf.fill(-1, 0, size);
    centres.length = 0;
    let left = size;
    while (left > 0) {
      // The densest colour left: the fullest cell of a grid of half SAME_COLOUR, its mean, then twice the mean of what lies near it.
      bins.clear();
      let densest = 0;
      let fullest = 0;
      for (let k = 0; k < size; k++) {
        if (colourOf[k] >= 0) continue;
        const key = cellOf(lab, k);
        const filled = (bins.get(key) ?? 0) + 1;
        bins.set(key, filled);
        if (filled > fullest) {
          fullest = filled;
          densest = key;
        }
      }
      meanOf(lab, colourOf, size, centre, (k) => cellOf(lab, k) === densest);
      meanOf(lab, colourOf, size, centre, near);
      meanOf(lab, colourOf, size, centre, near);
      const colour = centres.length / 3;
      let members = 0;
      for (let k = 0; k < size; k++) if (colourOf[k] < 0 && near(k)) members++;
      // The first colour stands however few its pixels: a small mark is still a mark.
      if (members < FEWEST && colour > 0) break;
      for (let k = 0; k < size; k++) {
        if (colourOf[k] >= 0 || !near(k)) continue;
        colourOf[k] = colour;
        left--;
      }
      centres.push(centre[0], centre[1], centre[2]);
    }
    // Strays: the nearest colour of the mark within SAME_COLOUR, or no hint.
    for (let k = 0; k < size; k++) {
      if (colourOf[k] >= 0) continue;
      let best = SAME_COLOUR * SAME_COLOUR;
      for (let c = 0; c < centres.length; c += 3) {
        centre.set(centres.slice(c, c + 3));
        const d = distance2(lab, k, centre);
        if (d > best) continue;
        best = d;
        colourOf[k] = c / 3;
      }
    }
    // Each colour the mean sRGB of its pixels.
    for (let c = 0; c < centres.length / 3; c++) {
      const sum = [0, 0, 0];
      let taken = 0;
      for (let k = 0; k < size; k++) {
        if (colourOf[k] !== c) continue;
        for (let channel = 0; channel < 3; channel++) sum[channel] += hints[pixels[k] * 4 + channel];
        taken++;
      }
      for (let k = 0; k < size; k++) {
        if (colourOf[k] !== c) continue;
        for (let channel = 0; channel < 3; channel++) hints[pixels[k] * 4 + channel] = Math.round(sum[channel] / taken);
      }
    }
    for (let k = 0; k < size; k++) {
      if (colourOf[k] >= 0) continue;
      hint[pixels[k]] = 0;
      hints.fill(0, pixels[k] * 4, pixels[k] * 4 + 4);
      dropped++;
    }
  }
  return dropped;
}

/** The grid cell (of half SAME_COLOUR) of the k-th pixel's CIELAB colour, as one number. */
function cellOf(lab: Float32Array, k: number): number {
  const size = SAME_COLOUR / 2;
  return (Math.round(lab[k * 3] / size) * 64 + Math.round(lab[k * 3 + 1] / size) + 32) * 64 + Math.round(lab[k * 3 + 2] / size) + 32;
}

function distance2(lab: Float32Array, k: number, centre: Float64Array): number {
  return (lab[k * 3] - centre[0]) ** 2 + (lab[k * 3 + 1] - centre[1]) ** 2 + (lab[k * 3 + 2] - centre[2]) ** 2;
}

/** Into `centre`, the mean CIELAB of the first `size` pixels not yet given a colour that `accepts`; unchanged when none does. */
function meanOf(lab: Float32Array, colourOf: Int32Array, size: number, centre: Float64Array, accepts: (k: number) => boolean): void {
  let l = 0;
  let a = 0;
  let b = 0;
  let taken = 0;
  for (let k = 0; k < size; k++) {
    if (colourOf[k] >= 0 || !accepts(k)) continue;
    l += lab[k * 3];
    a += lab[k * 3 + 1];
    b += lab[k * 3 + 2];
    taken++;
  }
  if (taken > 0) centre.set([l / taken, a / taken, b / taken]);
}
