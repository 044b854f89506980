import { describe, expect, it } from 'vitest';
import type { PluginMessage } from '../../core/protocol/messages';
import { parsePluginMessage } from '../../core/protocol/parsePluginMessage';
import { ProtocolError } from '../../core/protocol/ProtocolError';
import { MAX_IMAGE_BYTES, MAX_STYLE_BYTES } from '../../core/protocol/limits';

const bytes = new Uint8Array([1, 2, 3]);
const item = { nodeId: '1:2', name: 'Photo', kind: 'image', nodeType: 'RECTANGLE', width: 128, height: 64.5 } as const;
const style = { id: 's1', name: 'Sunset', createdAt: '2025-01-01T00:00:00.000Z', k: 2, bytes: 1000, palette: ['#000000', '#ffffff'], inDocument: false };

const valid: PluginMessage[] = [
  { type: 'SELECTION', summary: { nodes: 2, images: 1, frames: 0, items: [item], skipped: [{ nodeId: '1:3', name: 'Slice', reason: 'unsupported-node' }] } },
  { type: 'IMAGE', requestId: 'r', index: 0, total: 1, item, bytes },
  { type: 'IMAGES_DONE', requestId: 'r', count: 1, skipped: [{ nodeId: '1:4', name: 'Broken', reason: 'unreadable' }] },
  { type: 'STYLES', styles: [style], bytesUsed: 1020, quotaBytes: 5 * 1024 * 1024 },
  { type: 'STYLES', requestId: 'r', styles: [], bytesUsed: 0, quotaBytes: 5 * 1024 * 1024 },
  { type: 'STYLE_BYTES', requestId: 'r', id: 's1', bytes },
  { type: 'DONE', requestId: 'r', message: 'Saved', styleId: 's1' },
  { type: 'DONE', requestId: 'r', message: 'Colorized', nodeId: '1:9' },
  { type: 'ERROR', message: 'Select some colour art (frames or images) first.' },
];

function problems(raw: unknown): readonly string[] {
  try {
    parsePluginMessage(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(ProtocolError);
    expect((error as Error).message).toMatch(/^Malformed message from the plugin/);
    return (error as ProtocolError).problems;
  }
  throw new Error('parsed without error');
}

describe('parsePluginMessage', () => {
  it('accepts every message type and returns it unchanged', () => {
    for (const message of valid) expect(parsePluginMessage(message)).toEqual(message);
  });

  it('names what is wrong', () => {
    expect(problems({ type: 'IMAGE', requestId: 'r', index: 0, total: 1, item, bytes: [1, 2] })).toEqual(['bytes: Expected a Uint8Array but received Array']);
    expect(problems({ ...valid[1], item: { ...item, kind: 'video' } })[0]).toMatch(/^item\.kind: /);
    expect(problems({ ...valid[1], total: 0 })[0]).toMatch(/^total: Invalid value: Expected >=1/);
    expect(problems({ ...valid[2], skipped: [{ nodeId: '1:4', name: 'x', reason: 'sleepy' }] })[0]).toMatch(/^skipped\.0\.reason: /);
    expect(problems({ ...valid[3], bytesUsed: -1 })[0]).toMatch(/^bytesUsed: /);
    expect(problems({ ...valid[3], styles: [{ ...style, inDocument: 'yes' }] })[0]).toMatch(/^styles\.0\.inDocument: /);
    expect(problems({ type: 'DONE', requestId: 'r' })).toEqual(['message: Invalid key: Expected "message" but received undefined']);
    expect(problems({ type: 'ERROR', message: 'x'.repeat(10_000) })[0]).toMatch(/^message: Invalid length/);
    expect(problems({ type: 'HELLO' })[0]).toMatch(/^type: Invalid type: Expected \("SELECTION" \|/);
    expect(problems(undefined)).toEqual(['message: Invalid type: Expected Object but received undefined']);
  });

  it('bounds every byte payload: an image no bigger than a raw 4096² RGBA one, a style well over the quota', () => {
    expect(parsePluginMessage({ ...valid[1], bytes: new Uint8Array(MAX_IMAGE_BYTES) }).type).toBe('IMAGE');
    expect(problems({ ...valid[1], bytes: new Uint8Array(MAX_IMAGE_BYTES + 1) })).toEqual([
      `bytes: Expected at most ${MAX_IMAGE_BYTES} bytes of image but received ${MAX_IMAGE_BYTES + 1}`,
    ]);
    expect(MAX_IMAGE_BYTES).toBeGreaterThanOrEqual(4096 * 4096 * 4);
    expect(problems({ ...valid[5], bytes: new Uint8Array(MAX_STYLE_BYTES + 1) })[0]).toMatch(/^bytes: Expected at most \d+ bytes of style/);
    expect(MAX_STYLE_BYTES).toBeGreaterThan(5 * 1024 * 1024);
    expect(problems({ ...valid[3], bytesUsed: 2 ** 60 })[0]).toMatch(/^bytesUsed: /);
    expect(problems({ ...valid[0], summary: { ...(valid[0] as { summary: object }).summary, items: Array(10_001).fill(item) } })[0]).toMatch(
      /^summary\.items: Invalid length/,
    );
  });
});
