import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { PluginMessage, SelectionSummary } from '../../core/protocol/messages';
import { addFrameNode, addImageNode, addNode, createFakeFigma, type FakeContainerNode, type FakeFigma, type FakeSceneNode } from '../fakeFigma';
import { pasteMarks } from '../../ui/lib/pasteMarks';
import { rasterizeSvgWithResvg } from './rasterizeSvgWithResvg';
import { only, solidPng, startPlugin, type Running } from './setup';

let running: Running | undefined;
afterEach(() => running?.stop());

const RED = { r: 0.9, g: 0.1, b: 0.1 };
const GREEN = { r: 0.1, g: 0.7, b: 0.2 };

function decode(bytes: Uint8Array): PNG {
  return PNG.sync.read(Buffer.from(bytes));
}
function pixel(png: PNG, x: number, y: number): number[] {
  const o = (y * png.width + x) * 4;
  return Array.from(png.data.subarray(o, o + 4));
}
const settle = (ms = 250) => new Promise((resolve) => setTimeout(resolve, ms));

/** A 96×64 frame: a gray image, a red dot and a green stroke-only ring above it. */
function markedFrame(fake: FakeFigma): { frame: FakeContainerNode; dot: FakeSceneNode; ring: FakeSceneNode } {
  fake.useSvgRasterizer(rasterizeSvgWithResvg);
  const frame = addFrameNode(fake, { name: 'Marked art', width: 96, height: 64, x: 200, y: 40 });
  addImageNode(fake, { name: 'Gray', pngBytes: solidPng(96, 64, [120, 120, 120]), parent: frame });
  const dot = addNode(fake, { type: 'ELLIPSE', name: 'Red dot', parent: frame, x: 10, y: 12, width: 10, height: 10, fills: [{ type: 'SOLID', color: RED }] });
  const ring = addNode(fake, {
    type: 'ELLIPSE',
    name: 'Green ring',
    parent: frame,
    x: 60,
    y: 30,
    width: 20,
    height: 20,
    strokes: [{ type: 'SOLID', color: GREEN }],
    strokeWeight: 4,
  });
  return { frame, dot, ring };
}

function lastSummary(fake: FakeFigma, from = 0): SelectionSummary | undefined {
  const selections = only(fake.ui.sent.slice(from) as PluginMessage[], 'SELECTION');
  return selections.at(-1)?.summary;
}

