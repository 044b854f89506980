/**
 * A typed, in-memory fake of the Figma plugin API — the part Hueprint's
 * sandbox uses (`FigmaHost` in plugin/figmaHost.ts) — for Node tests and the
 * browser harness. Pure TypeScript, no Node or DOM APIs.
 *
 * ```ts
 * import { createFakeFigma, installFakeFigma, addImageNode, addFrameNode } from '../test/fakeFigma';
 * import { runPlugin } from '../plugin/runPlugin';
 *
 * const fake = createFakeFigma();
 * const photo = addImageNode(fake, { name: 'Photo', pngBytes, x: 0, y: 0 });   // a rectangle with an IMAGE fill
 * const art = addFrameNode(fake, { name: 'Art', width: 200, height: 120, pngBytes }); // exportAsync returns pngBytes
 * fake.select(photo, art);                     // fires selectionchange
 * installFakeFigma(fake, uiHtml);              // globalThis.figma = fake, globalThis.__html__ = uiHtml
 * const plugin = runPlugin();                  // showUI, listeners; plugin.ready settles once the UI's READY got SELECTION + STYLES
 *
 * // Wire the UI: plugin → iframe, iframe → plugin.
 * fake.ui.onPluginMessage((pluginMessage) => iframe.contentWindow!.postMessage({ pluginMessage }, '*'));
 * window.addEventListener('message', (e) => {
 *   if (e.source === iframe.contentWindow && e.data && 'pluginMessage' in e.data) void fake.ui.deliverFromUi(e.data.pluginMessage);
 * });
 * ```
 *
 * Register `onPluginMessage` before `runPlugin()` to see the first messages,
 * or read `fake.ui.sent` (every message posted). Tests: `await fake.ui.deliverFromUi(msg)`
 * resolves when the plugin finished handling it; `fake.ui.waitFor(pred, from)`;
 * `fake.notifications`, `fake.exports`, `fake.triggerUndo()`, `fake.triggerRedo()`, `fake.clientStorage.bytesUsed`,
 * `fake.localPaintStyles`, `fake.localVariables`.
 */
export { createFakeFigma, installFakeFigma } from './installFakeFigma';
export { addFrameNode, addImageNode, addNode } from './builders';
export type { FrameNodeOptions, ImageNodeOptions, NodeOptions } from './builders';
export { FakeFigma, MAX_IMAGE_SIDE } from './FakeFigma';
export type { ExportCall, Notification } from './FakeFigma';
export { FakeContainerNode, FakePage, FakeSceneNode } from './FakeNodes';
export { CLIENT_STORAGE_QUOTA, FakeClientStorage } from './FakeClientStorage';
export { FakeDocument, PLUGIN_DATA_ENTRY_LIMIT } from './FakeDocument';
export { FakeUi } from './FakeUi';
export { FakePaintStyle } from './FakeStyles';
export { FakeVariable, FakeVariableCollection } from './FakeVariables';
export { readImageSize } from './readImageSize';
