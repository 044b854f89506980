import { getFigma } from './figmaHost';
import type { PluginState } from './PluginState';

/**
 * Ends a batch of writes for the selection: when any result went on a new
 * layer, every result of the batch becomes the selection, so the designer
 * sees at once where they went (Figma's own "paste", "duplicate" and
 * "flatten" select what they make). A batch that only replaced fills leaves
 * the selection as it was: it already is the results. Layers removed since
 * they were written are left out.
 */
export async function selectResultsAsync(state: PluginState): Promise<void> {
  const { results, newLayers } = state.batch;
  state.batch = { results: [], newLayers: 0 };
  if (newLayers === 0) return;
  const figma = getFigma();
  const nodes: SceneNode[] = [];
  for (const id of new Set(results)) {
    const node = await figma.getNodeByIdAsync(id);
    if (node !== null && !node.removed && node.type !== 'DOCUMENT' && node.type !== 'PAGE') nodes.push(node as SceneNode);
  }
  if (nodes.length > 0) figma.currentPage.selection = nodes;
}
