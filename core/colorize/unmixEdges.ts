import { rgbToLab } from '../colour/rgbToLab';
import { OPAQUE_ALPHA } from '../image/limits';
import { grayLevels } from '../inputs/grayLevels';
import { nearestPaletteIndex } from '../palette/nearestPaletteIndex';
import type { HintRegions } from '../hints/HintRegions';
import type { GrayImage, Palette } from '../types';

/** A pixel is flat (a fill, not an edge) when each 4-neighbour's gray is within this many levels of its own. */
export const FLAT_LEVELS = 6;
/** How far (in pixels, a square window) an edge pixel looks for the flat colours it may be a mix of. */
export const EDGE_RADIUS = 4;
/** Two flat colours closer in gray than this cannot tell by gray how much of each an edge pixel holds. */
const MIN_GRAY_GAP = 8;
/** How far outside the two flat grays an edge pixel's gray may lie (as a share of their gap) and still be their mix. */
const SLACK = 0.05;
/** `code` of an edge pixel, and of a flat pixel that is no partner (partly transparent); partners' codes are ≥ 0. */
const EDGE = -1;
const FLAT_ONLY = -2;
/**
 * `code` of an opaque edge pixel on a thin run (3 of its 4 neighbours within FLAT_LEVELS: a part of one gray too thin for
 * flat pixels, an eye's white a pixel or two wide) is THIN − c, c its code were it a partner.
 */
const THIN = -3;
/** How far (in pixels, a square window) a thin light line looks for a fill at least as light as it (past EDGE_RADIUS). */
const LIGHT_RADIUS = 10;
/** The least share of the way from the nearest fill's gray to that lighter fill's at which an edge pixel is a thin light line. */
const LIGHT_LINE_SHARE = 0.5;
/** snapMix's second colour for a mix with black (a dark line's ink). */
const BLACK = -1;
/** Distinct flat colours an edge pixel weighs at most (the first met, scanning its window row by row; art rarely meets more at one edge). */
const MAX_COLOURS = 8;

/** What unmixEdges knows about the art beyond its gray. */
export interface EdgeContext {
  /** The hints' regions: left as they are. */
  readonly keep?: HintRegions;
  /**
   * Per pixel, the art's alpha (0–255), when it has one. A partly transparent
   * pixel is its stroke's colour under partial coverage, not a blend: its gray
   * (composited on white, see toGrayImage) is un-composited first.
   */
  readonly alpha?: Uint8Array;
  /** 256 gray levels → palette index (the style's lookup): a partly transparent pixel's colour when nothing around tells it. */
  readonly lookup?: Int32Array;
}

