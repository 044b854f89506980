import { afterEach, describe, expect, it } from 'vitest';
import { addFrameNode, addImageNode, createFakeFigma, type FakeFigma } from '../fakeFigma';
import { notoPng, only, solidPng, startPlugin, type Running } from './setup';

let running: Running | undefined;
afterEach(() => running?.stop());

const transform: Transform = [
  [0.5, 0, 0.25],
  [0, 0.5, 0.1],
];

function write(nodeId: string, bytes: Uint8Array, placement: 'replace' | 'beside', size = 128) {
  return { type: 'WRITE_RESULT', requestId: 'w1', nodeId, bytes, width: size, height: size, placement, styleName: 'Sunset' } as const;
}

function imageHashOf(fake: FakeFigma, nodeId: string): string | null {
  const paint = fake.node(nodeId)!.fills.find((p) => p.type === 'IMAGE') as ImagePaint | undefined;
  return paint?.imageHash ?? null;
}

describe('WRITE_RESULT replace', () => {
  it('replaces only the image hash, keeping crop, scale mode, filters, opacity, rotation and other paints; one undo step restores it', async () => {
    const fake = createFakeFigma();
    const photo = addImageNode(fake, {
      name: 'Photo',
      pngBytes: notoPng('000'),
      x: 40,
      y: 60,
      scaleMode: 'CROP',
      imageTransform: transform,
      paint: { opacity: 0.8, rotation: 90, filters: { exposure: 0.2, saturation: -0.5 }, blendMode: 'MULTIPLY' },
    });
    photo.fills = [{ type: 'SOLID', color: { r: 1, g: 0, b: 0 }, visible: false }, ...photo.fills];
    fake.markSetupDone();
    const before = photo.fills;
    const originalHash = imageHashOf(fake, photo.id);
    fake.select(photo);
    running = await startPlugin(fake);

    const result = notoPng('001');
    const replies = await running.send(write(photo.id, result, 'replace'));
    expect(replies).toEqual([{ type: 'DONE', requestId: 'w1', message: expect.stringContaining('Colorized “Photo”'), nodeId: photo.id }]);

    const after = photo.fills;
    expect(after).not.toBe(before);
    expect(Object.isFrozen(after)).toBe(true);
    expect(after[0]).toEqual(before[0]);
    const { imageHash: newHash, ...rest } = after[1] as ImagePaint;
    const { imageHash: oldHash, ...restBefore } = before[1] as ImagePaint;
    expect(rest).toEqual(restBefore);
    expect(rest).toMatchObject({ scaleMode: 'CROP', imageTransform: transform, opacity: 0.8, rotation: 90, blendMode: 'MULTIPLY' });
    expect(oldHash).toBe(originalHash);
    expect(newHash).not.toBe(oldHash);
    expect(Array.from(await fake.getImageByHash(newHash!)!.getBytesAsync())).toEqual(Array.from(result));
    expect(fake.page.children).toHaveLength(1); // no new layer
    expect(fake.page.selection).toEqual([photo]);
    expect(fake.notifications.at(-1)).toEqual({ message: expect.stringContaining('Colorized “Photo” with Sunset'), error: false });

    fake.triggerUndo();
    expect(imageHashOf(fake, photo.id)).toBe(originalHash);
    expect(photo.fills).toEqual(before);
  });
});

