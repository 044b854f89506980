import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeImageBytes } from '../../cli/io';
import { colorizeShapes, nearestPaletteIndex, parseHex, rgbToLab, summarizeStyle, trainStyle, type ShapeColours, type StyleFile } from '../../core';
import type { PluginMessage, ShapeColourChoice } from '../../core/protocol/messages';
import { shapeMapFromRender } from '../../core/vector/shapeMapFromRender';
import { withoutOverlaidPixels } from '../../core/vector/withoutOverlaidPixels';
import { createFakeFigma, type FakeSceneNode } from '../fakeFigma';
import { importSvg } from '../fakeFigma/importSvg';
import { useWasmBackend } from '../helpers/useWasmBackend';
import { rasterizeSvgWithResvg } from './rasterizeSvgWithResvg';
import { only, startPlugin, type Running } from './setup';

const CAST = fileURLToPath(new URL('../../../shared/art/toonhead-cast/', import.meta.url));
const STYLE = 'Toon cast';

let style: StyleFile;
let palette: string[];
let running: Running | null = null;

beforeAll(async () => {
  await useWasmBackend();
  // A short run on the cast's training art: a real palette of toon colours and a model that is right on most shapes, not all.
  // Whether such a short run lets one coloured shape move another depends on the seed (seeds 1–3: at Adadelta's
  // ε 1e-6 seed 1 did, at ε 1e-5 seed 3 does; 10 epochs of seed 1 at 1e-5 still did not): seed 3.
  const names = readdirSync(`${CAST}train`)
    .filter((n) => n.endsWith('.png'))
    .sort()
    .slice(0, 10);
  const art = names.map((n) => decodeImageBytes(readFileSync(`${CAST}train/${n}`), n));
  ({ style } = await trainStyle(art, { k: 16, size: 32, maxSide: 128, epochs: 3, seed: 3, testFraction: 0 }));
  palette = summarizeStyle(style).palette;
}, 600_000);

afterAll(() => {
  running?.stop();
});

function leaves(node: FakeSceneNode): FakeSceneNode[] {
  const children = node.state.children;
  return children === null ? [node] : children.flatMap(leaves);
}

type Shapes = Extract<PluginMessage, { type: 'SHAPES' }>;

/** What the UI's vector job (colourShapesAsync) does with the plugin's SHAPES: the shape map, the hints and levels it reports, colorizeShapes. */
async function colourShapes(reply: Shapes): Promise<ShapeColours> {
  const gray = PNG.sync.read(Buffer.from(reply.gray));
  const ids = PNG.sync.read(Buffer.from(reply.ids));
  const count = reply.shapes.length;
  const isHint = new Uint8Array(count);
  const rgb = new Uint8Array(count * 3);
  const levels = new Uint8Array(count);
  reply.shapes.forEach((shape, s) => {
    levels[s] = shape.level;
    if (shape.hint !== null) {
      isHint[s] = 1;
      rgb.set(parseHex(shape.hint), s * 3);
    }
  });
  let map = shapeMapFromRender({ width: ids.width, height: ids.height, data: ids.data }, count);
  if (reply.idsUnderOverlays) {
    const under = PNG.sync.read(Buffer.from(reply.idsUnderOverlays));
    map = withoutOverlaidPixels(shapeMapFromRender({ width: under.width, height: under.height, data: under.data }, count), map);
  }
  const larger = reply.idsForTwins && PNG.sync.read(Buffer.from(reply.idsForTwins));
  const twinMap = larger && shapeMapFromRender({ width: larger.width, height: larger.height, data: larger.data }, count);
  return colorizeShapes(style, { width: gray.width, height: gray.height, data: gray.data }, map, {
    hints: { isHint, rgb },
    levels,
    ...(twinMap ? { twinMap } : {}),
  });
}

async function readShapes(art: FakeSceneNode): Promise<Shapes> {
  const replies = await running!.send({ type: 'READ_SHAPES', requestId: 'r', nodeId: art.id, maxSide: 512, styleName: STYLE, palette });
  const [shapes] = only(replies, 'SHAPES');
  expect(shapes, JSON.stringify(replies.map((r) => r.type === 'ERROR' && r.message))).toBeDefined();
  return shapes;
}

const key = (shape: { nodeId: string; part: string }): string => `${shape.nodeId}/${shape.part}`;