describe('colour marks over gray art', () => {
  it('are counted in the selection summary; colour shapes with no art under them, or below it, are art', async () => {
    const fake = createFakeFigma();
    const { frame } = markedFrame(fake);
    const shapesOnly = addFrameNode(fake, { name: 'Shapes', width: 50, height: 50, x: 400 });
    addNode(fake, { type: 'ELLIPSE', name: 'Sun', parent: shapesOnly, fills: [{ type: 'SOLID', color: RED }] });
    const under = addFrameNode(fake, { name: 'Under', type: 'GROUP', width: 50, height: 50, x: 500 });
    addNode(fake, { type: 'RECTANGLE', name: 'Backdrop', parent: under, fills: [{ type: 'SOLID', color: GREEN }] });
    addImageNode(fake, { name: 'Gray', pngBytes: solidPng(50, 50), parent: under });
    addNode(fake, { type: 'RECTANGLE', name: 'Gray box', parent: under, fills: [{ type: 'SOLID', color: { r: 0.5, g: 0.5, b: 0.52 } }] });
    fake.select(frame, shapesOnly, under);
    running = await startPlugin(fake);
    const items = lastSummary(fake)!.items;
    expect(items.map((i) => [i.name, i.colourMarks])).toEqual([
      ['Marked art', 2],
      ['Shapes', undefined],
      ['Under', undefined],
    ]);
  });

  it('counts only the marks over the art, as the preview and the report do; a mark beside it is named as ignored', async () => {
    const fake = createFakeFigma();
    const { frame } = markedFrame(fake);
    // The frame clips: a dot left of it is never drawn; one half over its right edge gives hint pixels.
    addNode(fake, { type: 'ELLIPSE', name: 'Beside', parent: frame, x: -30, y: 10, width: 10, height: 10, fills: [{ type: 'SOLID', color: GREEN }] });
    addNode(fake, { type: 'ELLIPSE', name: 'Half in', parent: frame, x: 90, y: 20, width: 12, height: 12, fills: [{ type: 'SOLID', color: GREEN }] });
    // A group does not clip: its art is what is left with the marks hidden, the gray image, so a mark right of that is outside it.
    const group = addFrameNode(fake, { name: 'Grouped', type: 'GROUP', width: 50, height: 50, x: 500 });
    addImageNode(fake, { name: 'Gray', pngBytes: solidPng(50, 50), parent: group, x: 500 });
    addNode(fake, { type: 'ELLIPSE', name: 'On it', parent: group, x: 510, y: 10, width: 8, height: 8, fills: [{ type: 'SOLID', color: RED }] });
    addNode(fake, { type: 'ELLIPSE', name: 'Right of it', parent: group, x: 580, y: 10, width: 8, height: 8, fills: [{ type: 'SOLID', color: RED }] });
    fake.select(frame, group);
    running = await startPlugin(fake);
    const items = lastSummary(fake)!.items;
    expect(items.map((i) => [i.name, i.colourMarks, i.marksOutside])).toEqual([
      ['Marked art', 3, 1],
      ['Grouped', 1, 1],
    ]);
    // The same count as the marks that give hint pixels once read (what the preview says and the report follows).
    const images = only(await running.send({ type: 'READ_SELECTION', requestId: 'h7', maxSide: 256, hints: true }), 'IMAGE');
    const used = images.map((image) => {
      const art = decode(image.bytes);
      const marks = image.marks!.map(({ x, y, bytes }) => {
        const png = decode(bytes);
        return { image: { width: png.width, height: png.height, data: new Uint8ClampedArray(png.data) }, x, y };
      });
      return pasteMarks(new Uint8ClampedArray(art.width * art.height * 4), art.width, art.height, marks);
    });
    expect(used).toEqual(items.map((i) => i.colourMarks));
  });

  it('are read apart for colorize: the gray with the marks hidden, each mark on its own and where it sits; the marks stay as drawn', async () => {
    const fake = createFakeFigma();
    const { frame, dot, ring } = markedFrame(fake);
    fake.select(frame);
    running = await startPlugin(fake);
    const before = [dot, ring].map((n) => ({ ...n.state }));

    const replies = await running.send({ type: 'READ_SELECTION', requestId: 'h1', maxSide: 256, hints: true });
    const [image] = only(replies, 'IMAGE');
    const gray = decode(image.bytes);
    expect([gray.width, gray.height]).toEqual([96, 64]);
    expect(pixel(gray, 15, 17)).toEqual([120, 120, 120, 255]); // under the red dot: the gray, not red
    expect(pixel(gray, 70, 31)).toEqual([120, 120, 120, 255]); // under the green ring
    expect(image.marks).toHaveLength(2);
    const [red, green] = image.marks!;
    expect([red.x, red.y, green.x, green.y]).toEqual([10, 12, 60, 30]);
    expect(pixel(decode(red.bytes), 5, 5)).toEqual([230, 26, 26, 255]);
    const ringPng = decode(green.bytes);
    expect(pixel(ringPng, 10, 1)).toEqual([26, 179, 51, 255]);
    expect(pixel(ringPng, 10, 10)[3]).toBe(0);

    // Untouched: same visibility, paints (the same frozen objects), place and size.
    expect([dot, ring].map((n) => ({ ...n.state }))).toEqual(before);
    expect(dot.fills).toBe(before[0].fills);
    // Reading does not look like an edit of the art: no new SELECTION follows.
    const from = fake.ui.sent.length;
    await settle();
    expect(lastSummary(fake, from)).toBeUndefined();

    // Training reads the art as the designer sees it, marks and all.
    const [plain] = only(await running.send({ type: 'READ_SELECTION', requestId: 'h2', maxSide: 256 }), 'IMAGE');
    expect(plain.marks).toBeUndefined();
    expect(pixel(decode(plain.bytes), 15, 17)).toEqual([230, 26, 26, 255]);
  });

  it('reads marks at the export scale, and shows them again when the export fails', async () => {
    const fake = createFakeFigma();
    const { frame, dot, ring } = markedFrame(fake);
    fake.select(frame);
    running = await startPlugin(fake);
    const [small] = only(await running.send({ type: 'READ_SELECTION', requestId: 'h3', maxSide: 48, hints: true }), 'IMAGE');
    expect([decode(small.bytes).width, decode(small.bytes).height]).toEqual([48, 32]);
    expect(small.marks!.map((m) => [m.x, m.y, decode(m.bytes).width])).toEqual([
      [5, 6, 5],
      [30, 15, 10],
    ]);

    frame.exportError = 'Failed to render';
    const replies = await running.send({ type: 'READ_SELECTION', requestId: 'h4', maxSide: 256, hints: true });
    expect(only(replies, 'IMAGES_DONE')[0].skipped).toEqual([{ nodeId: frame.id, name: 'Marked art', reason: 'unreadable' }]);
    expect([dot.visible, ring.visible]).toEqual([true, true]);
  });

  it('reads a line mark by its stroke: a colour line (height 0, as Figma draws one) becomes hint pixels where it lies', async () => {
    const fake = createFakeFigma();
    const { frame } = markedFrame(fake);
    // Figma's LINE: width is its length, height 0; the 4 px stroke is centred on it, 2 px either side of y = 50.
    addNode(fake, {
      type: 'LINE',
      name: 'Red line',
      parent: frame,
      x: 20,
      y: 50,
      width: 40,
      height: 0,
      strokes: [{ type: 'SOLID', color: RED }],
      strokeWeight: 4,
    });
    fake.select(frame);
    running = await startPlugin(fake);
    expect(lastSummary(fake)!.items[0].colourMarks).toBe(3);
    const [image] = only(await running.send({ type: 'READ_SELECTION', requestId: 'h6', maxSide: 256, hints: true }), 'IMAGE');
    expect(pixel(decode(image.bytes), 30, 50)).toEqual([120, 120, 120, 255]); // the gray under the line
    const line = image.marks![2];
    const png = decode(line.bytes);
    expect([line.x, line.y, png.width, png.height]).toEqual([20, 48, 40, 4]);
    for (let y = 0; y < 4; y++) for (const x of [0, 20, 39]) expect(pixel(png, x, y)).toEqual([230, 26, 26, 255]);
  });

  it('refuses more marks than it reads, with what to do', async () => {
    const fake = createFakeFigma();
    const { frame } = markedFrame(fake);
    for (let i = 0; i < 63; i++)
      addNode(fake, { type: 'ELLIPSE', name: `Dot ${i}`, parent: frame, width: 2, height: 2, fills: [{ type: 'SOLID', color: RED }] });
    fake.select(frame);
    running = await startPlugin(fake);
    const [reply] = await running.send({ type: 'READ_SELECTION', requestId: 'h5', maxSide: 256, hints: true });
    expect(reply).toMatchObject({ type: 'ERROR', requestId: 'h5', message: expect.stringContaining('has 65 colour marks; Hueprint reads at most 64') });
    expect(frame.children.every((child) => child.visible)).toBe(true);
  });

  it('edits inside the selected art refresh the summary (so the preview); edits elsewhere do not', async () => {
    const fake = createFakeFigma();
    const { frame, dot } = markedFrame(fake);
    const elsewhere = addNode(fake, { type: 'ELLIPSE', name: 'Elsewhere', x: 600, fills: [{ type: 'SOLID', color: RED }] });
    fake.select(frame);
    running = await startPlugin(fake);

    let from = fake.ui.sent.length;
    elsewhere.x = 700;
    await settle();
    expect(lastSummary(fake, from)).toBeUndefined();

    dot.x = 30;
    await settle();
    expect(lastSummary(fake, from)?.items[0].colourMarks).toBe(2);

    from = fake.ui.sent.length;
    addNode(fake, {
      type: 'RECTANGLE',
      name: 'Blue stroke',
      parent: frame,
      width: 30,
      height: 3,
      fills: [{ type: 'SOLID', color: { r: 0.1, g: 0.2, b: 0.9 } }],
    });
    await settle();
    expect(lastSummary(fake, from)?.items[0].colourMarks).toBe(3);

    from = fake.ui.sent.length;
    dot.remove();
    await settle();
    expect(lastSummary(fake, from)?.items[0].colourMarks).toBe(2);
  });

  it('a read, then the result written beside, is one undo step that leaves the art and marks as they were', async () => {
    const fake = createFakeFigma();
    const { frame, dot, ring } = markedFrame(fake);
    fake.select(frame);
    running = await startPlugin(fake);
    await running.send({ type: 'READ_SELECTION', requestId: 'h6', maxSide: 256, hints: true });
    const [done] = await running.send({
      type: 'WRITE_RESULT',
      requestId: 'w',
      nodeId: frame.id,
      bytes: solidPng(96, 64, [200, 40, 40]),
      width: 96,
      height: 64,
      placement: 'replace',
      styleName: 'Sunset',
    });
    expect(done).toMatchObject({ type: 'DONE' });
    expect(fake.page.children).toHaveLength(2);
    fake.triggerUndo();
    expect(fake.page.children).toEqual([frame]);
    expect(frame.children.map((c) => [c.name, c.visible])).toEqual([
      ['Gray', true],
      ['Red dot', true],
      ['Green ring', true],
    ]);
    expect([dot.x, ring.strokeWeight]).toEqual([10, 4]);
  });
});

