import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { addNode, createFakeFigma, type FakeContainerNode, type FakeFigma, type FakeSceneNode } from '../fakeFigma';
import { importSvg } from '../fakeFigma/importSvg';
import { rasterizeSvgWithResvg } from './rasterizeSvgWithResvg';

const art = (set: string, dir: string, name: string) => fileURLToPath(new URL(`../../../shared/art/${set}/${dir}/${name}`, import.meta.url));

function vectorFake(): FakeFigma {
  const fake = createFakeFigma();
  fake.useSvgRasterizer(rasterizeSvgWithResvg);
  return fake;
}

async function exportPixels(node: FakeSceneNode, scale = 1): Promise<PNG> {
  const bytes = await node.exportAsync({ format: 'PNG', constraint: { type: 'SCALE', value: scale } });
  return PNG.sync.read(Buffer.from(bytes));
}

function leaves(node: FakeSceneNode): FakeSceneNode[] {
  const children = node.state.children;
  return children === null ? [node] : children.flatMap(leaves);
}

function pixel(png: PNG, x: number, y: number): number[] {
  const i = (y * png.width + x) * 4;
  return [...png.data.subarray(i, i + 4)];
}

describe('fake figma vector nodes', () => {
  it('imports a real SVG drawing and renders it like the PNG made from the same SVG', async () => {
    const fake = vectorFake();
    const frame = importSvg(fake, readFileSync(art('toonhead-one', 'svg', '000.svg'), 'utf8'), { name: 'Toon' });
    expect([frame.width, frame.height]).toEqual([128, 128]);
    const shapes = leaves(frame);
    expect(shapes.length).toBeGreaterThan(10);
    // Rotated circles become vectors, as in Figma's import; the unrotated viewbox mask stays a rectangle.
    expect(new Set(shapes.map((s) => s.type))).toEqual(new Set(['VECTOR', 'RECTANGLE']));
    for (const shape of shapes.filter((s) => s.type === 'VECTOR')) {
      expect(shape.vectorPaths[0].data).toMatch(/^M [\d. -]+( [MLCQZ][\d. -]*)*$/);
    }
    expect(shapes.some((s) => s.isMask)).toBe(true);

    const rendered = await exportPixels(frame);
    const reference = PNG.sync.read(readFileSync(art('toonhead-one', 'test', '000.png')));
    expect([rendered.width, rendered.height]).toEqual([reference.width, reference.height]);
    let diff = 0;
    for (let i = 0; i < rendered.data.length; i++) diff += Math.abs(rendered.data[i] - reference.data[i]);
    // Same drawing: only antialiasing may differ.
    expect(diff / rendered.data.length).toBeLessThan(3);
    expect(fake.exports).toHaveLength(1);
    expect(fake.exports[0].ms).toBeGreaterThanOrEqual(0);
  });

  it('imports gray art with every colour turned to 0.21 R + 0.72 G + 0.07 B', async () => {
    const fake = vectorFake();
    const source = readFileSync(art('toonhead-cast', 'svg', '003.svg'), 'utf8');
    const gray = importSvg(fake, source, { name: 'Gray', gray: true });
    const colour = importSvg(fake, source, { name: 'Colour', x: 200 });
    for (const shape of leaves(gray)) {
      for (const paint of [...shape.fills, ...shape.strokes]) {
        const { r, g, b } = (paint as SolidPaint).color;
        expect(r).toBe(g);
        expect(g).toBe(b);
      }
    }
    const [grayPng, colourPng] = [await exportPixels(gray), await exportPixels(colour)];
    let worst = 0;
    for (let i = 0; i < grayPng.data.length; i += 4) {
      if (colourPng.data[i + 3] < 255) continue;
      const expected = 0.21 * colourPng.data[i] + 0.72 * colourPng.data[i + 1] + 0.07 * colourPng.data[i + 2];
      worst = Math.max(worst, Math.abs(grayPng.data[i] - expected));
    }
    expect(worst).toBeLessThan(2.5);
  });

  it('draws each shape type where it is, with fills, strokes, opacity and scale', async () => {
    const fake = vectorFake();
    const frame = fake.createNode('FRAME', 'Shapes') as FakeContainerNode;
    frame.resize(100, 50);
    frame.fills = [{ type: 'SOLID', color: { r: 1, g: 1, b: 1 } }];
    const red: SolidPaint = { type: 'SOLID', color: { r: 1, g: 0, b: 0 } };
    const blue: SolidPaint = { type: 'SOLID', color: { r: 0, g: 0, b: 1 } };
    addNode(fake, { type: 'RECTANGLE', name: 'R', x: 0, y: 0, width: 20, height: 20, fills: [red], parent: frame });
    addNode(fake, { type: 'ELLIPSE', name: 'E', x: 25, y: 0, width: 20, height: 20, fills: [blue], parent: frame });
    const star = addNode(fake, { type: 'STAR', name: 'S', x: 50, y: 0, width: 20, height: 20, fills: [red], parent: frame });
    const line = addNode(fake, { type: 'LINE', name: 'L', x: 0, y: 40, width: 100, height: 0, strokes: [blue], parent: frame });
    line.strokeWeight = 4;
    const group = fake.createNode('GROUP', 'G', frame) as FakeContainerNode;
    const vector = addNode(fake, { type: 'VECTOR', name: 'V', x: 75, y: 0, width: 20, height: 20, fills: [blue], parent: group });
    vector.vectorPaths = [{ windingRule: 'NONZERO', data: 'M 0 0 L 20 0 L 20 20 L 0 20 Z' }];
    group.opacity = 0.5;

    const png = await exportPixels(frame, 2);
    expect([png.width, png.height]).toEqual([200, 100]);
    expect(pixel(png, 20, 20)).toEqual([255, 0, 0, 255]); // rectangle
    expect(pixel(png, 70, 20)).toEqual([0, 0, 255, 255]); // ellipse centre
    expect(pixel(png, 52, 2)).toEqual([255, 255, 255, 255]); // ellipse's box corner is outside it
    expect(pixel(png, 120, 24)).toEqual([255, 0, 0, 255]); // star centre
    expect(pixel(png, 101, 2)).toEqual([255, 255, 255, 255]); // between the star's points
    expect(pixel(png, 100, 80)).toEqual([0, 0, 255, 255]); // line, 4 units wide around y = 40
    const half = pixel(png, 170, 20);
    expect(half[2]).toBe(255);
    expect(Math.abs(half[0] - 128)).toBeLessThanOrEqual(1); // half-transparent group over white
    star.visible = false;
    expect(pixel(await exportPixels(frame, 2), 120, 24)).toEqual([255, 255, 255, 255]);
  });

  it('binds a paint to a colour variable like Figma: a new paint, the variable’s colour, rendered from the variable', async () => {
    const fake = vectorFake();
    const collection = fake.variables.createVariableCollection('Palette');
    const variable = fake.variables.createVariable('colour 01', collection, 'COLOR');
    variable.setValueForMode(collection.defaultModeId, { r: 0, g: 1, b: 0 });
    const paint: SolidPaint = Object.freeze({ type: 'SOLID', color: { r: 0.5, g: 0.5, b: 0.5 }, opacity: 0.75 });
    const bound = fake.variables.setBoundVariableForPaint(paint, 'color', variable);
    expect(bound).not.toBe(paint);
    expect(paint.boundVariables).toBeUndefined();
    expect(bound).toMatchObject({
      type: 'SOLID',
      color: { r: 0, g: 1, b: 0 },
      opacity: 0.75,
      boundVariables: { color: { type: 'VARIABLE_ALIAS', id: variable.id } },
    });
    expect(() =>
      fake.variables.setBoundVariableForPaint({ type: 'IMAGE', scaleMode: 'FILL', imageHash: null } as unknown as SolidPaint, 'color', variable),
    ).toThrow(/SOLID/);
    expect(fake.variables.setBoundVariableForPaint(bound, 'color', null).boundVariables).toBeUndefined();

    const rect = addNode(fake, { type: 'RECTANGLE', name: 'Swatch', width: 4, height: 4, fills: [{ ...bound, opacity: 1 }] });
    expect(pixel(await exportPixels(rect), 1, 1)).toEqual([0, 255, 0, 255]);
    // Changing the variable restyles every paint bound to it.
    variable.setValueForMode(collection.defaultModeId, { r: 1, g: 0, b: 1 });
    expect(pixel(await exportPixels(rect), 1, 1)).toEqual([255, 0, 255, 255]);
  });

  it('clones a subtree under the page with new ids, and one undo step reverts fills, appearance and the clone', () => {
    const fake = vectorFake();
    const frame = importSvg(fake, readFileSync(art('toonhead-one', 'svg', '001.svg'), 'utf8'), { name: 'Toon' });
    fake.markSetupDone();
    const before = JSON.stringify(leaves(frame).map((s) => [s.fills, s.strokes, s.opacity, s.vectorPaths]));
    const copy = frame.clone();
    expect(copy.parent).toBe(fake.page);
    expect(copy.id).not.toBe(frame.id);
    const copies = leaves(copy);
    expect(copies.map((s) => s.name)).toEqual(leaves(frame).map((s) => s.name));
    expect(new Set([...copies, ...leaves(frame)].map((s) => s.id)).size).toBe(copies.length * 2);
    copies[0].fills = [{ type: 'SOLID', color: { r: 1, g: 0, b: 0 } }];
    expect(leaves(frame)[0].fills).not.toEqual(copies[0].fills);
    copy.remove();
    for (const shape of leaves(frame)) {
      shape.fills = [{ type: 'SOLID', color: { r: 0, g: 0, b: 1 } }];
      shape.opacity = 0.5;
    }
    fake.commitUndo();
    fake.triggerUndo();
    expect(JSON.stringify(leaves(frame).map((s) => [s.fills, s.strokes, s.opacity, s.vectorPaths]))).toBe(before);
    expect(fake.page.children).toEqual([frame]);
  });

  it('refuses SVG it cannot bound', () => {
    const fake = vectorFake();
    expect(() => importSvg(fake, `<svg>${'<g>'.repeat(100)}${'</g>'.repeat(100)}</svg>`, { name: 'Deep' })).toThrow(/deeper/);
    expect(() => importSvg(fake, '<html/>', { name: 'Not SVG' })).toThrow(/not an <svg>/);
  });
});
