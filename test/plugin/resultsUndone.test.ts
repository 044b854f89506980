import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { PluginMessage } from '../../core/protocol/messages';
import { addImageNode, createFakeFigma, type FakeSceneNode } from '../fakeFigma';
import { importSvg } from '../fakeFigma/importSvg';
import { notoPng, only, startPlugin, type Running } from './setup';

let running: Running | undefined;
afterEach(() => running?.stop());

function write(nodeId: string, placement: 'replace' | 'beside', runId: string, seed = '002') {
  return {
    type: 'WRITE_RESULT',
    requestId: `w-${nodeId}`,
    nodeId,
    bytes: notoPng(seed),
    width: 128,
    height: 128,
    placement,
    styleName: 'Sunset',
    commit: false,
    runId,
  } as const;
}

/** Every RESULTS_UNDONE the plugin posted so far. */
function undoneMessages(run: Running): Extract<PluginMessage, { type: 'RESULTS_UNDONE' }>[] {
  return only(run.fake.ui.sent as PluginMessage[], 'RESULTS_UNDONE');
}

/** Lets the fake deliver its batched nodechange events and the plugin finish the check they cause. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Commits the run's undo step, then undoes it: the RESULTS_UNDONE the plugin told the UI after that undo. */
async function commitThenUndo(run: Running): Promise<Extract<PluginMessage, { type: 'RESULTS_UNDONE' }>[]> {
  await run.send({ type: 'COMMIT_UNDO' });
  await settle();
  const told = undoneMessages(run).length;
  run.fake.triggerUndo();
  await settle();
  return undoneMessages(run).slice(told);
}

