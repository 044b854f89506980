/**
 * The browser side of the harness: installs the in-memory fake `figma`, runs
 * the REAL sandbox code (plugin/runPlugin.ts) against it, hosts dist/ui.html
 * in a null-origin iframe wired the way Figma wires it, and draws the fake
 * document as a clickable canvas.
 *
 * Exposes `window.harness` for the end-to-end test (nodes, fill hashes, image
 * bytes, undo); a person uses the page directly.
 */
import { addFrameNode, addImageNode, addNode, createFakeFigma, installFakeFigma, type FakeContainerNode, type FakeSceneNode } from '../../test/fakeFigma/index';
import { preloadArtAsync } from './preloadArtAsync';
import { preloadVectorArtAsync } from './preloadVectorArtAsync';
import { rasterizeSvgInBrowser } from './rasterizeSvgInBrowser';
import { renderCanvas } from './renderCanvas';
import { connectPluginFrameAsync, postRawToUi } from './connectPluginFrameAsync';
import { runPlugin } from '../../plugin/runPlugin';
import { errorMessage } from '../../core/errorMessage';
import type { HarnessApi, HarnessLayer, HarnessNode, NewLayer } from './HarnessApi';

declare global {
  interface Window {
    harness: HarnessApi;
  }
}

const log = (text: string) => {
  const el = document.getElementById('log');
  if (el) el.textContent = text;
};