/**
 * Antialiased edges as mixes of the fills they separate. Art drawn at a
 * larger size and scaled down, or rasterized with antialiasing, has edge
 * pixels that are sRGB blends of the two fills they divide; a blend of red
 * and black is a dark red that no region of the art has, and the network,
 * seeing only gray, mostly gives it one side's colour or another region's
 * of that gray (often a hint's: the same gray elsewhere). Here an edge pixel
 * (a neighbour's gray differs by more than FLAT_LEVELS) between flat pixels
 * of two decided colours a and b, within EDGE_RADIUS, whose gray lies between
 * theirs, takes the palette colour nearest (CIELAB) to the sRGB mix
 * t·a + (1 − t)·b with t set by the grays, t = (g − g_b) / (g_a − g_b) (gray is
 * linear in sRGB, so the mix has the pixel's own gray); of several such pairs,
 * the nearest. An edge pixel whose gray is within FLAT_LEVELS of a flat
 * colour nearby is that fill's border (beside the canvas, a lighter part, a
 * thin dark line) and takes its colour, unless a pair it mixes is nearer.
 * Measured on 12 held-out Noto emoji (seed 1, foreground
 * ΔE2000 gap closed at 0 / 5 / 20 simulated hints): 7.8 / 68.0 / 90.5% →
 * 14.3 / 74.1 / 96.2%. An edge pixel darker than the fill nearest it, and
 * no mix of two, is a stroke too thin to have flat pixels of its own ink
 * (a pixel-wide outline) over that fill: it takes the fill darkened toward
 * black to its gray, t·fill with t = g / g_fill (toonhead-cast, whose parts
 * all have a black stroke about a pixel wide at 128², seed 1: 66.0 / 62.0 /
 * 82.0% → 73.3 / 68.3 / 87.3%, Noto 14.6 / 77.2 / 96.8% →
 * 16.0 / 77.3 / 96.7%; the palette's darkest colour as the ink instead of
 * black, or the lookup's colour of the darkest gray within 2 px, gained a
 * half and a tenth as much on the cast). An edge pixel lighter than every
 * fill nearby (so no mix of two) whose gray is at least LIGHT_LINE_SHARE of
 * the way from the nearest fill's to that of the nearest flat pixel at least
 * as light as it within LIGHT_RADIUS is a light stroke too thin for flat
 * pixels of its own (the cast's eyebrows and temple wisps of hair colour on
 * darker skin): it takes the mix of those two fills, t from the grays as
 * above (toonhead-cast, seed 1, at 0 / 1 / 2 / 5 / 10 / 20 hints:
 * 73.2 / 73.2 / 71.2 / 68.3 / 84.7 / 87.3% →
 * 74.9 / 74.8 / 72.6 / 69.6 / 86.0 / 88.5%; Noto within 0.06 points at
 * every count, 16.0 / 50.2 / 56.6 / 77.3 / 90.0 / 96.7%; toward the nearest
 * flat pixel lighter than the nearest fill even when darker than the edge
 * pixel, its colour then, the cast fell to 69.8 / 69.7 / 67.5 / 64.5 / 80.9 /
 * 83.6%: an eye's white took a mid-gray skin colour). With no flat pixel
 * that light within LIGHT_RADIUS, the nearest pixel of a thin run at least as
 * light stands in for it (an opaque edge pixel with 3 of its 4 neighbours
 * within FLAT_LEVELS, a part too thin for flat pixels, with its own decision):
 * an eye's white a pixel or two wide has none, and its rim toward the dark
 * iris, a light gray, had the network's skin or hair colour (toonhead-cast,
 * seed 1, Adadelta ε 1e-5: 77.9 / 77.8 / 76.5 / 73.4 / 86.8 / 88.5% →
 * 78.1 / 78.1 / 76.7 / 73.7 / 87.1 / 88.8%, +0.24…0.26 points at every count;
 * Noto 15.01 / 50.84 / 57.88 / 76.58 / 90.00 / 96.74% →
 * 14.98 / 50.81 / 57.88 / 76.58 / 90.00 / 96.74%; on the ε 1e-6 style,
 * thin runs searched with the flat pixels, nearest of either, lost 0.1 at
 * 0–2 hints, and a wider search for flat pixels instead, at least as light
 * within 16–48 px, lost up to 0.2, of the pixel's own gray gained nothing). Other edge
 * pixels (lighter than everything within reach, as an eye's white's own
 * pixels are) keep their decision.
 *
 * With `alpha`, only opaque flat pixels are partners, and a partly
 * transparent pixel (thin strands, a drawing's outer contour on a transparent
 * canvas) is judged by its un-composited gray: a flat colour of that gray
 * nearby, else a mix as above, else, darker than the nearest fill, that fill
 * darkened (above; the cast's outer contour is its black stroke over the
 * art's edge fill), else, a thin light line, its mix (above), else the
 * flat colour nearby nearest it in gray, and only with no flat colour within
 * EDGE_RADIUS the `lookup` colour of that gray (toonhead-cast, seed 1, at
 * 0 / 5 / 20 hints: 51.0 / 50.7 / 71.1% → 54.2 / 53.4 / 75.3% with the
 * lookup as fallback). A strand lookup (the colour the training art's
 * strands of a gray mostly had) before the nearest flat gray once added 1.5
 * points a count; once the dark and light lines took most of its strands it
 * added 0.04–0.05 (74.85 / 74.75 / 72.60 / 69.54 / 85.98 / 88.43% →
 * 74.89 / 74.79 / 72.64 / 69.59 / 86.03 / 88.47% at 0 / 1 / 2 / 5 / 10 / 20
 * hints) and was dropped.
 *
 * A fill's own gray for opaque edge pixels, and the nearest flat gray before
 * the lookup, took toonhead-cast (seed 1, the eval's style) from
 * 53.8 / 53.6 / 76.1% to 64.4 / 60.7 / 80.0% at 0 / 5 / 20 hints (the first
 * alone 61.7 / 58.3 / 78.0%), and Noto from 14.3 / 74.1 / 96.4% to
 * 14.6 / 74.3 / 96.7%: edge pixels are a quarter of the cast's foreground,
 * the network decides them from a gray that belongs to no part, and the
 * lookup decides a strand from every part of its gray.
 *
 * Sets `decided` (palette indices per pixel of `gray`) in place; flat
 * pixels (of any alpha), fully transparent ones and kept ones are left as they are. Only
 * flat pixels and thin runs' decisions as they came are read, so the order of visits does not matter.
 */
