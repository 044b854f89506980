import { afterEach, describe, expect, it } from 'vitest';
import type { PluginMessage, StyleSummary } from '../../core/protocol/messages';
import { CHUNK_CHARS, NAMESPACE } from '../../plugin/styles/documentStyles';
import { QUOTA_BYTES } from '../../plugin/styles/storedStyle';
import { PLUGIN_DATA_ENTRY_LIMIT } from '../fakeFigma';
import { only, startPlugin, styleBytes, type Running } from './setup';

let running: Running | undefined;
afterEach(() => running?.stop());

const MB = 1024 * 1024;

/** Byte equality without vitest's slow deep diff of 100k-element arrays. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a instanceof Uint8Array && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

function save(name: string, bytes: Uint8Array, extra: { id?: string; inDocument?: boolean; requestId?: string } = {}) {
  return {
    type: 'SAVE_STYLE',
    requestId: extra.requestId ?? `save-${name}`,
    ...(extra.id ? { id: extra.id } : {}),
    summary: { name, createdAt: new Date(Date.UTC(2025, 0, 1 + name.length)).toISOString(), k: 3, palette: ['#ff0000', '#00ff00', '#0000ff'] },
    bytes,
    inDocument: extra.inDocument ?? false,
  } as const;
}

async function list(r: Running): Promise<Extract<PluginMessage, { type: 'STYLES' }>> {
  const [reply] = await r.send({ type: 'LIST_STYLES', requestId: 'list' });
  expect(reply).toMatchObject({ type: 'STYLES', requestId: 'list', quotaBytes: 5 * MB });
  return reply as Extract<PluginMessage, { type: 'STYLES' }>;
}

describe('styles in clientStorage', () => {
  it('saves, lists, loads, renames and deletes, keeping bytesUsed in step with the real storage', async () => {
    running = await startPlugin();
    const { fake } = running;
    const bytes = styleBytes(300_000);
    const replies = await running.send(save('Sunset', bytes));
    const done = only(replies, 'DONE')[0];
    expect(done.message).toBe('Saved “Sunset”.');
    expect(done.styleId).toMatch(/^s[0-9a-z]+$/);
    expect(only(replies, 'STYLES')[0].styles.map((s) => s.name)).toEqual(['Sunset']);

    let styles = await list(running);
    expect(styles.styles).toEqual([
      { id: done.styleId, name: 'Sunset', createdAt: expect.any(String), k: 3, bytes: 300_000, palette: ['#ff0000', '#00ff00', '#0000ff'], inDocument: false },
    ]);
    expect(styles.bytesUsed).toBe(fake.clientStorage.bytesUsed);

    const [loaded] = await running.send({ type: 'LOAD_STYLE', requestId: 'load', id: done.styleId });
    expect(loaded).toMatchObject({ type: 'STYLE_BYTES', requestId: 'load', id: done.styleId });
    expect(sameBytes((loaded as { bytes: Uint8Array }).bytes, bytes)).toBe(true);

    const renamed = await running.send({ type: 'RENAME_STYLE', requestId: 'ren', id: done.styleId, name: 'Dusk' });
    expect(only(renamed, 'DONE')[0]).toMatchObject({ message: 'Renamed to “Dusk”.', styleId: done.styleId });
    expect((await list(running)).styles[0].name).toBe('Dusk');

    const deleted = await running.send({ type: 'DELETE_STYLE', requestId: 'del', id: done.styleId });
    expect(only(deleted, 'DONE')[0].message).toBe('Deleted “Dusk”.');
    styles = await list(running);
    expect(styles.styles).toEqual([]);
    expect(await fake.clientStorage.keysAsync()).toEqual(['hueprint.styles']);
    const [missing] = await running.send({ type: 'LOAD_STYLE', requestId: 'load2', id: done.styleId });
    expect(missing).toMatchObject({ type: 'ERROR', requestId: 'load2', message: expect.stringContaining('no longer saved') });
  });

  it('overwrites a style saved again under its id instead of adding another', async () => {
    running = await startPlugin();
    const first = only(await running.send(save('Sunset', styleBytes(1000))), 'DONE')[0];
    const again = only(await running.send(save('Sunset v2', styleBytes(2000, 7), { id: first.styleId })), 'DONE')[0];
    expect(again.styleId).toBe(first.styleId);
    const styles = await list(running);
    expect(styles.styles.map((s) => [s.name, s.bytes])).toEqual([['Sunset v2', 2000]]);
    expect(styles.bytesUsed).toBe(running.fake.clientStorage.bytesUsed);
  });

  it('keeps one copy when the same style is saved or imported again, even after a rename', async () => {
    running = await startPlugin();
    const bytes = styleBytes(5000, 5);
    const first = only(await running.send(save('Sunset', bytes)), 'DONE')[0];
    await running.send({ type: 'RENAME_STYLE', requestId: 'ren', id: first.styleId, name: 'Dusk' });
    const again = only(await running.send(save('Sunset', bytes, { requestId: 'import' })), 'DONE')[0];
    expect(again.styleId).toBe(first.styleId);
    expect(again.message).toBe('“Sunset” was already saved as “Dusk”: updated it, not added twice.');
    const styles = await list(running);
    expect(styles.styles.map((s) => s.name)).toEqual(['Sunset']);
    expect(styles.bytesUsed).toBe(running.fake.clientStorage.bytesUsed);
    // Kept in the document for teammates, then imported again (an import never asks for a document copy): the copy stays.
    await running.send(save('Sunset', bytes, { requestId: 'team', inDocument: true }));
    const reimported = only(await running.send(save('Sunset', bytes, { requestId: 'import2' })), 'DONE')[0];
    expect(reimported.message).toBe('“Sunset” was already saved: updated it (also in this document, for your team), not added twice.');
    expect((await list(running)).styles.map((s) => [s.id, s.inDocument])).toEqual([[first.styleId, true]]);
    // Another training run (another creation time) is another style, even with the same name.
    const other = { ...save('Sunset', bytes, { requestId: 'other' }) };
    const otherReply = only(await running.send({ ...other, summary: { ...other.summary, createdAt: '2026-12-01T00:00:00.000Z' } }), 'DONE')[0];
    expect(otherReply.styleId).not.toBe(first.styleId);
    expect((await list(running)).styles).toHaveLength(2);
  });

  it('renames the saved palette with the style: paint styles and variables keep their ids and bindings', async () => {
    running = await startPlugin();
    const { fake } = running;
    const saved = only(await running.send(save('Sunset', styleBytes(1000))), 'DONE')[0];
    await running.send({ type: 'SAVE_PALETTE', requestId: 'p', styleName: 'Sunset', colors: ['#ff0000', '#00ff00', '#0000ff'] });
    const styleIds = fake.localPaintStyles.map((s) => s.id);
    const variableIds = fake.localVariables.map((v) => v.id);
    const renamed = only(await running.send({ type: 'RENAME_STYLE', requestId: 'ren', id: saved.styleId, name: 'Dusk' }), 'DONE')[0];
    expect(renamed.message).toBe('Renamed to “Dusk”, with its 3 paint styles and its colour variables.');
    expect(fake.localPaintStyles.map((s) => [s.id, s.name])).toEqual([
      [styleIds[0], 'Hueprint/Dusk/01 #ff0000'],
      [styleIds[1], 'Hueprint/Dusk/02 #00ff00'],
      [styleIds[2], 'Hueprint/Dusk/03 #0000ff'],
    ]);
    expect(fake.localVariableCollections.map((c) => c.name)).toEqual(['Hueprint · Dusk']);
    expect(fake.localVariables.map((v) => v.id)).toEqual(variableIds);

    // A palette already saved under the new name belongs to another style: it is not merged into.
    await running.send({ type: 'SAVE_PALETTE', requestId: 'p2', styleName: 'Night', colors: ['#000000'] });
    const clash = only(await running.send({ type: 'RENAME_STYLE', requestId: 'ren2', id: saved.styleId, name: 'Night' }), 'DONE')[0];
    expect(clash.message).toMatch(/keeps the old name, because a palette named “Night” already exists/);
    expect(fake.localVariableCollections.map((c) => c.name)).toEqual(['Hueprint · Dusk', 'Hueprint · Night']);
    expect((await list(running)).styles[0].name).toBe('Night');
  });

  it('refuses a save that would pass the 5 MB quota, with the sizes, and keeps what is saved', async () => {
    running = await startPlugin();
    const kept = only(await running.send(save('Big', styleBytes(Math.round(4.6 * MB)))), 'DONE')[0];
    const replies = await running.send(save('x', styleBytes(Math.round(1.2 * MB), 3)));
    expect(replies).toEqual([
      { type: 'ERROR', requestId: 'save-x', message: "Saving “x” needs 1.2 MB but only 0.4 MB of Hueprint's 5 MB is free. Delete a style first." },
    ]);
    expect(running.fake.notifications.at(-1)?.error).toBe(true);
    const styles = await list(running);
    expect(styles.styles.map((s) => s.id)).toEqual([kept.styleId]);
    expect(QUOTA_BYTES).toBe(5 * MB);
  });

  it('answers with an ERROR, and loses nothing, when clientStorage itself refuses', async () => {
    running = await startPlugin();
    const { fake } = running;
    const kept = only(await running.send(save('Kept', styleBytes(1000))), 'DONE')[0];
    // Something else (an older version's data) already fills most of the quota, unseen by the index.
    await fake.clientStorage.setAsync('legacy', styleBytes(Math.round(4.5 * MB), 9));
    const [reply] = await running.send(save('Huge', styleBytes(Math.round(0.9 * MB), 5)));
    expect(reply).toMatchObject({ type: 'ERROR', message: expect.stringMatching(/Figma could not save “Huge” \(clientStorage quota exceeded.*untouched/) });
    expect((await list(running)).styles.map((s) => s.id)).toEqual([kept.styleId]);
    expect((await fake.clientStorage.keysAsync()).sort()).toEqual([`hueprint.style.${kept.styleId}`, 'hueprint.styles', 'legacy'].sort());
  });
});

describe('styles in the document', () => {
  it('stores a copy as base64 chunks under 100 kB that a teammate sees, loads and can delete', async () => {
    running = await startPlugin();
    const { fake } = running;
    const bytes = styleBytes(400_000, 11);
    const done = only(await running.send(save('Team', bytes, { inDocument: true })), 'DONE')[0];
    expect(done.message).toBe('Saved “Team” (also in this document, for your team).');

    const root = fake.document;
    const keys = root.getSharedPluginDataKeys(NAMESPACE);
    const chunkKeys = keys.filter((k) => /\.\d+$/.test(k));
    expect(chunkKeys).toHaveLength(Math.ceil((Math.ceil(400_000 / 3) * 4) / CHUNK_CHARS));
    for (const key of keys) expect(key.length + root.getSharedPluginData(NAMESPACE, key).length).toBeLessThanOrEqual(PLUGIN_DATA_ENTRY_LIMIT);
    expect((await list(running)).styles[0]).toMatchObject({ id: done.styleId, inDocument: true });

    // A teammate opens the file: same document, their own (empty) clientStorage.
    for (const key of await fake.clientStorage.keysAsync()) await fake.clientStorage.deleteAsync(key);
    const teammate = await list(running);
    expect(teammate.styles).toEqual([
      {
        id: done.styleId!,
        name: 'Team',
        createdAt: expect.any(String),
        k: 3,
        bytes: 400_000,
        palette: ['#ff0000', '#00ff00', '#0000ff'],
        inDocument: true,
      } satisfies StyleSummary,
    ]);
    expect(teammate.bytesUsed).toBe(0);
    const [loaded] = await running.send({ type: 'LOAD_STYLE', requestId: 'l', id: done.styleId });
    expect(sameBytes((loaded as { bytes: Uint8Array }).bytes, bytes)).toBe(true);

    // Re-saving smaller drops the chunks it no longer needs.
    await running.send(save('Team', styleBytes(1000, 12), { id: done.styleId, inDocument: true }));
    expect(root.getSharedPluginDataKeys(NAMESPACE).filter((k) => /\.\d+$/.test(k))).toHaveLength(1);

    await running.send({ type: 'DELETE_STYLE', requestId: 'd', id: done.styleId });
    expect(root.getSharedPluginDataKeys(NAMESPACE)).toEqual([]);
    expect((await list(running)).styles).toEqual([]);
  });

  it('reports a damaged document copy instead of returning wrong bytes', async () => {
    running = await startPlugin();
    const { fake } = running;
    const done = only(await running.send(save('Team', styleBytes(5000), { inDocument: true })), 'DONE')[0];
    await fake.clientStorage.deleteAsync(`hueprint.style.${done.styleId}`);
    fake.document.setSharedPluginData(NAMESPACE, `style.${done.styleId}.0`, 'AAAA');
    const [reply] = await running.send({ type: 'LOAD_STYLE', requestId: 'l', id: done.styleId });
    expect(reply).toMatchObject({ type: 'ERROR', message: expect.stringContaining('is incomplete (3 of 5000 bytes)') });
  });
});

describe('malformed messages', () => {
  it('are logged and answered with an ERROR naming the problem; the plugin keeps working', async () => {
    running = await startPlugin();
    const bad: unknown[] = [
      null,
      'READY',
      { type: 'EXPLODE' },
      { type: 'SAVE_STYLE', requestId: 'm1', summary: { name: 'x', createdAt: '', k: 3, palette: ['#fff'] }, bytes: [1, 2], inDocument: false },
      { type: 'WRITE_RESULT', requestId: 'm2', nodeId: '1:2', bytes: new Uint8Array(4), width: '10', height: 10, placement: 'replace', styleName: 's' },
      { type: 'LIST_STYLES', requestId: 'x'.repeat(1_000_000) },
    ];
    for (const message of bad) {
      const replies = await running.send(message);
      expect(replies).toHaveLength(1);
      expect(replies[0]).toMatchObject({ type: 'ERROR', message: expect.stringMatching(/^Malformed message from the UI/) });
      expect((replies[0] as { message: string }).message.length).toBeLessThan(2000);
    }
    const errors = running.fake.ui.sent.slice(-4) as { requestId?: string; message: string }[];
    expect(errors[0].message).toContain('EXPLODE');
    expect(errors[1]).toMatchObject({ requestId: 'm1', message: expect.stringContaining('bytes: Expected a Uint8Array but received Array') });
    expect(errors[1].message).toContain('summary.palette.0');
    expect(errors[2]).toMatchObject({ requestId: 'm2', message: expect.stringContaining('width: Invalid type: Expected number but received "10"') });
    expect(errors[3].requestId).toBeUndefined();
    expect((await list(running)).styles).toEqual([]);
  });
});

describe('concurrent storage requests', () => {
  it('keep every style when saves, renames and deletes overlap (one index, updated in turn)', async () => {
    running = await startPlugin();
    const r = running;
    const first = only(await r.send(save('Base', styleBytes(1000, 9))), 'DONE')[0];
    // Sent together, as a Save style, an Import and a Rename can be in flight at once.
    await Promise.all([
      r.send(save('Dawn', styleBytes(2000, 2))),
      r.send(save('Dusk', styleBytes(3000, 3))),
      r.send({ type: 'RENAME_STYLE', requestId: 'rename', id: first.styleId, name: 'Base renamed' }),
      r.send(save('Noon', styleBytes(4000, 4))),
    ]);
    const styles = await list(r);
    expect(styles.styles.map((s) => s.name).sort()).toEqual(['Base renamed', 'Dawn', 'Dusk', 'Noon']);
    expect(styles.bytesUsed).toBeGreaterThanOrEqual(1000 + 2000 + 3000 + 4000);
  });
});