describe('a shape already in colour steers the rest of a gray vector drawing', () => {
  it('keeps the coloured shape exactly and changes the colour chosen for another shape, written through the plugin', async () => {
    const fake = createFakeFigma();
    fake.useSvgRasterizer(rasterizeSvgWithResvg);
    // 002: with this style a coloured shape moves another opaque shape there. On 004 the one shape it moved was a 20%
    // black shadow, an overlay the plugin now leaves alone (see collectShapes).
    const text = readFileSync(`${CAST}svg/002.svg`, 'utf8');
    const art = importSvg(fake, text, { name: 'Gray toon', gray: true });
    // The colour original, imported the same way: its leaves are the gray one's, in the same order, with their true colours.
    const original = importSvg(fake, text, { name: 'Colour toon' });
    running = await startPlugin(fake);
    const grayLeaves = leaves(art);
    const colourLeaves = leaves(original);
    expect(colourLeaves).toHaveLength(grayLeaves.length);

    const plain = await readShapes(art);
    expect(plain.shapes.every((s) => s.hint === null)).toBe(true);
    const before = await colourShapes(plain);
    const chosenBefore = new Map(plain.shapes.map((s, i) => [key(s), before.paletteIndex[i]]));

    // The designer gives one shape its colour from the original. Every such shape is tried; kept is one that changes
    // another shape's colour, preferably to that shape's true colour (its original's nearest palette colour).
    const truthOf = (nodeId: string): number => {
      const paint = colourLeaves[grayLeaves.findIndex((l) => l.id === nodeId)].fills[0];
      if (paint?.type !== 'SOLID') return -1;
      const lab = rgbToLab(paint.color.r * 255, paint.color.g * 255, paint.color.b * 255);
      return nearestPaletteIndex(lab[0], lab[1], lab[2], style.palette);
    };
    let steered: { hinted: FakeSceneNode; reply: Shapes; after: ShapeColours; changed: number[]; righted: number } | undefined;
    for (let j = 0; j < grayLeaves.length; j++) {
      const leaf = grayLeaves[j];
      const paints = colourLeaves[j].fills;
      if (leaf.isMask || paints.length !== 1 || paints[0].type !== 'SOLID') continue;
      const grayFills = leaf.fills;
      leaf.fills = paints;
      const reply = await readShapes(art);
      leaf.fills = grayFills;
      const hintAt = reply.shapes.findIndex((s) => s.nodeId === leaf.id && s.part === 'fill');
      if (hintAt < 0 || reply.shapes[hintAt].hint === null) continue;
      const after = await colourShapes(reply);
      const changed = reply.shapes.flatMap((s, i) =>
        s.hint === null && after.paletteIndex[i] >= 0 && after.paletteIndex[i] !== chosenBefore.get(key(s)) ? [i] : [],
      );
      const righted = changed.filter((i) => reply.shapes[i].part === 'fill' && after.paletteIndex[i] === truthOf(reply.shapes[i].nodeId)).length;
      if (changed.length > 0 && (!steered || righted > steered.righted)) steered = { hinted: leaf, reply, after, changed, righted };
    }
    expect(steered, 'no coloured shape changed any other shape').toBeDefined();
    const { hinted, reply, after, changed } = steered!;
    const hint = reply.shapes.find((s) => s.nodeId === hinted.id && s.part === 'fill')!;
    // Every other shape keeps a palette colour; the hinted one is left to the designer.
    expect(after.paletteIndex[reply.shapes.indexOf(hint)]).toBe(-1);
    expect([...after.rgb.subarray(reply.shapes.indexOf(hint) * 3, reply.shapes.indexOf(hint) * 3 + 3)]).toEqual([...parseHex(hint.hint!)]);

    // Written through the plugin as the UI writes them: the coloured shape is left exactly as it was.
    hinted.fills = colourLeaves[grayLeaves.indexOf(hinted)].fills;
    const hintedFills = hinted.fills;
    const choices: ShapeColourChoice[] = reply.shapes.flatMap((s, i) =>
      after.paletteIndex[i] >= 0 ? [{ nodeId: s.nodeId, part: s.part, paletteIndex: after.paletteIndex[i] }] : [],
    );
    expect(choices.some((c) => c.nodeId === hinted.id && c.part === 'fill')).toBe(false);
    const replies = await running!.send({
      type: 'WRITE_SHAPES',
      requestId: 'w',
      nodeId: art.id,
      styleName: STYLE,
      mode: 'flat',
      palette,
      colours: choices,
      bind: false,
    });
    expect(only(replies, 'ERROR')).toEqual([]);
    expect(hinted.fills).toBe(hintedFills);
    const byId = new Map(grayLeaves.map((l) => [l.id, l]));
    for (const i of changed) {
      const shape = reply.shapes[i];
      const paint = (shape.part === 'fill' ? byId.get(shape.nodeId)!.fills : byId.get(shape.nodeId)!.strokes)[0];
      expect(paint.type).toBe('SOLID');
      const written = paint.type === 'SOLID' ? [paint.color.r, paint.color.g, paint.color.b].map((v) => Math.round(v * 255)) : [];
      expect(written).toEqual([...parseHex(palette[after.paletteIndex[i]])]);
      expect(after.paletteIndex[i]).not.toBe(chosenBefore.get(key(shape)));
    }
    console.log(
      `vector steering: colouring "${hinted.name}" ${hint.hint} (gray ${hint.level}) changed ${changed.length} other shape(s) of ${reply.shapes.length}: ` +
        changed
          .map(
            (i) =>
              `${reply.shapes[i].part} gray ${reply.shapes[i].level} ${palette[chosenBefore.get(key(reply.shapes[i]))!]} → ${palette[after.paletteIndex[i]]}`,
          )
          .join(', ') +
        `; ${steered!.righted} of them now the original's colour`,
    );
  }, 300_000);
});