describe('the fake behaves like Figma where colour marks depend on it', () => {
  it('exports a frame without its hidden children, and a shape alone transparent around it', async () => {
    const fake = createFakeFigma();
    const { frame, dot } = markedFrame(fake);
    expect(pixel(decode(await frame.exportAsync({ format: 'PNG' })), 15, 17)).toEqual([230, 26, 26, 255]);
    dot.visible = false;
    expect(pixel(decode(await frame.exportAsync({ format: 'PNG' })), 15, 17)).toEqual([120, 120, 120, 255]);
    dot.visible = true;
    const alone = decode(await dot.exportAsync({ format: 'PNG' }));
    expect([alone.width, alone.height, pixel(alone, 0, 0)[3]]).toEqual([10, 10, 0]);
  });

  it('gives absoluteRenderBounds on the page (groups have no space of their own), null when hidden', () => {
    const fake = createFakeFigma();
    const { frame, dot } = markedFrame(fake);
    expect(dot.absoluteRenderBounds).toEqual({ x: 210, y: 52, width: 10, height: 10 });
    const group = addFrameNode(fake, { name: 'Group', type: 'GROUP', width: 50, height: 50, x: 20, y: 20, parent: frame });
    const inGroup = addNode(fake, { type: 'ELLIPSE', name: 'In group', parent: group, x: 25, y: 30, width: 5, height: 5 });
    expect(inGroup.absoluteRenderBounds).toEqual({ x: 225, y: 70, width: 5, height: 5 });
    frame.visible = false;
    expect(dot.absoluteRenderBounds).toBeNull();
  });

  it('draws what overflows a frame that does not clip, and a group as its shown children: render bounds, export and the marks read', async () => {
    const fake = createFakeFigma();
    fake.useSvgRasterizer(rasterizeSvgWithResvg);
    // The gray image runs 36 px past the right edge of a 60 px frame that does not clip; a red dot lies on that part.
    const frame = addFrameNode(fake, { name: 'Overflowing', width: 60, height: 64, x: 200, y: 40 });
    frame.clipsContent = false;
    addImageNode(fake, { name: 'Gray', pngBytes: solidPng(96, 64, [120, 120, 120]), parent: frame });
    addNode(fake, { type: 'ELLIPSE', name: 'On the overflow', parent: frame, x: 75, y: 20, width: 10, height: 10, fills: [{ type: 'SOLID', color: RED }] });
    expect(frame.absoluteRenderBounds).toEqual({ x: 200, y: 40, width: 96, height: 64 });
    expect(frame.absoluteBoundingBox).toEqual({ x: 200, y: 40, width: 60, height: 64 });
    fake.select(frame);
    running = await startPlugin(fake);
    expect(lastSummary(fake)!.items[0].colourMarks).toBe(1);
    const [image] = only(await running.send({ type: 'READ_SELECTION', requestId: 'h9', maxSide: 256, hints: true }), 'IMAGE');
    const art = decode(image.bytes);
    // Figma's export of the frame shows the overflow (before: cropped to the frame's 60 px box, the dot off the picture).
    expect([art.width, art.height, pixel(art, 90, 30)]).toEqual([96, 64, [120, 120, 120, 255]]);
    const marks = image.marks!.map(({ x, y, bytes }) => {
      const png = decode(bytes);
      return { image: { width: png.width, height: png.height, data: new Uint8ClampedArray(png.data) }, x, y };
    });
    expect(marks.map(({ x, y }) => [x, y])).toEqual([[75, 20]]);
    expect(pasteMarks(new Uint8ClampedArray(art.width * art.height * 4), art.width, art.height, marks)).toBe(1);
    // A group has no box of its own: it draws its shown children, whatever box it was given.
    const group = addFrameNode(fake, { name: 'Group', type: 'GROUP', width: 10, height: 10, x: 500, y: 0 });
    addNode(fake, { type: 'RECTANGLE', name: 'A', parent: group, x: 500, y: 0, width: 20, height: 30, fills: [{ type: 'SOLID', color: RED }] });
    const hidden = addNode(fake, { type: 'RECTANGLE', name: 'B', parent: group, x: 560, y: 0, width: 20, height: 10, fills: [{ type: 'SOLID', color: RED }] });
    hidden.visible = false;
    expect(group.absoluteRenderBounds).toEqual({ x: 500, y: 0, width: 20, height: 30 });
  });

  it('counts strokes outside the box in absoluteRenderBounds and crops exports to them, unless useAbsoluteBounds', async () => {
    const fake = createFakeFigma();
    const { frame, ring } = markedFrame(fake);
    const red = [{ type: 'SOLID', color: RED }] as const;
    // createLine's line: width its length, height 0, the stroke centred across it; its ends have no caps.
    const line = addNode(fake, { type: 'LINE', name: 'Line', parent: frame, x: 20, y: 50, width: 40, height: 0, strokes: red, strokeWeight: 4 });
    expect(line.absoluteRenderBounds).toEqual({ x: 220, y: 88, width: 40, height: 4 });
    const centred = addNode(fake, { type: 'VECTOR', name: 'Centred', parent: frame, x: 10, y: 10, width: 10, height: 10, strokes: red, strokeWeight: 2 });
    expect(centred.absoluteRenderBounds).toEqual({ x: 209, y: 49, width: 12, height: 12 });
    centred.strokeAlign = 'OUTSIDE';
    expect(centred.absoluteRenderBounds).toEqual({ x: 208, y: 48, width: 14, height: 14 });
    expect(ring.absoluteRenderBounds).toEqual({ x: 260, y: 70, width: 20, height: 20 }); // an inside stroke stays in the box
    const drawn = decode(await line.exportAsync({ format: 'PNG', constraint: { type: 'SCALE', value: 2 } }));
    expect([drawn.width, drawn.height, pixel(drawn, 40, 4)]).toEqual([80, 8, [230, 26, 26, 255]]);
    const box = decode(await centred.exportAsync({ format: 'PNG', useAbsoluteBounds: true }));
    expect([box.width, box.height]).toEqual([10, 10]);
  });

  it('tells page nodechange listeners after the change, batched, origin LOCAL', async () => {
    const fake = createFakeFigma();
    const { frame } = markedFrame(fake);
    const events: NodeChangeEvent[] = [];
    const listener = (event: NodeChangeEvent) => events.push(event);
    fake.currentPage.on('nodechange', listener);
    const dot = addNode(fake, { type: 'ELLIPSE', name: 'Dot', parent: frame, fills: [{ type: 'SOLID', color: RED }] });
    dot.visible = false;
    expect(events).toEqual([]);
    await settle(5);
    expect(events).toHaveLength(1);
    expect(events[0].nodeChanges[0]).toMatchObject({ type: 'CREATE', id: dot.id, origin: 'LOCAL' });
    expect(events[0].nodeChanges.some((c) => c.type === 'PROPERTY_CHANGE' && c.id === dot.id && c.properties.includes('visible'))).toBe(true);
    dot.remove();
    await settle(5);
    expect(events[1].nodeChanges).toEqual([{ type: 'DELETE', id: dot.id, origin: 'LOCAL', node: { removed: true, type: 'ELLIPSE', id: dot.id } }]);
    fake.currentPage.off('nodechange', listener);
  });
});
