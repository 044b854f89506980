import { markOfHintPixels } from './markOfHintPixels';

/**
 * How far (pixels, each way) compression ringing from a coloured mark
 * reaches: JPEG codes colour in 8×8 blocks of its chroma planes, which
 * 4:2:0 subsampling (the default of most encoders) stretches to 16×16 pixels.
 */
export const RINGING_REACH = 16;

/**
 * Most pixels of a mark (8-connected hint pixels, see markOfHintPixels)
 * whose dull pixels may be ringing: a dot or stroke with its halo, or a
 * speck, spans a block or two. A larger mark is a part coloured in its true
 * colours, whose dull shades are its own (13 Noto drawings in colour saved
 * as JPEG: dropping them too left 81/70/79% of the foreground like the
 * PNG's result, at jpeg-js q90 and 4:2:0 q85/q95, instead of 85/73/80%).
 */
const RINGING_MARK = (2 * RINGING_REACH) ** 2;

/**
 * Drops the hint pixels of lossy art (`hint`, 1 at each) that are
 * compression ringing, not colour the designer put there: those of marks of
 * at most RINGING_MARK pixels with less than half the chroma (`chroma`,
 * CIELAB C* per pixel) of the most colourful hint pixel within
 * RINGING_REACH of them. Around a painted dot a JPEG round trip leaves a
 * halo of dull pixels, some of the dot's hue, some of the opposite one
 * (dark green around a red dot), and detached specks of chroma 12–25 within
 * the dot's blocks; each read as a hint of its own colour and owned whole
 * parts (the Noto cherry's cherries came out dark green, its leaf purple).
 * The dot's own pixels keep at least half its chroma even where 4:2:0
 * blurs its edge. Returns the number of pixels dropped (their `hint` set to 0).
 */
export function dropRingingHints(hint: Uint8Array, chroma: Float32Array, width: number): number {
  const n = hint.length;
  const height = n / width;
  let count = 0;
  for (let i = 0; i < n; i++) if (hint[i]) count++;
  const positions = new Int32Array(count);
  for (let i = 0, h = 0; i < n; i++) if (hint[i]) positions[h++] = i;
  const mark = markOfHintPixels(positions, width);
  const size = new Int32Array(count);
  for (let h = 0; h < count; h++) size[mark[h]]++;
  // The pixels that may be ringing: those of small marks.
  const small = new Uint8Array(n);
  for (let h = 0; h < count; h++) if (size[mark[h]] <= RINGING_MARK) small[positions[h]] = 1;
  // The most chroma within reach: a running maximum along each row, then along each column of those.
  const rows = new Float32Array(n);
  const line = new Float32Array(Math.max(width, height));
  const most = new Float32Array(Math.max(width, height));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) line[x] = hint[y * width + x] ? chroma[y * width + x] : 0;
    windowMaximum(line, width, most);
    rows.set(most.subarray(0, width), y * width);
  }
  let dropped = 0;
  for (let x = 0; x < width; x++) {
    for (let y = 0; y < height; y++) line[y] = rows[y * width + x];
    windowMaximum(line, height, most);
    for (let y = 0; y < height; y++) {
      const i = y * width + x;
      if (small[i] && chroma[i] * 2 < most[y]) {
        hint[i] = 0;
        dropped++;
      }
    }
  }
  return dropped;
}

/** Into `out`, the maximum of `values` (the first `length`) within RINGING_REACH of each index: a monotonic queue, linear time. */
function windowMaximum(values: Float32Array, length: number, out: Float32Array): void {
  const queue = new Int32Array(length);
  let head = 0;
  let tail = 0;
  let next = 0;
  for (let k = 0; k < length; k++) {
    // Take in every index up to k + reach, dropping the smaller values behind each.
    for (; next < length && next <= k + RINGING_REACH; next++) {
      while (tail > head && values[queue[tail - 1]] <= values[next]) tail--;
      queue[tail++] = next;
    }
    while (queue[head] < k - RINGING_REACH) head++;
    out[k] = values[queue[head]];
  }
}