describe('a shape under a translucent overlay', () => {
  it('is coloured from the pixels under it when too few are clear of it: cast 020’s back hair, wholly under a 20% shadow', async () => {
    const fake = createFakeFigma();
    fake.useSvgRasterizer(rasterizeSvgWithResvg);
    const art = importSvg(fake, readFileSync(`${CAST}svg/020.svg`, 'utf8'), { name: 'Gray toon', gray: true });
    running?.stop();
    running = await startPlugin(fake);
    const reply = await readShapes(art);
    const ids = PNG.sync.read(Buffer.from(reply.ids));
    const clear = shapeMapFromRender({ width: ids.width, height: ids.height, data: ids.data }, reply.shapes.length);
    const pixels = new Int32Array(reply.shapes.length);
    for (const id of clear.ids) if (id >= 0) pixels[id]++;
    const colours = await colourShapes(reply);
    // Shapes no pixel of which is clear of an overlay: without the map under the overlays they showed nothing and stayed gray.
    const covered = reply.shapes.flatMap((s, i) => (s.part === 'fill' && s.hint === null && pixels[i] === 0 && colours.pixels[i] > 100 ? [i] : []));
    expect(covered.length).toBeGreaterThanOrEqual(1);
    for (const i of covered) expect(colours.paletteIndex[i]).toBeGreaterThanOrEqual(0);
  }, 120_000);
});

