import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PluginMessage } from '../../core/protocol/messages';

// The UI's bridge runs in a browser; here `window` is an EventTarget with a parent, enough for its listener.
const parent = { postMessage: () => undefined };
const fakeWindow = Object.assign(new EventTarget(), { parent });
const post = (data: unknown, source: unknown) => fakeWindow.dispatchEvent(Object.assign(new Event('message'), { data, source }));

beforeAll(() => {
  Object.assign(globalThis, { window: fakeWindow, parent });
});
afterAll(() => {
  delete (globalThis as { window?: unknown }).window;
  delete (globalThis as { parent?: unknown }).parent;
});

describe('the UI hears only its plugin (ui/lib/pluginBridge.ts)', () => {
  it('acts on valid messages from the parent frame and ignores the same message from any other source', async () => {
    const { startPluginBridge, onPluginMessage, onInvalidPluginMessage } = await import('../../ui/lib/pluginBridge');
    startPluginBridge();
    const heard: PluginMessage[] = [];
    const invalid: string[] = [];
    onPluginMessage((m) => heard.push(m));
    onInvalidPluginMessage((p) => invalid.push(p));
    const message: PluginMessage = { type: 'ERROR', message: 'from Figma' };
    post({ pluginMessage: message }, parent);
    post({ pluginMessage: { type: 'ERROR', message: 'from a sibling frame' } }, {});
    post({ pluginMessage: { type: 'ERROR', message: 'from nowhere' } }, null);
    post({ pluginMessage: { type: 'NOPE' } }, {});
    expect(heard).toEqual([message]);
    expect(invalid).toEqual([]);
    post({ pluginMessage: { type: 'NOPE' } }, parent);
    expect(invalid).toHaveLength(1);
  });
});
