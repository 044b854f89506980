import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { PluginMessage, SelectionSummary } from '../../core/protocol/messages';
import { chooseExportScale } from '../../plugin/chooseExportScale';
import { EMPTY_SELECTION_MESSAGE } from '../../plugin/readSelectionAsync';
import { addFrameNode, addImageNode, addNode, createFakeFigma } from '../fakeFigma';
import { notoPng, only, solidPng, startPlugin, TINY_GIF, type Running } from './setup';

let running: Running | undefined;
afterEach(() => running?.stop());

function lastSelection(messages: readonly unknown[]): SelectionSummary {
  const selections = (messages as PluginMessage[]).filter((m) => m.type === 'SELECTION');
  return (selections[selections.length - 1] as Extract<PluginMessage, { type: 'SELECTION' }>).summary;
}

describe('selection summary', () => {
  it('is sent on start, with showUI themed at 360×600', async () => {
    const fake = createFakeFigma();
    const photo = addImageNode(fake, { name: 'Photo', pngBytes: notoPng() });
    fake.select(photo);
    running = await startPlugin(fake);
    expect(fake.ui.options).toEqual({ themeColors: true, width: 360, height: 600 });
    const summary = lastSelection(fake.ui.sent);
    expect(summary).toMatchObject({ nodes: 1, images: 1, frames: 0, skipped: [] });
    expect(summary.items[0]).toEqual({ nodeId: photo.id, name: 'Photo', kind: 'image', nodeType: 'RECTANGLE', width: 128, height: 128 });
    expect(only(fake.ui.sent as PluginMessage[], 'STYLES')).toHaveLength(1);
  });

  it('follows selectionchange and names every skip reason', async () => {
    const fake = createFakeFigma();
    running = await startPlugin(fake);
    const png = notoPng();
    const frame = addFrameNode(fake, { name: 'Frame', width: 300, height: 200, pngBytes: png });
    const group = addFrameNode(fake, { name: 'Group', type: 'GROUP', width: 50, height: 50, pngBytes: png });
    addNode(fake, { type: 'VECTOR', name: 'Inside', parent: group, fills: [{ type: 'SOLID', color: { r: 1, g: 0, b: 0 } }] });
    const hidden = addImageNode(fake, { name: 'Hidden', pngBytes: png });
    hidden.visible = false;
    const zero = addNode(fake, { type: 'RECTANGLE', name: 'Zero', width: 0, height: 40, fills: [{ type: 'SOLID', color: { r: 0, g: 0, b: 0 } }] });
    const emptyFrame = addFrameNode(fake, { name: 'Empty frame', width: 100, height: 100, fills: [] });
    const emptyGroup = addFrameNode(fake, { name: 'Empty group', type: 'GROUP', width: 100, height: 100 });
    addNode(fake, { type: 'VECTOR', name: 'Hidden child', parent: emptyGroup, visible: false });
    const tiny = addImageNode(fake, { name: 'Tiny', pngBytes: png, width: 6, height: 40 });
    const slice = addNode(fake, { type: 'SLICE', name: 'Slice', width: 100, height: 100 });
    const section = addFrameNode(fake, { name: 'Section', type: 'SECTION', width: 100, height: 100 });
    const connector = addNode(fake, { type: 'CONNECTOR', name: 'Connector' });
    const video = addNode(fake, {
      type: 'RECTANGLE',
      name: 'Video',
      fills: [{ type: 'VIDEO', videoHash: 'abc', scaleMode: 'FILL' }],
    });
    const gif = addImageNode(fake, { name: 'Gif', pngBytes: TINY_GIF, width: 100, height: 100 });
    const text = addNode(fake, { type: 'TEXT', name: 'Title', width: 120, height: 30, fills: [{ type: 'SOLID', color: { r: 0, g: 0, b: 0 } }], pngBytes: png });

    const from = fake.ui.sent.length;
    fake.select(frame, group, hidden, zero, emptyFrame, emptyGroup, tiny, slice, section, connector, video, gif, text);
    await fake.ui.waitFor((m) => m.type === 'SELECTION', from);
    const summary = lastSelection(fake.ui.sent.slice(from));

    expect(summary.nodes).toBe(13);
    expect(summary.items.map((i) => [i.name, i.kind])).toEqual([
      ['Frame', 'raster'],
      // Shapes with solid paints are vector art: recoloured shape by shape (a coloured one is a hint).
      ['Group', 'vector'],
      ['Title', 'vector'],
    ]);
    expect(summary.items[1].vector).toEqual({ shapes: 0, coloured: 1, locked: 0, hidden: 0, tooSmall: 0 });
    expect(summary.items[2].vector).toEqual({ shapes: 1, coloured: 0, locked: 0, hidden: 0, tooSmall: 0 });
    expect(summary.frames).toBe(3);
    expect(summary.images).toBe(0);
    expect(Object.fromEntries(summary.skipped.map((s) => [s.name, s.reason]))).toEqual({
      Hidden: 'hidden',
      Zero: 'empty',
      'Empty frame': 'empty',
      'Empty group': 'empty',
      Tiny: 'too-small',
      Slice: 'unsupported-node',
      Section: 'unsupported-node',
      Connector: 'unsupported-node',
      Video: 'video-or-gif-fill',
      Gif: 'video-or-gif-fill',
    });
  });

  it('treats an image fill with a hidden extra paint as an image, and an image under a visible overlay as raster', async () => {
    const fake = createFakeFigma();
    const png = notoPng();
    const withHiddenTint = addImageNode(fake, { name: 'Tinted', pngBytes: png });
    withHiddenTint.fills = [...withHiddenTint.fills, { type: 'SOLID', color: { r: 1, g: 0, b: 0 }, visible: false }];
    const overlaid = addImageNode(fake, { name: 'Overlaid', pngBytes: png });
    overlaid.fills = [...overlaid.fills, { type: 'SOLID', color: { r: 1, g: 0, b: 0 }, opacity: 0.5 }];
    overlaid.pngBytes = png;
    fake.select(withHiddenTint, overlaid);
    running = await startPlugin(fake);
    expect(lastSelection(fake.ui.sent).items.map((i) => i.kind)).toEqual(['image', 'raster']);
  });
});

