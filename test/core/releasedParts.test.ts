import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readImageFile } from '../../cli/io';
import { colorizeImage, grayOf, trainStyle, type Rgba8Image, type StyleFile } from '../../core';
import { rgbToLab } from '../../core/colour/rgbToLab';
import { nearestPaletteIndex } from '../../core/palette/nearestPaletteIndex';
import * as tf from '../../core/tf/tf';
import { useWasmBackend } from '../helpers/useWasmBackend';

const here = dirname(fileURLToPath(import.meta.url));
const cast = resolve(here, '../../../shared/art/toonhead-cast');

let style: StyleFile;
let art: Rgba8Image;
let gray: Rgba8Image;

beforeAll(async () => {
  await useWasmBackend();
  const names = readdirSync(`${cast}/train`)
    .filter((f) => f.endsWith('.png'))
    .sort();
  const images = await Promise.all(names.map((f) => readImageFile(`${cast}/train/${f}`)));
  ({ style } = await trainStyle(images, { epochs: 4, seed: 1, testFraction: 0 }));
  art = await readImageFile(`${cast}/test/021.png`);
  const data = new Uint8Array(art.data);
  for (let p = 0; p < data.length; p += 4) data[p] = data[p + 1] = data[p + 2] = Math.round(grayOf(data[p], data[p + 1], data[p + 2]));
  gray = { width: art.width, height: art.height, data };
}, 240_000);

/** A round dot (radius 2) of one colour at (cx, cy), as a hint image the size of the art. */
function dot(cx: number, cy: number, rgb: readonly number[]): Rgba8Image {
  const data = new Uint8Array(art.width * art.height * 4);
  for (let y = cy - 2; y <= cy + 2; y++)
    for (let x = cx - 2; x <= cx + 2; x++) if ((x - cx) ** 2 + (y - cy) ** 2 <= 4) data.set([...rgb, 255], (y * art.width + x) * 4);
  return { width: art.width, height: art.height, data };
}

describe('a part released from a hint', () => {
  it("takes the model's own colour, not the palette colour an off-palette hint snaps to (real art, trained style)", async () => {
    // Designer trial (tester4): toonhead-cast test/021, a blue dot wholly inside the undershirt (gray 50). Its reach crosses
    // the seam into the left half of the red jacket (gray 62), the network followed it there, and the jacket, released
    // from the hint's exact colour, showed the palette's purple the blue snaps to: a colour nobody chose.
    const blue = [32, 80, 208];
    const before = tf.memory().numTensors;
    const plain = await colorizeImage(style, gray);
    const hinted = await colorizeImage(style, gray, { hints: dot(64, 120, blue) });
    expect(tf.memory().numTensors).toBe(before);
    const lab = rgbToLab(blue[0], blue[1], blue[2]);
    const purple = nearestPaletteIndex(lab[0], lab[1], lab[2], style.palette);
    const rgbAt = (image: Rgba8Image, i: number) => [...image.data.subarray(i * 4, i * 4 + 3)];
    let jacket = 0;
    let asWithout = 0;
    let snapped = 0;
    for (let y = 0; y < art.height; y++) {
      for (let x = 0; x < 54; x++) {
        const i = y * art.width + x;
        if (rgbAt(art, i).join() !== '177,31,31') continue;
        jacket++;
        if (rgbAt(hinted, i).join() === rgbAt(plain, i).join()) asWithout++;
        if (rgbAt(hinted, i).join() === [...style.palette.rgb.subarray(purple * 3, purple * 3 + 3)].join()) snapped++;
      }
    }
    expect(jacket).toBeGreaterThan(450);
    expect(snapped).toBe(0); // 484 before
    expect(asWithout / jacket).toBeGreaterThan(0.95);
    expect(rgbAt(hinted, 120 * art.width + 64)).toEqual(blue);
    // A dot of the undershirt's own dark red snaps to the palette's one red, the jacket's own colour: it stays.
    const red = await colorizeImage(style, gray, { hints: dot(64, 120, [142, 25, 25]) });
    expect(rgbAt(red, 120 * art.width + 40)).toEqual(rgbAt(plain, 120 * art.width + 40));
  });
});
