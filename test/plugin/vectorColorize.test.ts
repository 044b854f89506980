import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { PluginMessage, ShapeColourChoice } from '../../core/protocol/messages';
import { shapeIdColour } from '../../core/vector/shapeIdColour';
import { shapeMapFromRender } from '../../core/vector/shapeMapFromRender';
import { createFakeFigma, type FakeContainerNode, type FakeFigma, type FakeSceneNode } from '../fakeFigma';
import { importSvg } from '../fakeFigma/importSvg';
import { rasterizeSvgWithResvg } from './rasterizeSvgWithResvg';
import { only, startPlugin, type Running } from './setup';

const PALETTE = ['#1b2a49', '#e07a5f', '#f2cc8f', '#81b29a', '#f4f1de'];
const STYLE = 'Toon';

let running: Running | null = null;
afterEach(() => {
  running?.stop();
  running = null;
});

function svgText(set: string, name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../shared/art/${set}/svg/${name}`, import.meta.url)), 'utf8');
}

async function grayToon(name = '004.svg'): Promise<{ fake: FakeFigma; art: FakeContainerNode }> {
  const fake = createFakeFigma();
  fake.useSvgRasterizer(rasterizeSvgWithResvg);
  const art = importSvg(fake, svgText('toonhead-cast', name), { name: 'Gray toon', gray: true });
  running = await startPlugin(fake);
  return { fake, art };
}

function leaves(node: FakeSceneNode): FakeSceneNode[] {
  const children = node.state.children;
  return children === null ? [node] : children.flatMap(leaves);
}

/** Everything about the layers except their colours. */
function structure(node: FakeSceneNode): unknown {
  const { fills: _f, strokes: _s, ...rest } = node.state;
  return { id: node.id, type: node.type, ...rest, parent: node.parent?.id, children: (node.state.children ?? []).map(structure) };
}

async function readShapes(art: FakeSceneNode, maxSide = 512): Promise<Extract<PluginMessage, { type: 'SHAPES' }>> {
  const replies = await running!.send({ type: 'READ_SHAPES', requestId: 'r', nodeId: art.id, maxSide, styleName: STYLE, palette: PALETTE });
  const shapes = only(replies, 'SHAPES');
  expect(shapes, JSON.stringify(replies.map((r) => r.type === 'ERROR' && r.message))).toHaveLength(1);
  return shapes[0];
}

function choicesFor(shapes: Extract<PluginMessage, { type: 'SHAPES' }>): ShapeColourChoice[] {
  return shapes.shapes.map((s, i) => ({ nodeId: s.nodeId, part: s.part, paletteIndex: i % PALETTE.length }));
}

/** Sends WRITE_SHAPES for `art` with the test palette and style. */
function writeShapes(art: FakeSceneNode, colours: ShapeColourChoice[], options: { mode?: 'flat' | 'shading'; bind: boolean }) {
  return running!.send({
    type: 'WRITE_SHAPES',
    requestId: 'w',
    nodeId: art.id,
    styleName: STYLE,
    mode: options.mode ?? 'flat',
    palette: PALETTE,
    colours,
    bind: options.bind,
  });
}

/** Every leaf's fills and strokes, to compare before and after. */
const paintsOf = (art: FakeSceneNode) => JSON.stringify(leaves(art).map((s) => [s.fills, s.strokes]));

describe('vector colorize in the plugin', () => {
  it('lists gray vector art as vector, with its shapes', async () => {
    const { fake, art } = await grayToon();
    const from = fake.ui.sent.length;
    fake.select(art);
    const selection = (await fake.ui.waitFor((m) => m.type === 'SELECTION', from)) as PluginMessage;
    const item = selection.type === 'SELECTION' ? selection.summary.items[0] : null;
    expect(item?.kind).toBe('vector');
    expect(item?.vector?.shapes).toBeGreaterThan(10);
    expect(item?.vector?.coloured).toBe(0);
  });

  it('reads the gray and the shape map with exports of one size (a third for the shapes under its 20% shadows), and removes the clones', async () => {
    const { fake, art } = await grayToon();
    const before = structure(art);
    const pageChildren = fake.page.children.slice();
    const reply = await readShapes(art);
    expect(fake.exports).toHaveLength(3);
    expect(fake.exports.every((e) => e.settings?.useAbsoluteBounds === true)).toBe(true);
    expect(fake.page.children).toEqual(pageChildren);
    expect(structure(art)).toEqual(before);
    expect(reply.paletteSaved).toBe(false);

    const gray = PNG.sync.read(Buffer.from(reply.gray));
    const ids = PNG.sync.read(Buffer.from(reply.ids));
    // At most 1x: training and colorizing see art at the same scale.
    expect([gray.width, gray.height]).toEqual([128, 128]);
    expect([ids.width, ids.height]).toEqual([128, 128]);
    // Under the shadows: the same shapes, owning the pixels the shadows cover in `ids` too.
    const under = PNG.sync.read(Buffer.from(reply.idsUnderOverlays!));
    const underMap = shapeMapFromRender({ width: under.width, height: under.height, data: under.data }, reply.shapes.length);
    const map = shapeMapFromRender({ width: ids.width, height: ids.height, data: ids.data }, reply.shapes.length);
    let covered = 0;
    let moved = 0;
    for (let p = 0; p < map.ids.length; p++) {
      if (map.ids[p] >= 0 && underMap.ids[p] !== map.ids[p]) moved++;
      else if (map.ids[p] < 0 && underMap.ids[p] >= 0 && gray.data[p * 4 + 3] === 255) covered++;
    }
    expect(moved).toBe(0);
    expect(covered).toBeGreaterThan(100);
    const counts = new Int32Array(map.count);
    let labelled = 0;
    map.ids.forEach((id) => {
      if (id >= 0) {
        counts[id]++;
        labelled++;
      }
    });
    let opaque = 0;
    for (let p = 3; p < gray.data.length; p += 4) if (gray.data[p] === 255) opaque++;
    // Only antialiased edges and the toon's 1/6 px outlines are dropped.
    expect(labelled / opaque).toBeGreaterThan(0.75);
    // Most fills show (outlines thinner than a pixel do not: they stay as they are).
    const fills = reply.shapes.filter((s) => s.part === 'fill').length;
    expect([...counts].filter((c) => c > 0).length).toBeGreaterThan(fills * 0.6);
    expect(Math.max(...counts)).toBeGreaterThan(1000);
    // Each labelled pixel is gray in the gray render: the map lines up with the art.
    for (let p = 0; p < map.ids.length; p++) {
      if (map.ids[p] < 0 || gray.data[p * 4 + 3] < 255) continue;
      expect(Math.abs(gray.data[p * 4] - gray.data[p * 4 + 1])).toBeLessThanOrEqual(1);
    }
    expect(shapeIdColour(0, reply.shapes.length)).not.toBe(shapeIdColour(1, reply.shapes.length));
  });

  it('writes palette colours bound to the palette variables as one undo step; geometry, names and effects stay', async () => {
    const { fake, art } = await grayToon('009.svg');
    await running!.send({ type: 'SAVE_PALETTE', requestId: 'p', styleName: STYLE, colors: PALETTE });
    const reply = await readShapes(art);
    expect(reply.paletteSaved).toBe(true);
    const originalPaints = leaves(art).map((s) => [s.fills, s.strokes]);
    const before = structure(art);
    const choices = choicesFor(reply);

    const replies = await writeShapes(art, choices, { bind: true });
    const done = only(replies, 'DONE')[0];
    expect(done.message).toMatch(new RegExp(`Recoloured ${choices.length} shapes of “Gray toon” with Toon, bound to its colour variables`));
    expect(structure(art)).toEqual(before);
    const variables = fake.localVariables;
    for (const [i, choice] of choices.entries()) {
      const node = fake.node(choice.nodeId)!;
      const paints = choice.part === 'fill' ? node.fills : node.strokes;
      for (const paint of paints as SolidPaint[]) {
        expect(paint.type).toBe('SOLID');
        const hex = `#${[paint.color.r, paint.color.g, paint.color.b]
          .map((v) =>
            Math.round(v * 255)
              .toString(16)
              .padStart(2, '0'),
          )
          .join('')}`;
        expect(hex).toBe(PALETTE[i % PALETTE.length]);
        const variable = variables.find((v) => v.id === paint.boundVariables?.color?.id);
        expect(variable?.name).toBe(`colour 0${(i % PALETTE.length) + 1}`);
      }
    }
    // Paint opacity (the toon's 20% shadows) is kept.
    expect(leaves(art).some((s) => s.fills.some((p) => p.opacity === 0.2))).toBe(true);

    fake.triggerUndo();
    expect(leaves(art).map((s) => [s.fills, s.strokes])).toEqual(originalPaints);
    // The palette's own undo step is still there: undo took back only the colours.
    expect(fake.localVariables.length).toBe(PALETTE.length);
  });

  it('keeps shading: the palette hue at each paint’s own gray level, unbound', async () => {
    const { fake, art } = await grayToon();
    const reply = await readShapes(art);
    const choices = choicesFor(reply);
    await writeShapes(art, choices, { mode: 'shading', bind: true });
    for (const [i, shape] of reply.shapes.entries()) {
      const node = fake.node(shape.nodeId)!;
      const paint = (shape.part === 'fill' ? node.fills : node.strokes)[0] as SolidPaint;
      expect(paint.boundVariables).toBeUndefined();
      const level = 255 * (0.21 * paint.color.r + 0.72 * paint.color.g + 0.07 * paint.color.b);
      expect(Math.abs(level - shape.level)).toBeLessThan(2.5);
      if (shape.level > 40 && shape.level < 215 && i % PALETTE.length === 1) {
        expect(paint.color.r).toBeGreaterThan(paint.color.b); // #e07a5f's warm hue
      }
    }
  });

  it('leaves coloured (hint), locked, hidden and too small shapes alone and says so', async () => {
    const { fake, art } = await grayToon();
    // Opaque shapes: a translucent overlay is left alone whatever it is (see the overlay test).
    const shapes = leaves(art).filter((s) => !s.isMask && s.fills.length > 0 && s.fills.some((p) => (p.opacity ?? 1) >= 0.5));
    const [hint, locked, hidden, tiny] = shapes;
    hint.fills = [{ type: 'SOLID', color: { r: 0.9, g: 0.2, b: 0.1 } }];
    locked.locked = true;
    hidden.visible = false;
    tiny.resize(0.5, 0.5);
    fake.markSetupDone();
    const from = fake.ui.sent.length;
    fake.select(art);
    const selection = (await fake.ui.waitFor((m) => m.type === 'SELECTION', from)) as PluginMessage;
    const summary = selection.type === 'SELECTION' ? selection.summary.items[0].vector : undefined;
    expect(summary).toMatchObject({ coloured: 1, hidden: 1, tooSmall: 1 });
    expect(summary!.locked).toBeGreaterThanOrEqual(1);

    const reply = await readShapes(art);
    expect(reply.shapes.find((s) => s.nodeId === hint.id)?.hint).toBe('#e6331a');
    expect(reply.shapes.some((s) => s.nodeId === locked.id || s.nodeId === hidden.id || s.nodeId === tiny.id)).toBe(false);
    const hintFills = hint.fills;
    const lockedFills = locked.fills;
    const tinyFills = tiny.fills;
    const everything: ShapeColourChoice[] = [
      ...choicesFor(reply),
      { nodeId: locked.id, part: 'fill', paletteIndex: 0 },
      { nodeId: tiny.id, part: 'fill', paletteIndex: 0 },
    ];
    await writeShapes(art, everything, { bind: false });
    expect(hint.fills).toBe(hintFills);
    expect(locked.fills).toBe(lockedFills);
    expect(tiny.fills).toBe(tinyFills);
  });

  it('leaves translucent overlays (the toon’s 20% shadows) as they are: not listed, not written', async () => {
    const { art } = await grayToon('000.svg');
    const overlays = leaves(art).filter((s) => s.fills.length > 0 && s.fills.every((p) => (p.opacity ?? 1) < 0.5));
    expect(overlays.length).toBeGreaterThanOrEqual(4);
    const reply = await readShapes(art);
    // Listed, a shadow was pooled from the darkened skin under it and recoloured with that colour (or a hinted hue).
    expect(reply.shapes.filter((s) => overlays.some((o) => o.id === s.nodeId))).toEqual([]);
    expect(reply.shapes.length).toBeGreaterThan(10);
    const overlayFills = overlays.map((o) => o.fills);
    await writeShapes(art, [...choicesFor(reply), ...overlays.map((o) => ({ nodeId: o.id, part: 'fill' as const, paletteIndex: 1 }))], { bind: false });
    expect(overlays.map((o) => o.fills)).toEqual(overlayFills);
  });

  it('previews the recoloured art from a clone at the asked size, changing nothing', async () => {
    const { fake, art } = await grayToon();
    const reply = await readShapes(art);
    const before = paintsOf(art);
    const replies = await running!.send({
      type: 'PREVIEW_SHAPES',
      requestId: 'v',
      nodeId: art.id,
      maxSide: 320,
      mode: 'flat',
      palette: PALETTE,
      colours: choicesFor(reply),
    });
    const preview = only(replies, 'PREVIEW')[0];
    const png = PNG.sync.read(Buffer.from(preview.bytes));
    expect([png.width, png.height]).toEqual([320, 320]);
    expect(paintsOf(art)).toBe(before);
    expect(fake.page.children).toEqual([art]);
    let coloured = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i + 3] === 255 && Math.abs(png.data[i] - png.data[i + 2]) > 30) coloured++;
    expect(coloured).toBeGreaterThan(320 * 320 * 0.1);
  });

  it('removes the clone when its export fails, and refuses binding to an unsaved palette without changing anything', async () => {
    const { fake, art } = await grayToon();
    let calls = 0;
    fake.useSvgRasterizer(async (svg, w, h) => {
      if (++calls === 2) throw new Error('renderer crashed');
      return rasterizeSvgWithResvg(svg, w, h);
    });
    const replies = await running!.send({ type: 'READ_SHAPES', requestId: 'r', nodeId: art.id, maxSide: 256, styleName: STYLE, palette: PALETTE });
    expect(only(replies, 'ERROR')[0].message).toMatch(/renderer crashed/);
    expect(fake.page.children).toEqual([art]);

    fake.useSvgRasterizer(rasterizeSvgWithResvg);
    const reply = await readShapes(art);
    const before = paintsOf(art);
    const refused = await writeShapes(art, choicesFor(reply), { bind: true });
    expect(only(refused, 'ERROR')[0].message).toMatch(/not saved as variables.*Nothing was changed/);
    expect(paintsOf(art)).toBe(before);
  });
});
