/**
 * Bad input: styles stored in a Figma document (issue 8, item 5), through
 * the real sandbox code against the fake figma. Nothing read from the
 * document is trusted unbounded: a damaged or hostile entry is refused
 * quickly with a message that says what to do, it can always be deleted, and
 * the other styles stay byte-identical.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { PluginMessage } from '../../core/protocol/messages';
import { CHUNK_CHARS, DAMAGED_STYLE_NAME, MAX_DOCUMENT_CHUNKS, NAMESPACE } from '../../plugin/styles/documentStyles';
import { only, startPlugin, styleBytes, type Running } from '../plugin/setup';

let running: Running | undefined;
afterEach(() => running?.stop());

function save(name: string, bytes: Uint8Array, inDocument = true) {
  return {
    type: 'SAVE_STYLE',
    requestId: `save-${name}`,
    summary: { name, createdAt: '2025-01-02T00:00:00.000Z', k: 2, palette: ['#ff0000', '#00ff00'] },
    bytes,
    inDocument,
  } as const;
}

/** Every shared plugin data entry of the document, to compare before and after. */
function snapshot(r: Running): Map<string, string> {
  const root = r.fake.document;
  return new Map(root.getSharedPluginDataKeys(NAMESPACE).map((key) => [key, root.getSharedPluginData(NAMESPACE, key)]));
}

/** A teammate's view: a style saved in the document by someone else, not in this designer's clientStorage. */
async function teammateStyle(r: Running, name: string, bytes: Uint8Array): Promise<string> {
  const id = only(await r.send(save(name, bytes)), 'DONE')[0].styleId!;
  await r.fake.clientStorage.deleteAsync(`hueprint.style.${id}`);
  await r.fake.clientStorage.setAsync('hueprint.styles', []);
  return id;
}

function setMeta(r: Running, id: string, change: (meta: Record<string, unknown>) => unknown): void {
  const key = `style.${id}.meta`;
  const meta = JSON.parse(r.fake.document.getSharedPluginData(NAMESPACE, key));
  r.fake.document.setSharedPluginData(NAMESPACE, key, JSON.stringify(change(meta)));
}

async function timed(r: Running, message: unknown): Promise<{ replies: PluginMessage[]; ms: number }> {
  const started = performance.now();
  const replies = await r.send(message);
  return { replies, ms: performance.now() - started };
}

/** Lists, loads and deletes a damaged entry: load refused with `loadError`, delete removes every key of it, the other style untouched. */
async function expectRefusedAndDeletable(r: Running, id: string, keep: string, loadError: RegExp): Promise<void> {
  const keepKeys = [...snapshot(r)].filter(([key]) => key.startsWith(`style.${keep}.`));
  const listed = only(await r.send({ type: 'LIST_STYLES', requestId: 'l' }), 'STYLES')[0].styles;
  expect(listed.map((s) => s.id).sort()).toEqual([id, keep].sort());
  const load = await timed(r, { type: 'LOAD_STYLE', requestId: 'ld', id });
  expect(load.replies).toEqual([expect.objectContaining({ type: 'ERROR', requestId: 'ld', message: expect.stringMatching(loadError) })]);
  expect(load.ms).toBeLessThan(1000);
  const del = await timed(r, { type: 'DELETE_STYLE', requestId: 'del', id });
  expect(only(del.replies, 'DONE')[0].message).toMatch(/^Deleted “/);
  expect(del.ms).toBeLessThan(1000);
  const after = snapshot(r);
  expect([...after.keys()].filter((key) => key.startsWith(`style.${id}.`))).toEqual([]);
  expect([...after].filter(([key]) => key.startsWith(`style.${keep}.`))).toEqual(keepKeys);
  const listedAfter = only(await r.send({ type: 'LIST_STYLES', requestId: 'l2' }), 'STYLES')[0].styles;
  expect(listedAfter.map((s) => s.id)).toEqual([keep]);
  const [kept] = await r.send({ type: 'LOAD_STYLE', requestId: 'k', id: keep });
  expect(kept.type).toBe('STYLE_BYTES');
}

