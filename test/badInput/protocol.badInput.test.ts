/**
 * Bad input: messages between the plugin sandbox and its UI. Whatever a
 * buggy or hostile peer posts is refused with a ProtocolError naming the
 * field, in bounded time and with a bounded message, and what the sandbox
 * sends about damaged storage still fits the protocol the UI checks.
 */
import { describe, expect, it } from 'vitest';
import { parsePluginMessage } from '../../core/protocol/parsePluginMessage';
import { parseUiMessage } from '../../core/protocol/parseUiMessage';
import { ProtocolError } from '../../core/protocol/ProtocolError';
import { DAMAGED_STYLE_NAME, NAMESPACE } from '../../plugin/styles/documentStyles';
import { only, startPlugin } from '../plugin/setup';

function refusal(parse: (raw: unknown) => unknown, raw: unknown): ProtocolError {
  const started = performance.now();
  try {
    parse(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(ProtocolError);
    expect(performance.now() - started).toBeLessThan(1000);
    // However large the bad value, the error stays a log line, not a flood.
    expect((error as ProtocolError).message.length).toBeLessThan(8 * 310 + 200);
    return error as ProtocolError;
  }
  throw new Error('parsed a malformed message');
}

const summary = { name: 'S', createdAt: '2025-01-01T00:00:00.000Z', k: 2, palette: ['#000000', '#ffffff'] };

describe('messages from the UI', () => {
  it('a 5 MB style name is refused with a short message', () => {
    const error = refusal(parseUiMessage, {
      type: 'SAVE_STYLE',
      requestId: 'r',
      summary: { ...summary, name: 'n'.repeat(5_000_000) },
      bytes: new Uint8Array(4),
      inDocument: false,
    });
    expect(error.problems).toEqual([expect.stringMatching(/^summary\.name: Invalid length: Expected <=500 but received 5000000$/)]);
  });

  it('a palette of 100 000 colours is refused', () => {
    const error = refusal(parseUiMessage, { type: 'SAVE_PALETTE', requestId: 'r', styleName: 's', colors: Array.from({ length: 100_000 }, () => '#123456') });
    expect(error.problems[0]).toMatch(/^colors: Invalid length: Expected <=256 but received 100000/);
  });

  it('a palette of 100 000 bad colours reports at most eight problems, each cut short', () => {
    const error = refusal(parseUiMessage, {
      type: 'SAVE_PALETTE',
      requestId: 'r',
      styleName: 's',
      colors: Array.from({ length: 100_000 }, () => 'x'.repeat(1000)),
    });
    expect(error.problems.length).toBeLessThanOrEqual(8);
    for (const line of error.problems) expect(line.length).toBeLessThanOrEqual(301);
  });

  it('a WRITE_RESULT with NaN, Infinity or a negative size is refused', () => {
    for (const width of [Number.NaN, Infinity, -4]) {
      const error = refusal(parseUiMessage, {
        type: 'WRITE_RESULT',
        requestId: 'r',
        nodeId: '1:2',
        bytes: new Uint8Array(4),
        width,
        height: 4,
        placement: 'replace',
        styleName: 's',
      });
      expect(error.problems[0]).toMatch(/^width: /);
    }
  });

  it('a __proto__ key does not reach the parsed message or Object.prototype', () => {
    const raw = JSON.parse('{"type":"LIST_STYLES","requestId":"r","__proto__":{"polluted":true}}');
    const parsed = parseUiMessage(raw) as unknown as Record<string, unknown>;
    expect(parsed).toEqual({ type: 'LIST_STYLES', requestId: 'r' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a deeply nested value in an unknown field is dropped, not walked', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(parseUiMessage({ type: 'LIST_STYLES', requestId: 'r', extra: deep })).toEqual({ type: 'LIST_STYLES', requestId: 'r' });
  });

  it('a request id of 1 MB is refused and not echoed', () => {
    const error = refusal(parseUiMessage, { type: 'DELETE_STYLE', requestId: 'x'.repeat(1_000_000), id: 'a' });
    expect(error.requestId).toBeUndefined();
  });
});

describe('messages from the plugin', () => {
  it('an ERROR of 1 MB text is refused', () => {
    const error = refusal(parsePluginMessage, { type: 'ERROR', message: 'e'.repeat(1_000_000) });
    expect(error.problems[0]).toMatch(/^message: Invalid length/);
  });

  it('a STYLES list of 20 000 entries is refused', () => {
    const style = { id: 'a', ...summary, bytes: 1, inDocument: false };
    const error = refusal(parsePluginMessage, { type: 'STYLES', styles: Array.from({ length: 20_000 }, () => style), bytesUsed: 0, quotaBytes: 1 });
    expect(error.problems[0]).toMatch(/^styles: Invalid length: Expected <=10000/);
  });

  it("the STYLES list the sandbox sends about a damaged document entry passes the UI's own check", async () => {
    const running = await startPlugin();
    try {
      running.fake.document.setSharedPluginData(NAMESPACE, 'style.sdamaged.meta', '{not json');
      const [reply] = await running.send({ type: 'LIST_STYLES', requestId: 'l' });
      const parsed = parsePluginMessage(reply);
      expect(parsed.type === 'STYLES' && parsed.styles).toEqual([
        { id: 'sdamaged', name: DAMAGED_STYLE_NAME, createdAt: '1970-01-01T00:00:00.000Z', k: 1, palette: ['#808080'], bytes: 0, inDocument: true },
      ]);
      expect(only(await running.send({ type: 'DELETE_STYLE', requestId: 'd', id: 'sdamaged' }), 'DONE')[0].message).toBe(`Deleted “${DAMAGED_STYLE_NAME}”.`);
      expect(running.fake.document.getSharedPluginDataKeys(NAMESPACE)).toEqual([]);
    } finally {
      running.stop();
    }
  });
});
