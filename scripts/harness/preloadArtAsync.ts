import { addFrameNode, addImageNode, addNode, type FakeFigma } from '../../test/fakeFigma/index';

export interface ArtNode {
  readonly id: string;
  readonly name: string;
  /**
   * `broken`: layers Hueprint must refuse clearly (corrupt bytes, hidden, too small).
   * `marked`: a frame of gray art with colour marks drawn over it (hints); `mark`: one of those marks.
   */
  readonly kind: 'colour' | 'gray' | 'broken' | 'marked' | 'mark';
}

const COLOUR_COUNT = 6;
const GRAY_COUNT = 3;
const CELL = 150;
const PER_ROW = 4;

/**
 * Fills the fake document with colour art to train on and gray art to
 * colorize: real emoji from ../shared/art/noto when the server has them,
 * generated flat-colour shapes otherwise. Gray art is the same conversion the
 * plugin uses (0.21 R + 0.72 G + 0.07 B), so it is gray art the style fits.
 */
export async function preloadArtAsync(fake: FakeFigma): Promise<ArtNode[]> {
  const names: string[] = await (await fetch('/art/index.json')).json();
  const sources: Uint8Array[] = [];
  for (const name of names.slice(0, COLOUR_COUNT + GRAY_COUNT)) {
    sources.push(new Uint8Array(await (await fetch(`/art/${name}`)).arrayBuffer()));
  }
  while (sources.length < COLOUR_COUNT + GRAY_COUNT) sources.push(await generateArtAsync(sources.length));

  const nodes: ArtNode[] = [];
  for (let i = 0; i < sources.length; i++) {
    const kind = i < COLOUR_COUNT ? 'colour' : 'gray';
    const bytes = kind === 'gray' ? await toGrayPngAsync(sources[i]) : sources[i];
    const index = kind === 'colour' ? i : i - COLOUR_COUNT;
    const node = addImageNode(fake, {
      name: kind === 'colour' ? `Colour art ${index + 1}` : `Gray art ${index + 1}`,
      pngBytes: bytes,
      // Gray art is spaced out so "New layer beside it" results have room.
      x: kind === 'colour' ? (index % PER_ROW) * CELL : index * 2 * CELL,
      y: kind === 'colour' ? Math.floor(index / PER_ROW) * CELL : 2 * CELL + 24,
    });
    nodes.push({ id: node.id, name: node.name, kind });
  }
  // A frame is read through exportAsync; the fake returns this pre-rendered picture of it.
  const { width, height } = await imageSizeAsync(sources[0]);
  const frame = addFrameNode(fake, { name: 'Colour frame', width, height, pngBytes: sources[0], x: PER_ROW * CELL, y: 0 });
  nodes.push({ id: frame.id, name: frame.name, kind: 'colour' });
  const brokenRow = 2 * CELL + 24 + CELL + 40;
  nodes.push(...addBrokenArt(fake, sources[COLOUR_COUNT], brokenRow));
  nodes.push(...(await addMarkedArtAsync(fake, 3 * CELL + 30, brokenRow)));
  return nodes;
}

/**
 * A row of layers that must be refused with a clear reason: an image fill whose
 * bytes are corrupt (a real PNG header, so Figma accepts it, then garbage), a
 * hidden layer and one smaller than 8 px.
 */
function addBrokenArt(fake: FakeFigma, png: Uint8Array, y: number): ArtNode[] {
  const corruptBytes = new Uint8Array(200);
  corruptBytes.set(png.subarray(0, 33)); // signature + IHDR
  for (let i = 33; i < corruptBytes.length; i++) corruptBytes[i] = (i * 37) & 255;
  const corrupt = addImageNode(fake, { name: 'Corrupt image', pngBytes: corruptBytes, width: 96, height: 96, x: 0, y });
  const hidden = addImageNode(fake, { name: 'Hidden layer', pngBytes: png, width: 96, height: 96, x: CELL, y });
  hidden.visible = false;
  const tiny = addImageNode(fake, { name: 'Tiny icon', pngBytes: png, width: 6, height: 6, x: 2 * CELL, y });
  fake.markSetupDone();
  return [corrupt, hidden, tiny].map((node) => ({ id: node.id, name: node.name, kind: 'broken' as const }));
}

