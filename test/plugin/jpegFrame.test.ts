/**
 * Partly coloured art saved as JPEG, colorized through a layer the plugin
 * exports (a frame, a group, a shape with more than its image fill): the
 * export is a PNG, so only the plugin can tell the UI that its pixels carry
 * JPEG ringing (IMAGE `lossy`). Plugin → IMAGE → the UI's readHintedArtAsync,
 * with the CLI's decoder standing in for the browser's codecs.
 */
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeImageBytes } from '../../cli/io';
import type { PluginMessage } from '../../core/protocol/messages';
import { MAX_IMAGES_CHECKED } from '../../plugin/showsLossyImageAsync';
import { readHintedArtAsync } from '../../ui/lib/readHintedArtAsync';
import { addFrameNode, addImageNode, addNode, createFakeFigma, type FakeFigma } from '../fakeFigma';
import { cherryWithLeafDot } from '../helpers/cherryWithLeafDot';
import { rasterizeSvgWithResvg } from './rasterizeSvgWithResvg';
import { only, solidPng, startPlugin, type Running } from './setup';

let running: Running | undefined;
afterEach(() => running?.stop());

/** The Noto cherry in gray with one green dot painted on its leaf (128×128), as JPEG (jpeg-js, the CLI's codec) and as PNG. */
function cherryDot(quality: number): { jpg: Uint8Array; png: Uint8Array } {
  const { art } = cherryWithLeafDot();
  const data = Buffer.from(art.data);
  const png = new PNG({ width: art.width, height: art.height });
  data.copy(png.data);
  return { jpg: new Uint8Array(jpeg.encode({ width: art.width, height: art.height, data }, quality).data), png: new Uint8Array(PNG.sync.write(png)) };
}

/** What colorize reads from each selected item: plugin READ_SELECTION with hints, then the UI's reading of each IMAGE. */
async function readForColorize(fake: FakeFigma): Promise<{ name: string; lossy: boolean | undefined; regions: number }[]> {
  running = await startPlugin(fake);
  const images = only((await running.send({ type: 'READ_SELECTION', requestId: 'jpeg', maxSide: 4096, hints: true })) as PluginMessage[], 'IMAGE');
  const read = [];
  for (const image of images) {
    const art = await readHintedArtAsync(image, decodeImageBytes);
    read.push({ name: image.item.name, lossy: image.lossy, regions: art.sources.colouredRegions });
  }
  return read;
}

describe('partly coloured art saved as JPEG, read through an export', () => {
  it('a frame, a group (another layer over part of it) or a shape with a second fill showing the JPEG reads its one painted dot as 1 region, as the bare JPEG does', async () => {
    const { jpg } = cherryDot(90);
    const fake = createFakeFigma();
    fake.useSvgRasterizer(rasterizeSvgWithResvg);
    const bare = addImageNode(fake, { name: 'Bare JPEG', pngBytes: jpg, x: 0 });
    const frame = addFrameNode(fake, { name: 'JPEG in a frame', width: 128, height: 128, x: 200 });
    addImageNode(fake, { name: 'Cherry', pngBytes: jpg, parent: frame }); // a frame's children sit in its space
    const group = addFrameNode(fake, { name: 'JPEG in a group', type: 'GROUP', width: 128, height: 128, x: 400 });
    addImageNode(fake, { name: 'Cherry', pngBytes: jpg, parent: group, x: 400 });
    // A gray strip over the cherry's foot: more art, no colour.
    addNode(fake, {
      type: 'RECTANGLE',
      name: 'Strip',
      parent: group,
      x: 400,
      y: 120,
      width: 128,
      height: 8,
      fills: [{ type: 'SOLID', color: { r: 0.5, g: 0.5, b: 0.5 } }],
    });
    const filled = addImageNode(fake, { name: 'JPEG over a white fill', pngBytes: jpg, x: 600 });
    filled.fills = [{ type: 'SOLID', color: { r: 1, g: 1, b: 1 } }, ...filled.fills];
    fake.markSetupDone();
    fake.select(bare, frame, group, filled);

    const read = await readForColorize(fake);
    console.log(`JPEG q90 cherry with one dot, coloured regions read: ${read.map((r) => `${r.name} ${r.regions}`).join(', ')}`);
    // Before the export said so: 7–10 regions in the frame, group and shape (JPEG ringing read as hints).
    expect(read).toEqual([
      { name: 'Bare JPEG', lossy: undefined, regions: 1 }, // its bytes are the JPEG: the UI's decoder tells
      { name: 'JPEG in a frame', lossy: true, regions: 1 },
      { name: 'JPEG in a group', lossy: true, regions: 1 },
      { name: 'JPEG over a white fill', lossy: true, regions: 1 },
    ]);
    // Training reads no hints, so the plugin does not look for a JPEG in it: its IMAGEs carry no flag.
    const train = only((await running!.send({ type: 'READ_SELECTION', requestId: 'train', maxSide: 256 })) as PluginMessage[], 'IMAGE');
    expect(train.map((image) => image.lossy)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('says nothing for art with no JPEG showing: a PNG in a frame with a JPEG hidden in it', async () => {
    const { jpg, png } = cherryDot(90);
    const fake = createFakeFigma();
    fake.useSvgRasterizer(rasterizeSvgWithResvg);
    const frame = addFrameNode(fake, { name: 'PNG in a frame', width: 128, height: 128 });
    addImageNode(fake, { name: 'Cherry', pngBytes: png, parent: frame });
    const hidden = addImageNode(fake, { name: 'Old JPEG', pngBytes: jpg, parent: frame });
    hidden.visible = false;
    fake.markSetupDone();
    fake.select(frame);
    expect(await readForColorize(fake)).toEqual([{ name: 'PNG in a frame', lossy: undefined, regions: 1 }]);
  });

  it(`reads the bytes of at most ${MAX_IMAGES_CHECKED} images of one layer, bottom first`, async () => {
    const { jpg } = cherryDot(90);
    const fake = createFakeFigma();
    fake.useSvgRasterizer(rasterizeSvgWithResvg);
    const collage = addFrameNode(fake, { name: 'Collage', width: 128, height: 128 });
    for (let i = 0; i < MAX_IMAGES_CHECKED; i++)
      addImageNode(fake, { name: `Tile ${i}`, pngBytes: solidPng(16, 16, [i * 20, i * 20, i * 20]), parent: collage, x: i * 16, width: 16, height: 16 });
    addImageNode(fake, { name: 'Top JPEG', pngBytes: jpg, parent: collage, y: 16, width: 64, height: 64 });
    const under = addFrameNode(fake, { name: 'JPEG at the bottom', width: 128, height: 128, x: 200 });
    addImageNode(fake, { name: 'Cherry', pngBytes: jpg, parent: under });
    for (let i = 0; i < MAX_IMAGES_CHECKED; i++)
      addImageNode(fake, { name: `Tile ${i}`, pngBytes: solidPng(16, 16, [i * 20, i * 20, i * 20]), parent: under, x: i * 16, width: 16, height: 16 });
    fake.markSetupDone();
    fake.select(collage, under);
    const read = await readForColorize(fake);
    expect(read.map((r) => [r.name, r.lossy])).toEqual([
      ['Collage', undefined],
      ['JPEG at the bottom', true],
    ]);
  });
});