export function unmixEdges(decided: Int32Array, gray: GrayImage, palette: Palette, context: EdgeContext = {}): void {
  const { width, height } = gray;
  const n = width * height;
  if (decided.length !== n) throw new RangeError(`unmixEdges: ${decided.length} decisions for ${width}×${height} pixels.`);
  const { keep, alpha, lookup } = context;
  if (alpha && alpha.length !== n) throw new RangeError(`unmixEdges: ${alpha.length} alpha values for ${width}×${height} pixels.`);
  // Gray levels as bytes: at 4096² the first touch of fresh memory (about 3 ms per MB on these machines) costs more
  // than the arithmetic, and bytes are a quarter of the Int32s the floods need.
  const level = grayLevels(gray.data, new Uint8Array(n));
  // Per pixel, in one array the window scan below reads: a partner's decision and gray level ((decision + 1) · 256 +
  // level), EDGE for an edge pixel, FLAT_ONLY for a flat pixel that is no partner, THIN − that for a thin run's (both
  // read before any decision changes). Partners are flat pixels, and opaque ones when the art has alpha; a flat pixel is
  // never an edge, whatever its alpha (a shadow or glow of one translucent colour keeps the network's decision). Only
  // edge pixels change, so partners' codes stay true while it runs.
  const code = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const x = i % width;
    const v = level[i];
    // Neighbours within FLAT_LEVELS of it (the image's border counts as one).
    const similar =
      +(x === 0 || Math.abs(level[i - 1] - v) <= FLAT_LEVELS) +
      +(x === width - 1 || Math.abs(level[i + 1] - v) <= FLAT_LEVELS) +
      +(i < width || Math.abs(level[i - width] - v) <= FLAT_LEVELS) +
      +(i + width >= n || Math.abs(level[i + width] - v) <= FLAT_LEVELS);
    const partner = ((decided[i] + 1) << 8) | v;
    const opaque = !alpha || alpha[i] >= OPAQUE_ALPHA;
    code[i] = similar === 4 ? (opaque ? partner : FLAT_ONLY) : similar === 3 && opaque ? THIN - partner : EDGE;
  }
  const rgb = palette.rgb;
  const snapped = new Map<number, number>();
  const lab = new Float64Array(3);
  // Per edge pixel: the distinct flat colours around it, the squared distance to the nearest pixel of each, and that pixel's gray.
  const colours = new Int32Array(MAX_COLOURS);
  const distance = new Int32Array(MAX_COLOURS);
  const colourLevel = new Int32Array(MAX_COLOURS);
  // The runs of `keep` from the one at or after pixel i, as i goes up.
  const kept = keep?.runs ?? new Int32Array(0);
  let run = 0;
  for (let i = 0; i < n; i++) {
    const a = alpha ? alpha[i] : 255;
    if (a === 0 || code[i] >= 0 || code[i] === FLAT_ONLY) continue;
    while (run < kept.length && kept[run + 1] <= i) run += 3;
    if (run < kept.length && kept[run] <= i) continue;
    const x = i % width;
    const y = (i - x) / width;
    let found = 0;
    const x0 = Math.max(0, x - EDGE_RADIUS);
    const x1 = Math.min(width - 1, x + EDGE_RADIUS);
    const y1 = Math.min(height - 1, y + EDGE_RADIUS);
    for (let yy = Math.max(0, y - EDGE_RADIUS); yy <= y1; yy++) {
      const row = yy * width;
      const dy2 = (yy - y) * (yy - y);
      for (let xx = x0; xx <= x1; xx++) {
        const v = code[row + xx];
        if (v < 0) continue;
        const c = (v >> 8) - 1;
        const d = dy2 + (xx - x) * (xx - x);
        let at = 0;
        while (at < found && colours[at] !== c) at++;
        if (at === found) {
          if (found === MAX_COLOURS) continue;
          colours[found] = c;
          distance[found] = d;
          colourLevel[found++] = v & 255;
        } else if (d < distance[at]) {
          distance[at] = d;
          colourLevel[at] = v & 255;
        }
      }
    }
    // A partly transparent pixel's own gray, before it was composited on white.
    const opaque = a >= OPAQUE_ALPHA;
    const g = opaque ? level[i] : (level[i] - (255 - a)) / (a / 255);
    let best = -1;
    let bestDistance = Infinity;
    // A flat colour of the pixel's own gray nearby: the pixel is that fill's border (at a lighter neighbour, the
    // canvas, a thin dark line), not a mix, unless a pair it mixes is nearer.
    for (let c = 0; c < found; c++) {
      if (Math.abs(colourLevel[c] - g) > FLAT_LEVELS || 2 * distance[c] >= bestDistance) continue;
      best = colours[c];
      bestDistance = 2 * distance[c];
    }
    for (let ca = 0; ca < found; ca++) {
      for (let cb = ca + 1; cb < found; cb++) {
        const ga = colourLevel[ca];
        const gb = colourLevel[cb];
        if (Math.abs(ga - gb) < MIN_GRAY_GAP) continue;
        const t = (g - gb) / (ga - gb);
        if (t < -SLACK || t > 1 + SLACK || distance[ca] + distance[cb] >= bestDistance) continue;
        best = snapMix(rgb, colours[ca], colours[cb], Math.min(1, Math.max(0, t)), palette, snapped, lab);
        bestDistance = distance[ca] + distance[cb];
      }
    }
    // Darker than the fill nearest it (of equally near ones, the darkest) and no mix of two: a thin dark line over
    // that fill, its ink under partial coverage, so the fill darkened toward black to the pixel's gray. Strokes
    // thinner than FLAT_LEVELS allows never show a flat pixel of their own ink (toonhead-cast draws every part with a
    // black stroke about a pixel wide at 128²); the network gave them another dark part's colour of their gray.
    if (best < 0 && found > 0) {
      let fill = 0;
      for (let c = 1; c < found; c++) {
        if (distance[c] < distance[fill] || (distance[c] === distance[fill] && colourLevel[c] < colourLevel[fill])) fill = c;
      }
      if (g < colourLevel[fill]) best = snapMix(rgb, colours[fill], BLACK, Math.max(0, g) / colourLevel[fill], palette, snapped, lab);
      else {
        // Lighter than the nearest fill, and than every fill nearby (one of its gray or lighter would have made it
        // that fill's border or a mix, above): a thin light line when its gray is most of the way from the nearest
        // fill's to that of the nearest flat pixel at least as light as it, a little further off, so a mix of those two.
        // With none, the nearest thin run's pixel at least as light (an eye's white too thin for flat pixels: its
        // antialiased rim toward a dark iris is that white mixed with the iris; the run's own pixels, t = 1, keep theirs).
        const flat = nearestFlatFrom(code, width, height, x, y, g, 0);
        const light = flat >= 0 ? flat : nearestFlatFrom(code, width, height, x, y, g, THIN);
        const t = (g - colourLevel[fill]) / ((light & 255) - colourLevel[fill]);
        if (light >= 0 && t >= LIGHT_LINE_SHARE) best = snapMix(rgb, (light >> 8) - 1, colours[fill], t, palette, snapped, lab);
      }
    }
    // A partly transparent pixel of no flat colour's gray and no mix: the flat colour nearby nearest it in gray (a
    // strand beside its own part, a shade or two off), and only with none in reach the lookup's colour of its gray.
    if (best < 0 && !opaque) {
      let nearest = Infinity;
      for (let c = 0; c < found; c++) {
        const d = Math.abs(colourLevel[c] - g);
        if (d < nearest) {
          nearest = d;
          best = colours[c];
        }
      }
      if (best < 0 && lookup) best = lookup[Math.max(0, Math.min(255, Math.round(g)))];
    }
    if (best >= 0) decided[i] = best;
  }
}