/**
 * What a designer does to steer colorize: gray art in a frame, and two dots of
 * colour drawn over it, a red one on the round shape and a blue one on the
 * bar. Colorize reads the dots as hints; they stay as drawn.
 */
async function addMarkedArtAsync(fake: FakeFigma, x: number, y: number): Promise<ArtNode[]> {
  const size = 128;
  const canvas = new OffscreenCanvas(size, size);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = 'rgb(236, 236, 236)';
  ctx.fillRect(0, 0, size, size);
  ctx.fillStyle = 'rgb(150, 150, 150)';
  ctx.beginPath();
  ctx.arc(44, 64, 30, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = 'rgb(90, 90, 90)';
  ctx.fillRect(82, 24, 34, 80);
  const gray = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());

  const frame = addFrameNode(fake, { name: 'Marked gray art', width: size, height: size, x, y });
  addImageNode(fake, { name: 'Gray art', pngBytes: gray, parent: frame });
  const red = addNode(fake, {
    type: 'ELLIPSE',
    name: 'Red mark',
    parent: frame,
    x: 38,
    y: 58,
    width: 12,
    height: 12,
    fills: [{ type: 'SOLID', color: { r: 0.85, g: 0.15, b: 0.2 } }],
  });
  const blue = addNode(fake, {
    type: 'ELLIPSE',
    name: 'Blue mark',
    parent: frame,
    x: 93,
    y: 58,
    width: 12,
    height: 12,
    fills: [{ type: 'SOLID', color: { r: 0.15, g: 0.35, b: 0.85 } }],
  });
  fake.markSetupDone();
  return [
    { id: frame.id, name: frame.name, kind: 'marked' },
    { id: red.id, name: red.name, kind: 'mark' },
    { id: blue.id, name: blue.name, kind: 'mark' },
  ];
}

async function imageSizeAsync(bytes: Uint8Array): Promise<{ width: number; height: number }> {
  const bitmap = await createImageBitmap(new Blob([bytes as BlobPart]));
  const size = { width: bitmap.width, height: bitmap.height };
  bitmap.close();
  return size;
}

async function toGrayPngAsync(bytes: Uint8Array): Promise<Uint8Array> {
  const bitmap = await createImageBitmap(new Blob([bytes as BlobPart]), { premultiplyAlpha: 'none', colorSpaceConversion: 'none' });
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height);
  const d = pixels.data;
  for (let i = 0; i < d.length; i += 4) {
    const g = Math.round(0.21 * d[i] + 0.72 * d[i + 1] + 0.07 * d[i + 2]);
    d[i] = d[i + 1] = d[i + 2] = g;
  }
  ctx.putImageData(pixels, 0, 0);
  return new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
}

/** Flat-colour shapes on a light ground, different per index, when no real art is available. */
async function generateArtAsync(index: number): Promise<Uint8Array> {
  const size = 128;
  const canvas = new OffscreenCanvas(size, size);
  const ctx = canvas.getContext('2d')!;
  const hues = [12, 48, 140, 200, 265, 330];
  ctx.fillStyle = '#f4efe6';
  ctx.fillRect(0, 0, size, size);
  ctx.fillStyle = `hsl(${hues[index % hues.length]} 70% 50%)`;
  ctx.beginPath();
  ctx.arc(64, 64, 40 + (index % 3) * 6, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = `hsl(${hues[(index + 2) % hues.length]} 60% 30%)`;
  ctx.fillRect(20 + index * 5, 80, 50, 24);
  ctx.fillStyle = '#ffffff';
  ctx.beginPath();
  ctx.arc(50, 50, 10, 0, Math.PI * 2);
  ctx.fill();
  return new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
}