describe('WRITE_RESULT beside', () => {
  it('adds a named rectangle with the result beside the original, in the same parent, leaving the original alone, and selects it', async () => {
    const fake = createFakeFigma();
    const board = addFrameNode(fake, { name: 'Board', width: 1000, height: 800, pngBytes: notoPng() });
    const photo = addImageNode(fake, { name: 'Photo', pngBytes: notoPng('000'), width: 200, height: 150, x: 30, y: 20, parent: board });
    const sibling = addImageNode(fake, { name: 'After', pngBytes: notoPng('002'), parent: board });
    const originalFills = photo.fills;
    fake.select(photo);
    running = await startPlugin(fake);

    const replies = await running.send(write(photo.id, notoPng('001'), 'beside'));
    const done = only(replies, 'DONE')[0];
    const added = fake.node(done.nodeId!)!;
    expect(added.type).toBe('RECTANGLE');
    expect(added.name).toBe('Photo · Sunset');
    expect(added.parent).toBe(board);
    expect(board.children).toEqual([photo, added, sibling]);
    expect([added.x, added.y, added.width, added.height]).toEqual([30 + 200 + 16, 20, 200, 150]);
    expect(added.fills).toEqual([{ type: 'IMAGE', scaleMode: 'FILL', imageHash: expect.any(String) }]);
    expect(photo.fills).toBe(originalFills);
    expect(fake.page.selection).toEqual([added]);

    fake.triggerUndo();
    expect(added.removed).toBe(true);
    expect(board.children).toEqual([photo, sibling]);
  });

  it('always puts the result of a rasterised frame on a new layer, even when asked to replace', async () => {
    const fake = createFakeFigma();
    const frame = addFrameNode(fake, { name: 'Icon', width: 64, height: 64, x: 0, y: 0, pngBytes: solidPng(64, 64) });
    running = await startPlugin(fake);
    const [done] = await running.send(write(frame.id, solidPng(64, 64, [200, 30, 30]), 'replace', 64));
    expect(done).toMatchObject({ type: 'DONE' });
    const added = fake.node((done as { nodeId: string }).nodeId)!;
    expect(added).not.toBe(frame);
    expect([added.name, added.x, added.parent]).toEqual(['Icon · Sunset', 80, fake.page]);
    expect(frame.fills).toEqual([{ type: 'SOLID', color: { r: 1, g: 1, b: 1 } }]);
  });
});