describe('a hint’s twin', () => {
  it('colours the other eye in the designer’s exact colour when they colour one, written through the plugin', async () => {
    const fake = createFakeFigma();
    fake.useSvgRasterizer(rasterizeSvgWithResvg);
    // toonhead-one 001: the irises are two circles of #4B2422 (gray 44), the right one mirrored; their dark rims (paths of the
    // same gray) are other shapes.
    const text = readFileSync(fileURLToPath(new URL('../../../shared/art/toonhead-one/svg/001.svg', import.meta.url)), 'utf8');
    const art = importSvg(fake, text, { name: 'Gray toon', gray: true });
    running = await startPlugin(fake);
    const irisGray = Math.round(0.21 * 0x4b + 0.72 * 0x24 + 0.07 * 0x22) / 255;
    const irises = leaves(art).filter((l) => {
      const paint = l.fills[0];
      return l.name.startsWith('Circle') && paint?.type === 'SOLID' && Math.abs(paint.color.r - irisGray) < 0.003;
    });
    expect(irises).toHaveLength(2);
    const [left, right] = irises;
    const blue = '#2255cc';
    left.fills = [{ type: 'SOLID', color: { r: 0x22 / 255, g: 0x55 / 255, b: 0xcc / 255 }, opacity: 1, visible: true, blendMode: 'NORMAL' }];

    const reply = await readShapes(art);
    const at = (node: FakeSceneNode) => reply.shapes.findIndex((s) => s.nodeId === node.id && s.part === 'fill');
    expect(reply.shapes[at(left)].hint).toBe(blue);
    const after = await colourShapes(reply);
    expect(after.twinOf[at(right)]).toBe(at(left));
    expect([...after.rgb.subarray(at(right) * 3, at(right) * 3 + 3)]).toEqual([...parseHex(blue)]);
    // Only the other iris is the blue one's twin: the whites, pupils and highlights of both eyes are not.
    expect(after.twinOf.filter((t) => t >= 0)).toHaveLength(1);

    // Written as the UI writes it (colourShapesAsync): the twin's choice carries the hint's colour.
    const choices: ShapeColourChoice[] = reply.shapes.flatMap((s, i) => {
      if (after.paletteIndex[i] < 0) return [];
      const twin = after.twinOf[i];
      return [{ nodeId: s.nodeId, part: s.part, paletteIndex: after.paletteIndex[i], ...(twin >= 0 ? { colour: reply.shapes[twin].hint! } : {}) }];
    });
    const replies = await running!.send({
      type: 'WRITE_SHAPES',
      requestId: 'w',
      nodeId: art.id,
      styleName: STYLE,
      mode: 'shading',
      palette,
      colours: choices,
      bind: false,
    });
    expect(only(replies, 'ERROR')).toEqual([]);
    // The report says the other eye took the designer's colour (it is the one shape written that way), not only "Recoloured N shapes".
    expect(only(replies, 'DONE')[0].message).toMatch(
      /; 1 of them in the exact colour you gave the matching shape beside it \(the other eye of a coloured one\)\./,
    );
    // And that the shape in colour led the rest as a hint: "kept as it is" alone read as if it were ignored (tester2, finding 11).
    expect(only(replies, 'DONE')[0].message).toMatch(/\. They were steered by 1 in colour \(a hint, kept as it is\)\./);
    const paint = right.fills[0];
    expect(paint?.type).toBe('SOLID');
    if (paint?.type === 'SOLID') expect([paint.color.r, paint.color.g, paint.color.b].map((v) => Math.round(v * 255))).toEqual([...parseHex(blue)]);
    expect(left.fills[0]?.type === 'SOLID' && Math.round(left.fills[0].color.b * 255)).toBe(0xcc);
  }, 300_000);

  it('colours the other lash too, though the art is read at its own 128 px, where a lash is 1–2 px thin (toonhead-one 000)', async () => {
    const fake = createFakeFigma();
    fake.useSvgRasterizer(rasterizeSvgWithResvg);
    const text = readFileSync(fileURLToPath(new URL('../../../shared/art/toonhead-one/svg/000.svg', import.meta.url)), 'utf8');
    const art = importSvg(fake, text, { name: 'Gray toon one 000', gray: true });
    running?.stop();
    running = await startPlugin(fake);
    // The lashes: two paths of the irises' #4B2422 (gray 44) above them, the right one mirrored.
    const [left, right] = ['Path 13', 'Path 16'].map((name) => leaves(art).find((l) => l.name === name)!);
    left.fills = [{ type: 'SOLID', color: { r: 0xcc / 255, g: 0x22 / 255, b: 0x33 / 255 }, opacity: 1, visible: true, blendMode: 'NORMAL' }];

    const reply = await readShapes(art);
    const at = (node: FakeSceneNode) => reply.shapes.findIndex((s) => s.nodeId === node.id && s.part === 'fill');
    expect(reply.shapes[at(left)].hint).toBe('#cc2233');
    // The map the model reads is the art's own size, where the lashes show 4 and 2 whole pixels: too few to be told.
    expect(PNG.sync.read(Buffer.from(reply.ids)).width).toBe(128);
    const after = await colourShapes(reply);
    expect(after.twinOf[at(right)]).toBe(at(left));
    expect([...after.rgb.subarray(at(right) * 3, at(right) * 3 + 3)]).toEqual([0xcc, 0x22, 0x33]);
    expect(after.twinOf.filter((t) => t >= 0)).toHaveLength(1);
  }, 120_000);
});
