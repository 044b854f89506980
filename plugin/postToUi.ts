import type { PluginMessage } from '../core/protocol/messages';
import { getFigma } from './figmaHost';

/** The one way the sandbox talks to the UI: typed, so every message matches the protocol. */
export function postToUi(message: PluginMessage): void {
  getFigma().ui.postMessage(message);
}
