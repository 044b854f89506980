import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { colorizeImage, grayOf, loadStyle, predictPixelsAsync, resizeBilinear, toGrayImage, trainStyle, type Rgba8Image, type StyleFile } from '../../core';
import { decodeImageBytes } from '../../cli/io';
import { splitHints } from '../../core/hints/splitHints';
import jpeg from 'jpeg-js';
import { cherryWithLeafDot, cherryWithTwoDots, CHERRY_DOT_RGB, LEAF_DOT_RGB } from '../helpers/cherryWithLeafDot';
import { makeShapeArt } from '../helpers/makeShapeArt';
import { useWasmBackend } from '../helpers/useWasmBackend';

const noto = (name: string): Rgba8Image => decodeImageBytes(readFileSync(new URL(`../../../shared/art/noto/${name}`, import.meta.url)), name);
let style: StyleFile;

beforeAll(async () => {
  await useWasmBackend();
  ({ style } = await trainStyle(['000.png', '005.png', '012.png', '020.png'].map(noto), { k: 12, epochs: 1, testFraction: 0 }));
});

/** The share of a leaf half's pixels (`half`: 1 per pixel in it) that `out` paints the leaf dot's green, each channel within `tolerance`. */
function greenShare(out: Rgba8Image, half: Uint8Array, tolerance: number): number {
  let green = 0;
  let all = 0;
  for (let i = 0; i < half.length; i++) {
    if (!half[i]) continue;
    all++;
    if (LEAF_DOT_RGB.every((v, c) => Math.abs(out.data[i * 4 + c] - v) <= tolerance)) green++;
  }
  return green / all;
}

function toGrayArt(image: Rgba8Image): Rgba8Image {
  const data = new Uint8Array(image.data);
  for (let p = 0; p < data.length; p += 4) data[p] = data[p + 1] = data[p + 2] = Math.round(grayOf(data[p], data[p + 1], data[p + 2]));
  return { width: image.width, height: image.height, data };
}

