/**
 * The UI's side of the message channel. Figma delivers the sandbox's
 * `figma.ui.postMessage(msg)` as `window.onmessage` with `event.data.pluginMessage`,
 * and forwards `parent.postMessage({ pluginMessage }, '*')` to `figma.ui.onmessage`.
 * Only messages from the parent frame are heard, and every one is validated
 * before anything acts on it.
 */
import type { PluginMessage, UiMessage } from '../../core/protocol/messages';
import { validatePluginMessage } from './validatePluginMessage';

type Listener = (message: PluginMessage) => void;
type InvalidListener = (problem: string) => void;

const listeners = new Set<Listener>();
const invalidListeners = new Set<InvalidListener>();
let started = false;

export function startPluginBridge(): void {
  if (started) return;
  started = true;
  window.addEventListener('message', (event: MessageEvent) => {
    // Only Figma (the parent frame) speaks for the plugin; another frame or a
    // window this one opened could post look-alike messages.
    if (event.source !== window.parent) return;
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null || !('pluginMessage' in data)) return;
    const result = validatePluginMessage((data as { pluginMessage: unknown }).pluginMessage);
    if (!result.ok) {
      console.error('Hueprint: ignored a malformed message from the plugin:', result.problem, data);
      for (const listener of invalidListeners) listener(result.problem);
      return;
    }
    for (const listener of [...listeners]) {
      try {
        listener(result.message);
      } catch (error) {
        console.error('Hueprint: a message handler failed', error);
      }
    }
  });
}

/** Subscribes to every valid message; returns the unsubscribe function. */
export function onPluginMessage(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Subscribes to rejected (malformed or unknown) messages. */
export function onInvalidPluginMessage(listener: InvalidListener): () => void {
  invalidListeners.add(listener);
  return () => invalidListeners.delete(listener);
}

export function postToPlugin(message: UiMessage): void {
  parent.postMessage({ pluginMessage: message }, '*');
}