describe('READ_SELECTION', () => {
  it('sends image fills by their stored bytes and rasterises frames with a scale that fits maxSide', async () => {
    const fake = createFakeFigma();
    const photoBytes = notoPng('001');
    const photo = addImageNode(fake, { name: 'Photo', pngBytes: photoBytes, width: 400, height: 400 });
    const rendered = solidPng(64, 32);
    const frame = addFrameNode(fake, { name: 'Poster', width: 2000, height: 1000, pngBytes: rendered });
    fake.select(photo, frame);
    running = await startPlugin(fake);

    const replies = await running.send({ type: 'READ_SELECTION', requestId: 'r1', maxSide: 512 });
    const images = only(replies, 'IMAGE');
    expect(images.map((m) => [m.index, m.total, m.item.name, m.item.kind])).toEqual([
      [0, 2, 'Photo', 'image'],
      [1, 2, 'Poster', 'raster'],
    ]);
    expect(images[0].bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(images[0].bytes)).toEqual(Array.from(photoBytes));
    expect(PNG.sync.read(Buffer.from(images[0].bytes)).width).toBe(128); // a real PNG, full resolution
    expect(Array.from(images[1].bytes)).toEqual(Array.from(rendered));
    expect(fake.exports.map(({ nodeId, settings }) => ({ nodeId, settings }))).toEqual([
      { nodeId: frame.id, settings: { format: 'PNG', colorProfile: 'SRGB', constraint: { type: 'SCALE', value: 0.256 } } },
    ]);
    expect(replies[replies.length - 1]).toEqual({ type: 'IMAGES_DONE', requestId: 'r1', count: 2, skipped: [] });
  });

  it('answers an empty selection with a clear ERROR', async () => {
    running = await startPlugin();
    const replies = await running.send({ type: 'READ_SELECTION', requestId: 'r2', maxSide: 256 });
    expect(replies).toEqual([{ type: 'ERROR', requestId: 'r2', message: EMPTY_SELECTION_MESSAGE }]);
    expect(running.fake.notifications).toEqual([{ message: EMPTY_SELECTION_MESSAGE, error: true }]);
  });

  it('explains why when nothing selected is usable', async () => {
    const fake = createFakeFigma();
    const hidden = addImageNode(fake, { name: 'Logo', pngBytes: notoPng() });
    hidden.visible = false;
    fake.select(hidden, addNode(fake, { type: 'SLICE', name: 'Slice 1' }));
    running = await startPlugin(fake);
    const [reply] = await running.send({ type: 'READ_SELECTION', requestId: 'r3', maxSide: 256 });
    expect(reply).toMatchObject({ type: 'ERROR', requestId: 'r3' });
    expect((reply as { message: string }).message).toBe(
      'Nothing in the selection can be used: “Logo” is hidden; “Slice 1” is not a kind of layer Hueprint can read.',
    );
  });

  it('skips an item Figma cannot export as unreadable and still sends the rest', async () => {
    const fake = createFakeFigma();
    const ok = addImageNode(fake, { name: 'Ok', pngBytes: notoPng() });
    const broken = addFrameNode(fake, { name: 'No render', width: 100, height: 100 });
    broken.exportError = 'Failed to render the node';
    fake.select(ok, broken);
    running = await startPlugin(fake);
    const replies = await running.send({ type: 'READ_SELECTION', requestId: 'r4', maxSide: 256 });
    expect(only(replies, 'IMAGE')).toHaveLength(1);
    expect(only(replies, 'IMAGES_DONE')[0]).toEqual({
      type: 'IMAGES_DONE',
      requestId: 'r4',
      count: 1,
      skipped: [{ nodeId: broken.id, name: 'No render', reason: 'unreadable' }],
    });
  });
});

describe('chooseExportScale', () => {
  it('fits the longest side within maxSide and 4096, and never upscales (train and colorize see the same scale)', () => {
    expect(chooseExportScale(2000, 1000, 512)).toBe(0.256);
    expect(chooseExportScale(1000, 3000, 8192)).toBe(1);
    expect(chooseExportScale(1000, 6000, 8192)).toBeCloseTo(4096 / 6000, 5);
    expect(6000 * chooseExportScale(1000, 6000, 8192)).toBeLessThanOrEqual(4096);
    expect(chooseExportScale(10, 10, 4096)).toBe(1);
    expect(7 * chooseExportScale(7, 3, 1000)).toBeLessThanOrEqual(1000);
    expect(() => chooseExportScale(0, 0, 512)).toThrow(/size 0×0/);
  });
});