/**
 * The code (see unmixEdges) of the partner nearest pixel (x, y) within LIGHT_RADIUS whose gray level is at least
 * `from` (of equally near ones, the first met scanning row by row), or -1; with `thin` THIN, of the thin run's pixel
 * instead (the partner code it holds).
 */
function nearestFlatFrom(code: Int32Array, width: number, height: number, x: number, y: number, from: number, thin: number): number {
  // Few pixels come here (thin light lines only), so the window is written for size, not speed (dist/ui.html's budget).
  let nearest = -1;
  let nearestDistance = Infinity;
  for (let yy = Math.max(0, y - LIGHT_RADIUS); yy <= Math.min(height - 1, y + LIGHT_RADIUS); yy++) {
    for (let xx = Math.max(0, x - LIGHT_RADIUS); xx <= Math.min(width - 1, x + LIGHT_RADIUS); xx++) {
      const v = thin ? thin - code[yy * width + xx] : code[yy * width + xx];
      const d = (yy - y) ** 2 + (xx - x) ** 2;
      if (v >= 0 && (v & 255) >= from && d < nearestDistance) {
        nearest = v;
        nearestDistance = d;
      }
    }
  }
  return nearest;
}

/**
 * The palette index nearest (CIELAB) to the sRGB mix t·a + (1 − t)·b of palette colours a and b (b may be BLACK),
 * cached by the mix's 24-bit colour.
 */
function snapMix(rgb: Uint8Array, a: number, b: number, t: number, palette: Palette, snapped: Map<number, number>, lab: Float64Array): number {
  const black = b === BLACK;
  const r = Math.round(t * rgb[a * 3] + (black ? 0 : (1 - t) * rgb[b * 3]));
  const g = Math.round(t * rgb[a * 3 + 1] + (black ? 0 : (1 - t) * rgb[b * 3 + 1]));
  const bl = Math.round(t * rgb[a * 3 + 2] + (black ? 0 : (1 - t) * rgb[b * 3 + 2]));
  const key = (r << 16) | (g << 8) | bl;
  let index = snapped.get(key);
  if (index === undefined) {
    rgbToLab(r, g, bl, lab);
    index = nearestPaletteIndex(lab[0], lab[1], lab[2], palette);
    snapped.set(key, index);
  }
  return index;
}