async function main(): Promise<void> {
  const figma = createFakeFigma();
  figma.useSvgRasterizer(rasterizeSvgInBrowser);
  // The iframe gets dist/ui.html from the server; `__html__` only has to exist for showUI.
  installFakeFigma(figma, '<!-- dist/ui.html is loaded into the iframe by the harness -->');
  const art: { id: string; name: string; kind: HarnessNode['kind'] }[] = await preloadArtAsync(figma);
  // Below the image rows and the broken-art row.
  art.push(...(await preloadVectorArtAsync(figma, 680)));
  const canvas = document.getElementById('canvas')!;
  const view = renderCanvas(figma, canvas);

  const frame = document.getElementById('plugin') as HTMLIFrameElement;
  const dark = document.getElementById('dark') as HTMLInputElement;
  // Wire the frame before the plugin starts, so its first SELECTION and STYLES are delivered.
  let uiLoads = 0;
  const onNotify = (text: string) => {
    uiLoads += 1;
    log(text);
  };
  const connected = connectPluginFrameAsync(figma.ui, frame, { dark: dark.checked, onNotify });
  const plugin = runPlugin();
  await connected;
  dark.addEventListener('change', () => {
    connectPluginFrameAsync(figma.ui, frame, { dark: dark.checked, onNotify });
  });
  let shown = 0;
  setInterval(() => {
    // figma.notify toasts, shown in the toolbar like Figma's.
    if (figma.notifications.length > shown) {
      shown = figma.notifications.length;
      log(figma.notifications[shown - 1].message);
    }
  }, 200);
  const undo = () => {
    figma.triggerUndo();
    view.refresh();
    // The last toast described what was just undone.
    log('Undone.');
  };
  const redo = () => {
    figma.triggerRedo();
    view.refresh();
    log('Redone.');
  };
  document.getElementById('undo')!.addEventListener('click', undo);
  document.getElementById('redo')!.addEventListener('click', redo);
  document.getElementById('select-none')!.addEventListener('click', () => {
    figma.select();
  });
  await plugin.ready;

  window.harness = {
    ready: true,
    nodes: () =>
      art.map((a) => {
        const node = view.findNode(a.id);
        return { id: a.id, name: a.name, kind: a.kind, width: node?.width ?? 0, height: node?.height ?? 0 };
      }),
    fillHash: (nodeId) => view.imageHashOf(nodeId),
    imageBase64: async (hash) => {
      const image = figma.getImageByHash(hash);
      if (!image) throw new Error(`No image with hash ${hash}`);
      const bytes = await image.getBytesAsync();
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(binary);
    },
    select: (ids) => view.select(ids),
    selection: () => figma.currentPage.selection.map((node) => node.id),
    undo,
    redo,
    layers: () => view.layers(),
    postToUi: (message) => postRawToUi(message),
    paintStyles: () => figma.localPaintStyles.map((style) => style.name),
    colourVariables: () => {
      const names = new Map(figma.localVariableCollections.map((c) => [c.id, c.name]));
      return figma.localVariables.map((v) => `${names.get(v.variableCollectionId)}/${v.name}`);
    },
    uiLoads: () => uiLoads,
    layerState: (nodeId) => {
      const node = figma.node(nodeId);
      if (node === undefined || node.removed) return null;
      const { visible, x, y, width, height, fills, strokes, strokeWeight } = node.state;
      return JSON.stringify({ visible, x, y, width, height, fills, strokes, strokeWeight });
    },
    subtree: (nodeId) => {
      const dump = (node: FakeSceneNode): HarnessLayer => {
        const { parent: _parent, children, ...state } = node.state;
        return { id: node.id, type: node.type, name: node.name, state: JSON.parse(JSON.stringify(state)), children: (children ?? []).map(dump) };
      };
      const node = figma.node(nodeId);
      return node ? dump(node) : null;
    },
    colourVariableValues: () => {
      const names = new Map(figma.localVariableCollections.map((c) => [c.id, c]));
      return figma.localVariables.map((v) => {
        const collection = names.get(v.variableCollectionId)!;
        const { r, g, b } = v.valuesByMode[collection.defaultModeId] as RGB;
        const hex = `#${[r, g, b]
          .map((c) =>
            Math.round(c * 255)
              .toString(16)
              .padStart(2, '0'),
          )
          .join('')}`;
        return { id: v.id, name: `${collection.name}/${v.name}`, hex };
      });
    },
    exports: () =>
      figma.exports.map((e) => ({ nodeId: e.nodeId, ms: e.ms, scale: e.settings?.constraint?.type === 'SCALE' ? e.settings.constraint.value : null })),
    editLayer: (nodeId, edit) => {
      const node = figma.node(nodeId);
      if (node === undefined || node.removed) throw new Error(`No layer ${nodeId}`);
      if (edit.locked !== undefined) node.locked = edit.locked;
      if (edit.visible !== undefined) node.visible = edit.visible;
      if (edit.fills !== undefined) node.fills = edit.fills;
      if (edit.size !== undefined) node.resize(edit.size[0], edit.size[1]);
      figma.markSetupDone();
      view.refresh();
    },
    addLayer: (layer: NewLayer) => {
      const parent = layer.parentId === undefined ? undefined : (figma.node(layer.parentId) as FakeContainerNode | undefined);
      if (layer.parentId !== undefined && (parent === undefined || !('children' in parent))) throw new Error(`No frame ${layer.parentId}`);
      const at = { name: layer.name, x: layer.x ?? 0, y: layer.y ?? 0, parent };
      let node: FakeSceneNode;
      if (layer.type === 'IMAGE') {
        const pngBytes = Uint8Array.from(atob(layer.pngBase64), (c) => c.charCodeAt(0));
        node = addImageNode(figma, { ...at, pngBytes, width: layer.width, height: layer.height });
      } else if (layer.type === 'FRAME') {
        node = addFrameNode(figma, { ...at, width: layer.width, height: layer.height });
      } else {
        node = addNode(figma, {
          ...at,
          type: layer.type,
          width: layer.width,
          height: layer.height,
          fills: layer.fill ? [{ type: 'SOLID', color: layer.fill }] : [],
          strokes: layer.stroke ? [{ type: 'SOLID', color: layer.stroke }] : [],
          strokeWeight: layer.strokeWeight,
        });
      }
      figma.markSetupDone();
      view.refresh();
      return node.id;
    },
  };
  log(`${art.length} nodes loaded. Click to select, shift-click to add.`);
}

main().catch((error) => {
  console.error(error);
  log(`Harness failed: ${errorMessage(error)}`);
});
