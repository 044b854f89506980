import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { UiMessage } from '../../core/protocol/messages';
import { parseUiMessage } from '../../core/protocol/parseUiMessage';
import { ProtocolError } from '../../core/protocol/ProtocolError';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);

const valid: UiMessage[] = [
  { type: 'READY' },
  { type: 'READ_SELECTION', requestId: 'r', maxSide: 512 },
  { type: 'WRITE_RESULT', requestId: 'r', nodeId: '1:2', bytes: png, width: 10, height: 20, placement: 'beside', styleName: 'Sunset' },
  { type: 'LIST_STYLES', requestId: 'r' },
  {
    type: 'SAVE_STYLE',
    requestId: 'r',
    summary: { name: 'S', createdAt: '2025-01-01T00:00:00.000Z', k: 2, palette: ['#000000', '#FFFFFF'] },
    bytes: png,
    inDocument: true,
  },
  { type: 'SAVE_STYLE', requestId: 'r', id: 'abc', summary: { name: 'S', createdAt: '', k: 1, palette: ['#123abc'] }, bytes: png, inDocument: false },
  { type: 'LOAD_STYLE', requestId: 'r', id: 'abc' },
  { type: 'RENAME_STYLE', requestId: 'r', id: 'abc', name: 'New' },
  { type: 'DELETE_STYLE', requestId: 'r', id: 'abc' },
  { type: 'SAVE_PALETTE', requestId: 'r', styleName: 'S', colors: ['#ff0000'] },
  { type: 'NOTIFY', message: 'hi', error: false },
];

function problem(raw: unknown): ProtocolError {
  try {
    parseUiMessage(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(ProtocolError);
    return error as ProtocolError;
  }
  throw new Error(`parsed without error: ${JSON.stringify(raw)}`);
}

describe('parseUiMessage', () => {
  it('accepts every message type and returns it unchanged', () => {
    for (const message of valid) expect(parseUiMessage(message)).toEqual(message);
  });

  it('drops unknown fields', () => {
    expect(parseUiMessage({ type: 'LIST_STYLES', requestId: 'r', evil: 1 })).toEqual({ type: 'LIST_STYLES', requestId: 'r' });
  });

  it('accepts a Uint8Array from another realm (a cloned postMessage payload)', () => {
    const foreign = runInNewContext('new Uint8Array([1, 2, 3])') as Uint8Array;
    expect(foreign instanceof Uint8Array).toBe(false);
    const parsed = parseUiMessage({ ...valid[2], bytes: foreign });
    expect(parsed.type === 'WRITE_RESULT' && Array.from(parsed.bytes)).toEqual([1, 2, 3]);
  });

  it('rejects non-objects and unknown types', () => {
    expect(problem(null).message).toBe('Malformed message from the UI: message: Invalid type: Expected Object but received null');
    expect(problem(42).problems).toHaveLength(1);
    expect(problem([]).problems[0]).toMatch(/^type: Invalid type: .* but received undefined/);
    const unknown = problem({ type: 'FORMAT_DISK', requestId: 'r9' });
    expect(unknown.messageType).toBe('FORMAT_DISK');
    expect(unknown.requestId).toBe('r9');
    expect(unknown.message).toMatch(/type: Invalid type: Expected \("READY" \| .*but received "FORMAT_DISK"/);
  });

  it('names missing fields and wrong types', () => {
    const missing = problem({ type: 'WRITE_RESULT', requestId: 'r' });
    expect(missing.message).toMatch(/^Malformed message from the UI \(WRITE_RESULT\): /);
    expect(missing.problems.map((p) => p.split(':')[0])).toEqual(['nodeId', 'bytes', 'width', 'height', 'placement', 'styleName']);
    expect(problem({ ...valid[1], maxSide: '512' }).problems).toEqual(['maxSide: Invalid type: Expected number but received "512"']);
    expect(problem({ ...valid[1], maxSide: Number.NaN }).problems[0]).toMatch(/^maxSide: Invalid type: Expected number but received NaN/);
    expect(problem({ ...valid[1], maxSide: 5000 }).problems[0]).toMatch(/^maxSide: Invalid value: Expected <=4096/);
    expect(problem({ ...valid[1], maxSide: 2.5 }).problems[0]).toMatch(/^maxSide: Invalid integer/);
    expect(problem({ ...valid[2], placement: 'above' }).problems[0]).toMatch(/^placement: Invalid type: Expected \("replace" \| "beside"\)/);
    expect(problem({ ...valid[2], width: 0 }).problems[0]).toMatch(/^width: Invalid value: Expected >=1/);
    expect(problem({ ...valid[10], error: 'yes' }).problems[0]).toMatch(/^error: Invalid type: Expected boolean/);
    expect(problem({ ...valid[4], summary: { ...(valid[4] as { summary: object }).summary, k: 0 } }).problems[0]).toMatch(/^summary\.k: /);
    expect(problem({ ...valid[7], name: '   ' }).problems[0]).toBe('name: Expected a style name');
    expect(problem({ ...valid[9], colors: [] }).problems[0]).toMatch(/^colors: Invalid length: Expected >=1/);
    expect(problem({ ...valid[9], colors: ['red'] }).problems[0]).toBe('colors.0: Expected a colour like "#1a2b3c"');
  });

  it('rejects bytes that are not a non-empty Uint8Array', () => {
    for (const [bytes, received] of [
      [[137, 80], 'Array'],
      [new ArrayBuffer(4), 'ArrayBuffer'],
      [new Uint8ClampedArray(4), 'Uint8ClampedArray'],
      [new Uint16Array(4), 'Uint16Array'],
      ['iVBORw0KGgo=', 'string'],
      [{ 0: 137, length: 1 }, 'Object'],
      [undefined, 'undefined'],
    ] as const) {
      expect(problem({ ...valid[2], bytes }).problems).toEqual([`bytes: Expected a Uint8Array but received ${received}`]);
    }
    expect(problem({ ...valid[2], bytes: new Uint8Array(0) }).problems).toEqual(['bytes: Expected non-empty bytes but received 0 bytes']);
  });

  it('bounds huge strings and arrays, and keeps its own message short', () => {
    const huge = 'x'.repeat(5_000_000);
    const error = problem({ type: 'RENAME_STYLE', requestId: 'r', id: 'a', name: huge });
    expect(error.problems).toEqual(['name: Invalid length: Expected <=500 but received 5000000']);
    const hugeType = problem({ type: huge });
    expect(hugeType.messageType).toBeUndefined();
    expect(hugeType.message.length).toBeLessThan(400);
    expect(problem({ ...valid[9], colors: new Array(300).fill('#000000') }).problems[0]).toMatch(/^colors: Invalid length: Expected <=256/);
    expect(problem({ ...valid[10], message: huge }).problems[0]).toMatch(/^message: Invalid length: Expected <=4000/);
  });
});
