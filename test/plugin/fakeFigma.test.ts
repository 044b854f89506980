import { describe, expect, it } from 'vitest';
import { addImageNode, createFakeFigma, type FakeContainerNode, readImageSize } from '../fakeFigma';
import { notoPng, solidPng, TINY_GIF } from './setup';

describe('the fake figma behaves like Figma where Hueprint depends on it', () => {
  it('freezes fills: mutating them throws, assigning a copy works', () => {
    const fake = createFakeFigma();
    const node = addImageNode(fake, { name: 'P', pngBytes: notoPng() });
    const fills = node.fills as ImagePaint[];
    expect(() => {
      (fills[0] as { imageHash: string | null }).imageHash = 'x';
    }).toThrow(TypeError);
    expect(() => (fills as Paint[]).push({ type: 'SOLID', color: { r: 0, g: 0, b: 0 } })).toThrow(TypeError);
    node.fills = [{ ...fills[0], scaleMode: 'FIT' }];
    expect((node.fills[0] as ImagePaint).scaleMode).toBe('FIT');
    expect(() => (node.fills = [{ type: 'IMAGE', scaleMode: 'FILL', imageHash: 'nope' }])).toThrow(/not found/);
  });

  it('only offers async document access (dynamic-page)', async () => {
    const fake = createFakeFigma();
    const node = addImageNode(fake, { name: 'P', pngBytes: notoPng() });
    expect(() => fake.getNodeById(node.id)).toThrow(/dynamic-page/);
    expect(() => fake.getLocalPaintStyles()).toThrow(/dynamic-page/);
    expect(await fake.getNodeByIdAsync(node.id)).toBe(node);
    node.remove();
    expect(await fake.getNodeByIdAsync(node.id)).toBeNull();
  });

  it('reads image sizes from real headers and refuses images over 4096 px', async () => {
    expect(readImageSize(notoPng())).toEqual({ width: 128, height: 128, format: 'PNG' });
    expect(readImageSize(solidPng(3, 7))).toEqual({ width: 3, height: 7, format: 'PNG' });
    expect(readImageSize(TINY_GIF)).toEqual({ width: 1, height: 1, format: 'GIF' });
    const fake = createFakeFigma();
    expect(() => fake.createImage(solidPng(4097, 2))).toThrow(/Image is too large: 4097×2/);
    expect(() => fake.createImage(new Uint8Array([1, 2, 3]))).toThrow(/unsupported/);
    const a = fake.createImage(notoPng());
    expect(fake.createImage(notoPng()).hash).toBe(a.hash);
    expect(a.hash).toMatch(/^[0-9a-f]{40}$/);
    expect(await a.getSizeAsync()).toEqual({ width: 128, height: 128 });
    expect(fake.getImageByHash(a.hash)).toBe(a);
  });

  it('enforces the 5 MB clientStorage quota and the 100 kB plugin data entry limit', async () => {
    const fake = createFakeFigma();
    await fake.clientStorage.setAsync('a', new Uint8Array(4 * 1024 * 1024));
    await expect(fake.clientStorage.setAsync('b', new Uint8Array(1024 * 1024))).rejects.toThrow(/quota exceeded/);
    expect(await fake.clientStorage.keysAsync()).toEqual(['a']);
    await fake.clientStorage.setAsync('a', new Uint8Array(10)); // replacing frees the old value
    await fake.clientStorage.setAsync('b', new Uint8Array(1024 * 1024));
    expect(fake.clientStorage.bytesUsed).toBe(2 + 10 + 1024 * 1024);
    expect(() => fake.document.setSharedPluginData('hueprint', 'k', 'x'.repeat(100 * 1024))).toThrow(/limit/);
    await expect(fake.clientStorage.setAsync('f', { f: () => 1 })).rejects.toThrow(/cannot clone/);
  });

  it("treats what was built before showUI as the designer's document, which undo never removes", () => {
    const fake = createFakeFigma();
    const art = fake.createRectangle(); // as the harness builds its art, through the API
    fake.showUI('<p>ui</p>');
    const added = fake.createRectangle();
    fake.commitUndo();
    fake.triggerUndo();
    expect(added.removed).toBe(true);
    expect(art.removed).toBe(false);
    expect(fake.page.children.map((n) => n.id)).toEqual([art.id]);
  });

  it('undoes to the last commit, and fires selectionchange', () => {
    const fake = createFakeFigma();
    const node = addImageNode(fake, { name: 'P', pngBytes: notoPng() });
    let changes = 0;
    fake.on('selectionchange', () => changes++);
    fake.select(node);
    expect(changes).toBe(1);
    const original = node.fills;
    node.fills = [];
    node.name = 'Q';
    fake.commitUndo();
    node.fills = [{ type: 'SOLID', color: { r: 1, g: 0, b: 0 } }];
    fake.commitUndo();
    fake.triggerUndo();
    expect(node.fills).toEqual([]);
    fake.triggerUndo();
    expect([node.fills, node.name]).toEqual([original, 'P']);
  });

  it('tells the page’s nodechange listeners what an undo restored, removed and brought back, shaped like Figma’s NodeChangeEvent', async () => {
    const fake = createFakeFigma();
    const photo = addImageNode(fake, { name: 'P', pngBytes: notoPng(), x: 0, y: 0 });
    const doomed = addImageNode(fake, { name: 'Doomed', pngBytes: notoPng('001'), x: 200, y: 0 });
    fake.markSetupDone();
    fake.select(photo);
    const frame = fake.createNode('FRAME', 'New frame');
    fake.createNode('RECTANGLE', 'Inside', frame as FakeContainerNode);
    photo.fills = [{ type: 'SOLID', color: { r: 1, g: 0, b: 0 } }];
    photo.x = 30;
    doomed.remove();
    fake.select(photo, frame);
    fake.commitUndo();
    await new Promise((resolve) => setTimeout(resolve, 0));

    const events: NodeChangeEvent[] = [];
    let selectionChanges = 0;
    fake.currentPage.on('nodechange', (event) => events.push(event));
    fake.on('selectionchange', () => selectionChanges++);
    fake.triggerUndo();
    expect(events).toEqual([]); // delivered later, batched, as in Figma
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events).toHaveLength(1);
    const byType = (type: NodeChange['type']) => events[0].nodeChanges.filter((change) => change.type === type);
    expect(byType('PROPERTY_CHANGE')).toEqual([{ type: 'PROPERTY_CHANGE', id: photo.id, origin: 'LOCAL', node: photo, properties: ['x', 'fills'] }]);
    // Only the top of a removed subtree is reported, as a RemovedNode.
    expect(byType('DELETE')).toEqual([{ type: 'DELETE', id: frame.id, origin: 'LOCAL', node: { removed: true, type: 'FRAME', id: frame.id } }]);
    expect(byType('CREATE')).toEqual([{ type: 'CREATE', id: doomed.id, origin: 'LOCAL', node: doomed }]);
    // The removed frame left the selection, which Figma announces.
    expect(fake.page.selection).toEqual([photo]);
    expect(selectionChanges).toBe(1);
  });

  it('pages: switching is async and announced (currentpagechange, then selectionchange); each page’s nodechange listeners hear that page wherever the designer is', async () => {
    const fake = createFakeFigma();
    const first = fake.page;
    const photo = addImageNode(fake, { name: 'P', pngBytes: notoPng(), x: 0, y: 0 });
    const second = fake.createPage();
    expect(fake.root.children).toEqual([first, second]);
    expect(fake.page).toBe(first); // createPage does not move the designer
    const note = fake.createNode('RECTANGLE', 'Note', second);
    // Under dynamic-page, currentPage is read-only.
    expect(() => {
      fake.currentPage = second as unknown as PageNode;
    }).toThrow(/setCurrentPageAsync/);

    const announced: string[] = [];
    fake.on('currentpagechange', () => announced.push(`page ${fake.currentPage.id}`));
    fake.on('selectionchange', () => announced.push('selection'));
    const heard = { first: [] as string[], second: [] as string[] };
    first.on('nodechange', (event) => heard.first.push(...event.nodeChanges.map((change) => change.id)));
    second.on('nodechange', (event) => heard.second.push(...event.nodeChanges.map((change) => change.id)));
    await fake.setCurrentPageAsync(second as unknown as PageNode);
    expect(announced).toEqual([`page ${second.id}`, 'selection']);
    expect(fake.currentPage).toBe(second);

    photo.name = 'P, renamed from afar';
    note.name = 'Note, renamed';
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(heard).toEqual({ first: [photo.id], second: [note.id] });
    await fake.setCurrentPageAsync(second as unknown as PageNode);
    expect(announced).toHaveLength(2); // already there: nothing happens
  });

  it('pages: a removed page is `removed`, its layers are gone, and its members throw as a removed layer’s do', async () => {
    const fake = createFakeFigma();
    const first = fake.page;
    const second = fake.createPage();
    const frame = fake.createNode('FRAME', 'Frame', second);
    const inner = fake.createNode('RECTANGLE', 'Inner', frame as FakeContainerNode);
    const listener = () => undefined;
    second.on('nodechange', listener);
    expect(() => first.remove()).toThrow(/current page/);
    second.remove();
    expect(second.removed).toBe(true);
    expect(second.parent).toBeNull();
    expect(fake.root.children).toEqual([first]);
    expect(await fake.getNodeByIdAsync(inner.id)).toBeNull();
    expect(inner.removed).toBe(true);
    expect(() => second.off('nodechange', listener)).toThrow(/does not exist/);
    expect(() => second.on('nodechange', listener)).toThrow(/does not exist/);
    expect(() => first.remove()).toThrow(/last page/);
  });
});