describe('a document style whose meta claims absurd values', () => {
  for (const chunks of [2 ** 53, 1e7, MAX_DOCUMENT_CHUNKS + 1]) {
    it(`chunks = ${chunks}: listed as damaged, load refused at once, delete removes it (2^53 used to loop for ever)`, async () => {
      running = await startPlugin();
      const keep = await teammateStyle(running, 'Keep', styleBytes(2000, 5));
      const id = await teammateStyle(running, 'Hostile', styleBytes(3000, 6));
      setMeta(running, id, (meta) => ({ ...meta, chunks }));
      const listed = only(await running.send({ type: 'LIST_STYLES', requestId: 'l' }), 'STYLES')[0].styles;
      expect(listed.find((s) => s.id === id)?.name).toBe(DAMAGED_STYLE_NAME);
      await expectRefusedAndDeletable(running, id, keep, /^This style cannot be loaded: the document's copy is damaged; delete it/);
    });
  }

  it('bytes larger than any style Hueprint stores', async () => {
    running = await startPlugin();
    const keep = await teammateStyle(running, 'Keep', styleBytes(2000, 5));
    const id = await teammateStyle(running, 'Big', styleBytes(3000, 6));
    setMeta(running, id, (meta) => ({ ...meta, bytes: 2 ** 40 }));
    await expectRefusedAndDeletable(running, id, keep, /damaged; delete it/);
  });

  it('a chunk count that does not match the size', async () => {
    running = await startPlugin();
    const keep = await teammateStyle(running, 'Keep', styleBytes(2000, 5));
    const id = await teammateStyle(running, 'Odd', styleBytes(3000, 6));
    setMeta(running, id, (meta) => ({ ...meta, chunks: 3 }));
    await expectRefusedAndDeletable(running, id, keep, /damaged; delete it/);
  });

  it('a meta that is not JSON at all', async () => {
    running = await startPlugin();
    const keep = await teammateStyle(running, 'Keep', styleBytes(2000, 5));
    const id = await teammateStyle(running, 'Garbled', styleBytes(3000, 6));
    running.fake.document.setSharedPluginData(NAMESPACE, `style.${id}.meta`, '{"name": "Garb');
    await expectRefusedAndDeletable(running, id, keep, /damaged; delete it/);
  });

  it('a meta with a 90 kB name', async () => {
    running = await startPlugin();
    const keep = await teammateStyle(running, 'Keep', styleBytes(2000, 5));
    const id = await teammateStyle(running, 'Long', styleBytes(3000, 6));
    setMeta(running, id, (meta) => ({ ...meta, name: 'n'.repeat(90_000) }));
    await expectRefusedAndDeletable(running, id, keep, /damaged; delete it/);
  });
});

describe('damaged chunks', () => {
  it('a chunk replaced by invalid base64: load says the copy is incomplete, nothing is returned', async () => {
    running = await startPlugin();
    const keep = await teammateStyle(running, 'Keep', styleBytes(2000, 5));
    const id = await teammateStyle(running, 'Broken', styleBytes(3000, 6));
    running.fake.document.setSharedPluginData(NAMESPACE, `style.${id}.0`, '!!!!');
    await expectRefusedAndDeletable(running, id, keep, /the document's copy of “Broken” is incomplete \(0 of 3000 bytes\)/);
  });

  it('a chunk longer than Hueprint writes is not read past its limit', async () => {
    running = await startPlugin();
    const keep = await teammateStyle(running, 'Keep', styleBytes(2000, 5));
    const id = await teammateStyle(running, 'Padded', styleBytes(3000, 6));
    running.fake.document.setSharedPluginData(NAMESPACE, `style.${id}.0`, 'A'.repeat(CHUNK_CHARS + 4));
    await expectRefusedAndDeletable(running, id, keep, /is incomplete \(0 of 3000 bytes\)/);
  });

  it('a missing chunk', async () => {
    running = await startPlugin();
    const keep = await teammateStyle(running, 'Keep', styleBytes(2000, 5));
    const id = await teammateStyle(running, 'Gappy', styleBytes(200_000, 6));
    running.fake.document.setSharedPluginData(NAMESPACE, `style.${id}.1`, '');
    await expectRefusedAndDeletable(running, id, keep, /is incomplete \(\d+ of 200000 bytes\)/);
  });
});

describe('saving over a damaged entry', () => {
  it('re-saving a style whose old meta claims 2^53 chunks writes the new copy and clears only the old chunks that exist', async () => {
    running = await startPlugin();
    const keep = await teammateStyle(running, 'Keep', styleBytes(2000, 5));
    const first = only(await running.send(save('Mine', styleBytes(200_000, 7))), 'DONE')[0].styleId!;
    setMeta(running, first, (meta) => ({ ...meta, chunks: 2 ** 53 }));
    const keepBefore = [...snapshot(running)].filter(([key]) => key.startsWith(`style.${keep}.`));
    const bytes = styleBytes(1000, 8);
    const started = performance.now();
    const replies = await running.send({ ...save('Mine', bytes), id: first });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(only(replies, 'DONE')[0].message).toMatch(/^Saved “Mine”/);
    const after = snapshot(running);
    expect([...after.keys()].filter((key) => key.startsWith(`style.${first}.`)).sort()).toEqual([`style.${first}.0`, `style.${first}.meta`]);
    expect([...after].filter(([key]) => key.startsWith(`style.${keep}.`))).toEqual(keepBefore);
    await running.fake.clientStorage.deleteAsync(`hueprint.style.${first}`);
    const [loaded] = await running.send({ type: 'LOAD_STYLE', requestId: 'l', id: first });
    expect(Buffer.from((loaded as { bytes: Uint8Array }).bytes).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('a damaged clientStorage index', () => {
  it('an index that is not an array lists the document styles and keeps working', async () => {
    running = await startPlugin();
    const keep = await teammateStyle(running, 'Keep', styleBytes(2000, 5));
    await running.fake.clientStorage.setAsync('hueprint.styles', { evil: true });
    const listed = only(await running.send({ type: 'LIST_STYLES', requestId: 'l' }), 'STYLES')[0];
    expect(listed.styles.map((s) => s.id)).toEqual([keep]);
    const saved = only(await running.send(save('Fresh', styleBytes(500, 9), false)), 'DONE')[0];
    expect(saved.message).toBe('Saved “Fresh”.');
  });
});