describe('colorizeImage', () => {
  it('flat: paints every pixel a palette colour, at the input size', async () => {
    const input = toGrayArt(noto('030.png'));
    const out = await colorizeImage(style, input, { mode: 'flat' });
    expect([out.width, out.height]).toEqual([128, 128]);
    const palette = new Set<number>();
    for (let i = 0; i < style.palette.rgb.length; i += 3)
      palette.add((style.palette.rgb[i] << 16) | (style.palette.rgb[i + 1] << 8) | style.palette.rgb[i + 2]);
    for (let p = 0; p < out.data.length; p += 4) expect(palette.has((out.data[p] << 16) | (out.data[p + 1] << 8) | out.data[p + 2])).toBe(true);
  });

  it("shading: keeps the input's gray in every pixel (within ±2 of 255)", async () => {
    const input = toGrayArt(noto('031.png'));
    const out = await colorizeImage(style, input, { mode: 'shading' });
    let worst = 0;
    let coloured = 0;
    for (let p = 0; p < out.data.length; p += 4) {
      worst = Math.max(worst, Math.abs(grayOf(out.data[p], out.data[p + 1], out.data[p + 2]) - input.data[p]));
      if (Math.max(out.data[p], out.data[p + 1], out.data[p + 2]) - Math.min(out.data[p], out.data[p + 1], out.data[p + 2]) > 20) coloured++;
    }
    expect(worst).toBeLessThanOrEqual(2);
    expect(coloured).toBeGreaterThan(1000); // it did add colour
  });

  it('keeps alpha: transparent pixels untouched, partly transparent ones keep their coverage', async () => {
    const input = makeShapeArt({ count: 1, size: 32, seed: 4, gray: true, background: 'transparent' })[0];
    const data = new Uint8Array(input.data);
    data[3] = 77; // one partly transparent pixel
    const out = await colorizeImage(style, { ...input, data });
    for (let p = 0; p < data.length; p += 4) {
      expect(out.data[p + 3]).toBe(data[p + 3]);
      if (data[p + 3] === 0) expect([out.data[p], out.data[p + 1], out.data[p + 2]]).toEqual([data[p], data[p + 1], data[p + 2]]);
    }
  });

  it('colorizes images larger than one tile without seams in size or coverage', async () => {
    const big = toGrayArt(noto('010.png'));
    // Tiles are 1024 px on the wasm backend; the emoji sits across the edge at x = 1024.
    const W = 1200;
    const X = 960;
    const wide = { width: W, height: 130, data: new Uint8Array(W * 130 * 4).fill(255) };
    for (let y = 0; y < 128; y++) wide.data.set(big.data.subarray(y * 512, y * 512 + 512), (y * W + X) * 4);
    // The network on every pixel: art larger than the learnt scale is otherwise predicted at that scale.
    const out = await colorizeImage(style, wide, { fullResolution: true });
    expect([out.width, out.height]).toEqual([W, 130]);
    // It must come out as it does alone.
    const alone = await colorizeImage(style, big, { fullResolution: true });
    let same = 0;
    for (let y = 0; y < 128; y++)
      for (let x = 0; x < 128; x++) {
        const a = (y * 128 + x) * 4;
        const b = (y * W + X + x) * 4;
        if (alone.data[a] === out.data[b] && alone.data[a + 1] === out.data[b + 1] && alone.data[a + 2] === out.data[b + 2]) same++;
      }
    expect(same / (128 * 128)).toBeGreaterThan(0.97);
  });

  it('a dot painted into the art steers the part it sits in: the green dot on the cherry leaf greens its dark half, not the light one', async () => {
    const { art, darkHalf, lightHalf } = cherryWithLeafDot();
    const split = splitHints(art);
    const out = await colorizeImage(style, split.gray, { hints: split.hints });
    const greened = (half: Uint8Array): number => greenShare(out, half, 0);
    // Before the dot took the gray around it (89), it read as luminance 124: 0% and 100% of the halves.
    expect(greened(darkHalf)).toBeGreaterThan(0.9);
    expect(greened(lightHalf)).toBeLessThan(0.05);
  });

  it('and so it does in noisy art (±4 per channel, as a lossy export): the dark half green, the light half not', async () => {
    // Noise patterns that left the dot at its own luminance: the light half green, the dark half the model's.
    for (const seed of [14, 19, 22]) {
      const { art, darkHalf, lightHalf } = cherryWithLeafDot(4, seed);
      const split = splitHints(art);
      const out = await colorizeImage(style, split.gray, { hints: split.hints });
      // The dot's own pixels are noisy too: green is within the noise of its colour.
      const greened = (half: Uint8Array): number => greenShare(out, half, 4);
      console.log(
        `noisy leaf dot, noise seed ${seed}: dark half ${(100 * greened(darkHalf)).toFixed(1)}% green, light half ${(100 * greened(lightHalf)).toFixed(1)}%`,
      );
      expect.soft(greened(darkHalf), `noise seed ${seed}`).toBeGreaterThan(0.9);
      expect.soft(greened(lightHalf), `noise seed ${seed}`).toBeLessThan(0.05);
    }
  });

  it("and so it does after a JPEG round trip: each dotted part comes out in its dot's colour, as from the PNG", async () => {
    // The designer exports the partly coloured art as JPEG (jpeg-js, as the CLI decodes it; quality 85) and colorizes it
    // as the CLI does. Before lossy art was told apart, compression ringing around the two dots read as 10+ extra marks
    // of dull colours that owned whole parts (the cherries dark green), and the leaf dot kept its own gray.
    const { art, darkHalf, lightHalf, cherry } = cherryWithTwoDots();
    const image = decodeImageBytes(new Uint8Array(jpeg.encode({ width: art.width, height: art.height, data: Buffer.from(art.data) }, 85).data), 'cherry.jpg');
    expect(image.lossy).toBe(true);
    const split = splitHints(image);
    expect(split.count).toBe(2);
    const out = await colorizeImage(style, split.gray, { hints: split.hints, art: image });
    // Each dot's hint colour (one colour per dot: what its part is painted), near what the designer painted.
    const colourAt = (x: number, y: number): number[] => Array.from(split.hints.data.subarray((y * art.width + x) * 4, (y * art.width + x) * 4 + 3));
    const green = colourAt(58, 16);
    const red = colourAt(36, 102);
    const farthest = (hint: number[], painted: readonly number[]): number => Math.max(...hint.map((v, c) => Math.abs(v - painted[c])));
    expect(farthest(green, LEAF_DOT_RGB)).toBeLessThanOrEqual(16);
    expect(farthest(red, CHERRY_DOT_RGB)).toBeLessThanOrEqual(16);
    const share = (region: Uint8Array, rgb: readonly number[]): number => {
      let inColour = 0;
      let all = 0;
      for (let i = 0; i < region.length; i++) {
        if (!region[i]) continue;
        all++;
        if (rgb.every((v, c) => Math.abs(out.data[i * 4 + c] - v) <= 2)) inColour++;
      }
      return inColour / all;
    };
    console.log(
      `JPEG q85 cherry: leaf dark half ${(100 * share(darkHalf, green)).toFixed(1)}% its dot's green, light half ${(100 * share(lightHalf, green)).toFixed(1)}%, cherry ${(100 * share(cherry, red)).toFixed(1)}% its dot's red`,
    );
    expect(share(darkHalf, green)).toBeGreaterThan(0.9);
    expect(share(lightHalf, green)).toBeLessThan(0.05);
    expect(share(cherry, red)).toBeGreaterThan(0.9);
  });

  it('refuses bad input with a clear message', async () => {
    await expect(colorizeImage(style, { width: 0, height: 4, data: new Uint8Array(0) })).rejects.toThrow(/image to colorize/i);
    await expect(colorizeImage(style, makeShapeArt({ count: 1 })[0], { mode: 'neon' as 'flat' })).rejects.toThrow(/Unknown mode/);
  });

  it('stops between tiles when cancelled, leaving no tensors', async () => {
    const tf = await import('../../core/tf/tf');
    const before = tf.memory().numTensors;
    const controller = new AbortController();
    const big = { width: 2100, height: 40, data: new Uint8Array(2100 * 40 * 4).fill(200) };
    const running = colorizeImage(style, big, { signal: controller.signal, fullResolution: true });
    controller.abort();
    await expect(running).rejects.toThrow(/cancelled/);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('predicts, then paints: a loaded style colorizes a batch with one upload, the same pixels, and its probabilities back the decisions', async () => {
    const tf = await import('../../core/tf/tf');
    const inputs = ['030.png', '031.png'].map((name) => toGrayArt(noto(name)));
    const before = tf.memory().numTensors;
    const loaded = loadStyle(style);
    const uploaded = tf.memory().numTensors - before;
    expect(uploaded).toBeGreaterThan(0);
    for (const input of inputs) {
      for (const mode of ['flat', 'shading'] as const) {
        const once = await colorizeImage(loaded, input, { mode });
        // Colorizing with the loaded style uploads nothing more and leaves its weights alone.
        expect(tf.memory().numTensors - before).toBe(uploaded);
        expect(once.data).toEqual((await colorizeImage(style, input, { mode })).data);
      }
    }
    const gray = toGrayImage(inputs[0]);
    const predicted = await predictPixelsAsync(loaded, gray, { probabilities: true });
    loaded.dispose();
    expect(tf.memory().numTensors).toBe(before);
    const { k, indices, probabilities } = predicted;
    expect(k).toBe(style.palette.frequency.length);
    // Asking for probabilities does not change the decisions: they paint the same flat image.
    const flat = await colorizeImage(style, inputs[0]);
    let painted = 0;
    for (let i = 0; i < indices.length; i++) {
      if (inputs[0].data[i * 4 + 3] === 0) continue; // transparent pixels are left as they were
      painted++;
      expect(flat.data.subarray(i * 4, i * 4 + 3)).toEqual(style.palette.rgb.subarray(indices[i] * 3, indices[i] * 3 + 3));
    }
    expect(painted).toBeGreaterThan(1000);
    expect(probabilities).toHaveLength(gray.data.length * k);
    // Every row is a distribution, and the decided colour is one the model gives real weight to.
    let agree = 0;
    let sure = 0;
    let sureAgree = 0;
    for (let i = 0; i < indices.length; i++) {
      const row = probabilities!.subarray(i * k, i * k + k);
      let sum = 0;
      let best = 0;
      for (let c = 0; c < k; c++) {
        sum += row[c];
        if (row[c] > row[best]) best = c;
      }
      expect(Math.abs(sum - 1)).toBeLessThan(1e-4);
      if (best === indices[i]) agree++;
      if (row[best] >= 0.9) {
        sure++;
        if (best === indices[i]) sureAgree++;
      }
    }
    // min-ΔE decisions differ from the arg-max where the model hesitates: where it is sure (a 1-epoch style is
    // on over half the pixels) they are its likeliest colour (measured 99.4%; 90% over all pixels).
    expect(sure / indices.length).toBeGreaterThan(0.5);
    expect(sureAgree / sure).toBeGreaterThan(0.98);
    expect(agree / indices.length).toBeGreaterThan(0.85);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('art larger than the learnt scale: predicted at that scale, brought up guided by its gray, close to the network on every pixel, hints exact', async () => {
    const tf = await import('../../core/tf/tf');
    // An emoji drawn 4× larger than the art the style learnt from (its learnt side is 256).
    const colour = resizeBilinear(noto('030.png'), 1024, 1024);
    const gray = toGrayArt(colour);
    const before = tf.memory().numTensors;
    const loaded = loadStyle(style);
    const fast = await predictPixelsAsync(loaded, toGrayImage(gray));
    const every = await predictPixelsAsync(loaded, toGrayImage(gray), { fullResolution: true });
    // A hint mark of an off-palette colour, 3 px wide, far smaller than one pixel at the learnt scale.
    const hints = { width: 1024, height: 1024, data: new Uint8Array(1024 * 1024 * 4) };
    for (let y = 500; y < 503; y++) for (let x = 500; x < 503; x++) hints.data.set([12, 200, 34, 255], (y * 1024 + x) * 4);
    const hinted = await colorizeImage(loaded, gray, { hints });
    loaded.dispose();
    expect(tf.memory().numTensors).toBe(before);
    expect(fast.indices).toHaveLength(1024 * 1024);
    let agree = 0;
    let opaque = 0;
    for (let i = 0; i < fast.indices.length; i++) {
      if (gray.data[i * 4] > 250) continue; // the white canvas says little
      opaque++;
      if (fast.indices[i] === every.indices[i]) agree++;
    }
    expect(opaque).toBeGreaterThan(100_000);
    expect(agree / opaque).toBeGreaterThan(0.8);
    expect(hinted.acceptsHints).toBe(true);
    expect(hinted.hintPixels).toBe(9);
    for (let y = 500; y < 503; y++)
      for (let x = 500; x < 503; x++) expect([...hinted.data.subarray((y * 1024 + x) * 4, (y * 1024 + x) * 4 + 3)]).toEqual([12, 200, 34]);
  });
});