describe('WRITE_RESULT errors', () => {
  it('refuses a result over 4096 px with a clear error and changes nothing', async () => {
    const fake = createFakeFigma();
    const photo = addImageNode(fake, { name: 'Photo', pngBytes: notoPng() });
    running = await startPlugin(fake);
    const replies = await running.send({ ...write(photo.id, notoPng(), 'replace'), width: 5000, height: 300 });
    expect(replies).toEqual([{ type: 'ERROR', requestId: 'w1', message: expect.stringMatching(/5000×300 px, but Figma images are at most 4096 px/) }]);
    expect(fake.page.children).toHaveLength(1);
  });

  it('guards createImage too: an oversize PNG whose message lies about its size is refused', async () => {
    const fake = createFakeFigma();
    const photo = addImageNode(fake, { name: 'Photo', pngBytes: notoPng() });
    const hash = imageHashOf(fake, photo.id);
    running = await startPlugin(fake);
    const [reply] = await running.send(write(photo.id, solidPng(4097, 1), 'replace', 100));
    expect(reply).toMatchObject({
      type: 'ERROR',
      message: expect.stringMatching(/Figma could not take the colorized image \(Image is too large.*Nothing was changed/),
    });
    expect(imageHashOf(fake, photo.id)).toBe(hash);
  });

  it('answers corrupt bytes and a deleted layer with errors that say what to do', async () => {
    const fake = createFakeFigma();
    const photo = addImageNode(fake, { name: 'Photo', pngBytes: notoPng() });
    running = await startPlugin(fake);
    const [corrupt] = await running.send(write(photo.id, new Uint8Array([1, 2, 3, 4]), 'replace'));
    expect(corrupt).toMatchObject({ type: 'ERROR', message: expect.stringContaining('Image type is unsupported') });
    photo.remove();
    const [gone] = await running.send(write(photo.id, notoPng(), 'replace'));
    expect(gone).toMatchObject({ type: 'ERROR', message: expect.stringContaining('no longer exists. Select the art again') });
    expect(fake.notifications.filter((n) => n.error)).toHaveLength(2);
  });
});

describe('a batch of writes', () => {
  it('is one undo step when the UI writes with commit: false and ends with COMMIT_UNDO', async () => {
    const fake = createFakeFigma();
    const a = addImageNode(fake, { name: 'A', pngBytes: notoPng('000'), x: 0, y: 0 });
    const b = addImageNode(fake, { name: 'B', pngBytes: notoPng('001'), x: 0, y: 300 });
    fake.markSetupDone();
    const hashes = [imageHashOf(fake, a.id), imageHashOf(fake, b.id)];
    running = await startPlugin(fake);
    for (const node of [a, b]) {
      expect(await running.send({ ...write(node.id, notoPng('002'), 'replace'), commit: false })).toMatchObject([{ type: 'DONE' }]);
    }
    expect(await running.send({ type: 'COMMIT_UNDO' })).toEqual([]);
    expect([imageHashOf(fake, a.id), imageHashOf(fake, b.id)]).not.toEqual(hashes);
    // Only fills were replaced: the selection stays as the designer made it.
    expect(fake.page.selection).toEqual([]);
    fake.triggerUndo();
    expect([imageHashOf(fake, a.id), imageHashOf(fake, b.id)]).toEqual(hashes);
  });

  it('selects the new layers of a batch once it ends, with a replaced image among them; the sandbox tells the UI the new selection', async () => {
    const fake = createFakeFigma();
    const a = addImageNode(fake, { name: 'A', pngBytes: notoPng('000'), x: 0, y: 0 });
    const frame = addFrameNode(fake, { name: 'Icon', width: 64, height: 64, x: 0, y: 300, pngBytes: solidPng(64, 64) });
    const b = addImageNode(fake, { name: 'B', pngBytes: notoPng('001'), x: 0, y: 500 });
    fake.markSetupDone();
    fake.select(a, frame, b);
    running = await startPlugin(fake);
    const written: string[] = [];
    for (const [node, placement] of [
      [a, 'replace'],
      [frame, 'replace'],
      [b, 'beside'],
    ] as const) {
      const [done] = await running.send({ ...write(node.id, notoPng('002'), placement), commit: false });
      written.push((done as { nodeId: string }).nodeId);
    }
    // Mid-batch the selection is the designer's.
    expect(fake.page.selection).toEqual([a, frame, b]);
    const replies = await running.send({ type: 'COMMIT_UNDO' });
    const [framesCopy, bCopy] = [fake.node(written[1])!, fake.node(written[2])!];
    expect(written[0]).toBe(a.id);
    expect([framesCopy.name, bCopy.name]).toEqual(['Icon · Sunset', 'B · Sunset']);
    expect(fake.page.selection).toEqual([a, framesCopy, bCopy]);
    await expect.poll(() => running!.fake.ui.sent.slice(-1)[0]).toMatchObject({ type: 'SELECTION', summary: { nodes: 3, images: 3 } });
    expect(replies.every((m) => m.type === 'SELECTION')).toBe(true);
    // One undo removes the new layers and restores A's fill; nothing stale stays selected.
    fake.triggerUndo();
    expect(fake.page.selection).toEqual([a]);
    // A later batch starts afresh: a replace-only batch selects nothing new.
    fake.select(b);
    await running.send({ ...write(b.id, notoPng('003'), 'replace'), commit: false });
    await running.send({ type: 'COMMIT_UNDO' });
    expect(fake.page.selection).toEqual([b]);
  });

  it('places repeated results beside the original without stacking them, named with the mode', async () => {
    const fake = createFakeFigma();
    const photo = addImageNode(fake, { name: 'Photo', pngBytes: notoPng('000'), width: 100, height: 100, x: 0, y: 0 });
    running = await startPlugin(fake);
    const added: SceneNode[] = [];
    for (const mode of ['flat', 'shading', 'flat'] as const) {
      const [done] = await running.send({ ...write(photo.id, notoPng('001'), 'beside'), mode });
      added.push(fake.node((done as { nodeId: string }).nodeId)! as unknown as SceneNode);
    }
    expect(added.map((n) => n.name)).toEqual(['Photo · Sunset (flat)', 'Photo · Sunset (shading)', 'Photo · Sunset (flat)']);
    expect(added.map((n) => [n.x, n.y])).toEqual([
      [116, 0],
      [232, 0],
      [348, 0],
    ]);
  });

  it('puts each result at the nearest free place to the right, a gap clear of other art, no further', async () => {
    // The harness's row: gray art every 300 px, 128 px wide; results of the first go between and past the others.
    const fake = createFakeFigma();
    const [art] = [0, 300, 600].map((x, i) => addImageNode(fake, { name: `Gray art ${i + 1}`, pngBytes: notoPng('000'), width: 128, height: 128, x, y: 324 }));
    // Above and below the row: not in the way.
    addImageNode(fake, { name: 'Above', pngBytes: notoPng('000'), width: 400, height: 100, x: 100, y: 200 });
    running = await startPlugin(fake);
    const xs: number[] = [];
    for (let run = 0; run < 3; run++) {
      const [done] = await running.send(write(art.id, notoPng('001'), 'beside'));
      xs.push(fake.node((done as { nodeId: string }).nodeId)!.x);
    }
    // Beside it; then past that result and Gray art 2, 16 px from it (was 432: 4 px from it); then past Gray art 3 (was 864, 120 px further).
    expect(xs).toEqual([144, 444, 744]);
  });
});