describe('the sandbox tells the UI when a run is undone', () => {
  it('a batch that replaced two fills: edits by others to other layers and to the results say nothing; one undo says both are back', async () => {
    const fake = createFakeFigma();
    const a = addImageNode(fake, { name: 'A', pngBytes: notoPng('000'), x: 0, y: 0 });
    const b = addImageNode(fake, { name: 'B', pngBytes: notoPng('001'), x: 0, y: 300 });
    const other = addImageNode(fake, { name: 'Other', pngBytes: notoPng('003'), x: 400, y: 0 });
    fake.markSetupDone();
    fake.select(a, b);
    running = await startPlugin(fake);
    for (const node of [a, b]) await running.send(write(node.id, 'replace', 'run-1'));
    await running.send({ type: 'COMMIT_UNDO' });
    await settle();
    // The plugin's own writes are not an undo.
    expect(undoneMessages(running)).toEqual([]);

    // Someone else's edits: an unrelated layer recoloured, renamed, deleted; a result moved and faded.
    other.fills = [{ type: 'SOLID', color: { r: 1, g: 0, b: 0 } }];
    other.name = 'Other, renamed';
    await settle();
    other.remove();
    a.x = 20;
    a.opacity = 0.5;
    a.name = 'A, moved';
    await settle();
    expect(undoneMessages(running)).toEqual([]);

    // The designer's own edits since the run are one step; the run is the step before it.
    fake.commitUndo();
    fake.triggerUndo();
    await settle();
    expect(undoneMessages(running)).toEqual([]);
    fake.triggerUndo();
    const undone = await fake.ui.waitFor<Extract<PluginMessage, { type: 'RESULTS_UNDONE' }>>((m) => m.type === 'RESULTS_UNDONE');
    expect(undone).toEqual({ type: 'RESULTS_UNDONE', runId: 'run-1', undone: 2, total: 2 });
    await settle();
    expect(undoneMessages(running)).toHaveLength(1);
  });

  it('a layer written beside: undo removes it and the UI hears it; a later run is watched afresh', async () => {
    const fake = createFakeFigma();
    const photo = addImageNode(fake, { name: 'Photo', pngBytes: notoPng('000'), x: 0, y: 0 });
    fake.markSetupDone();
    fake.select(photo);
    running = await startPlugin(fake);
    const [done] = await running.send(write(photo.id, 'beside', 'run-1'));
    await running.send({ type: 'COMMIT_UNDO' });
    const layer = fake.node((done as { nodeId: string }).nodeId)!;
    expect(fake.page.selection).toEqual([layer]);
    fake.triggerUndo();
    expect(layer.removed).toBe(true);
    await fake.ui.waitFor((m) => m.type === 'RESULTS_UNDONE' && m.runId === 'run-1' && m.undone === 1 && m.total === 1);
    // A redo brings the layer back, and the UI hears that nothing of the run is undone any more.
    fake.triggerRedo();
    expect(layer.removed).toBe(false);
    await fake.ui.waitFor((m) => m.type === 'RESULTS_UNDONE' && m.runId === 'run-1' && m.undone === 0 && m.total === 1);

    // A second run, in place this time: only its own undo is reported, under its own id.
    await running.send(write(photo.id, 'replace', 'run-2'));
    await running.send({ type: 'COMMIT_UNDO' });
    const from = fake.ui.sent.length;
    await settle();
    expect(undoneMessages(running)).toHaveLength(2);
    fake.triggerUndo();
    expect(await fake.ui.waitFor((m) => m.type === 'RESULTS_UNDONE', from)).toEqual({ type: 'RESULTS_UNDONE', runId: 'run-2', undone: 1, total: 1 });
  });

  it('deleting a layer coloured in place is not an undo; a layer written twice in one run is undone when it is back to before the first write', async () => {
    const fake = createFakeFigma();
    const a = addImageNode(fake, { name: 'A', pngBytes: notoPng('000'), x: 0, y: 0 });
    const b = addImageNode(fake, { name: 'B', pngBytes: notoPng('001'), x: 0, y: 300 });
    fake.markSetupDone();
    fake.select(a);
    running = await startPlugin(fake);
    await running.send(write(a.id, 'replace', 'run-1'));
    await running.send({ type: 'COMMIT_UNDO' });
    await settle();
    a.remove();
    await settle();
    // The report still describes what the run did: the designer deleted its result, nothing was undone.
    expect(undoneMessages(running)).toEqual([]);

    fake.select(b);
    await running.send(write(b.id, 'replace', 'run-2', '002'));
    await running.send(write(b.id, 'replace', 'run-2', '004'));
    await running.send({ type: 'COMMIT_UNDO' });
    await settle();
    expect(undoneMessages(running)).toEqual([]);
    fake.triggerUndo();
    expect(await fake.ui.waitFor((m) => m.type === 'RESULTS_UNDONE')).toEqual({ type: 'RESULTS_UNDONE', runId: 'run-2', undone: 1, total: 1 });
  });

  it('vector art recoloured in place: undo restores every colour and the UI hears it', async () => {
    const fake = createFakeFigma();
    const svg = readFileSync(fileURLToPath(new URL('../../../shared/art/toonhead-cast/svg/004.svg', import.meta.url)), 'utf8');
    const art = importSvg(fake, svg, { name: 'Gray toon', gray: true });
    fake.markSetupDone();
    running = await startPlugin(fake);
    const leaves = (node: FakeSceneNode): FakeSceneNode[] => (node.state.children === null ? [node] : node.state.children.flatMap(leaves));
    const shapes = leaves(art).filter((leaf) => leaf.visible && leaf.fills.some((paint) => paint.type === 'SOLID'));
    expect(shapes.length).toBeGreaterThan(3);
    const palette = ['#1b2a49', '#e07a5f', '#f2cc8f'];
    const colours = shapes.map((shape, i) => ({ nodeId: shape.id, part: 'fill' as const, paletteIndex: i % palette.length }));
    const replies = await running.send({
      type: 'WRITE_SHAPES',
      requestId: 'w',
      nodeId: art.id,
      styleName: 'Toon',
      mode: 'flat',
      palette,
      colours,
      bind: false,
      runId: 'run-v',
    });
    expect(only(replies, 'DONE')[0].message).toMatch(/^Recoloured \d+ shapes/);
    await settle();
    expect(undoneMessages(running)).toEqual([]);
    fake.triggerUndo();
    await fake.ui.waitFor((m) => m.type === 'RESULTS_UNDONE' && m.runId === 'run-v' && m.undone === 1 && m.total === 1);
  });

  it('results on a page the designer has left: an undo there is heard at once, not only when they come back', async () => {
    const fake = createFakeFigma();
    const photo = addImageNode(fake, { name: 'Photo', pngBytes: notoPng('000'), x: 0, y: 0 });
    const notes = fake.createPage();
    const sketch = fake.createNode('RECTANGLE', 'Sketch', notes);
    fake.markSetupDone();
    fake.select(photo);
    running = await startPlugin(fake);
    const first = fake.page;
    const [done] = await running.send(write(photo.id, 'beside', 'run-1'));
    await running.send({ type: 'COMMIT_UNDO' });
    const layer = fake.node((done as { nodeId: string }).nodeId)!;
    await fake.setCurrentPageAsync(notes);
    await settle();
    // Edits on the page the designer is on now say nothing.
    sketch.name = 'Sketch, renamed';
    await settle();
    expect(undoneMessages(running)).toEqual([]);

    // Figma's undo reaches the run's step on the other page (whether or not the designer follows it there).
    fake.triggerUndo();
    expect(layer.removed).toBe(true);
    expect(fake.page).toBe(notes);
    await settle();
    expect(undoneMessages(running)).toEqual([{ type: 'RESULTS_UNDONE', runId: 'run-1', undone: 1, total: 1 }]);
    fake.triggerRedo();
    await settle();
    expect(undoneMessages(running).at(-1)).toEqual({ type: 'RESULTS_UNDONE', runId: 'run-1', undone: 0, total: 1 });

    // Back on the first page, a second run there is watched as before, and the notes page no longer matters.
    await fake.setCurrentPageAsync(first);
    fake.select(photo);
    await running.send(write(photo.id, 'replace', 'run-2'));
    expect(await commitThenUndo(running)).toEqual([{ type: 'RESULTS_UNDONE', runId: 'run-2', undone: 1, total: 1 }]);
  });

  it('the page a run wrote on is deleted: the next run is still recorded and its undo heard', async () => {
    const fake = createFakeFigma();
    const photo = addImageNode(fake, { name: 'Photo', pngBytes: notoPng('000'), x: 0, y: 0 });
    const notes = fake.createPage();
    const sketch = addImageNode(fake, { name: 'Sketch', pngBytes: notoPng('001'), x: 0, y: 0 });
    notes.appendChild(sketch); // addImageNode puts it on the current page
    fake.markSetupDone();
    running = await startPlugin(fake);
    const first = fake.page;
    await fake.setCurrentPageAsync(notes);
    fake.select(sketch);
    await running.send(write(sketch.id, 'replace', 'run-1'));
    await running.send({ type: 'COMMIT_UNDO' });
    await settle();

    // The designer goes back and deletes the page the run wrote on; Hueprint still holds that PageNode.
    await fake.setCurrentPageAsync(first);
    notes.remove();
    expect(notes.removed).toBe(true);
    fake.select(photo);
    const replies = await running.send(write(photo.id, 'replace', 'run-2'));
    // Before the fix, taking the listener off the deleted page threw out of the write, which was reported as failed.
    expect(replies.filter((reply) => reply.type === 'DONE' || reply.type === 'ERROR').map((reply) => reply.type)).toEqual(['DONE']);
    expect(await commitThenUndo(running)).toEqual([{ type: 'RESULTS_UNDONE', runId: 'run-2', undone: 1, total: 1 }]);
  });
});
