import { followPageChanges, MAX_CHANGES_READ } from './followPageChanges';
import { getFigma } from './figmaHost';
import type { OwnVisibilityChanges } from './OwnVisibilityChanges';

/** Quiet time before reporting: dragging a mark fires many events. */
const SETTLE_MS = 150;

/**
 * Calls `onChange` (debounced) when something inside the selected layers is
 * edited on the current page: a colour mark added, moved, recoloured or
 * deleted, art replaced. Hueprint's own hide-and-show while reading marks is
 * ignored. Uses the page's `nodechange`, which `documentAccess: "dynamic-page"`
 * allows without loading every page. Returns the function that stops watching.
 */
export function watchSelectedArt(onChange: () => void, own: OwnVisibilityChanges): () => void {
  const figma = getFigma();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const onNodeChange = (event: NodeChangeEvent): void => {
    if (!touchesSelection(event.nodeChanges, figma.currentPage.selection, own)) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      onChange();
    }, SETTLE_MS);
  };
  const stopFollowing = followPageChanges(onNodeChange);
  return () => {
    stopFollowing();
    if (timer !== null) clearTimeout(timer);
  };
}

function touchesSelection(changes: readonly NodeChange[], selection: readonly SceneNode[], own: OwnVisibilityChanges): boolean {
  if (selection.length === 0) return false;
  if (changes.length > MAX_CHANGES_READ) return true;
  const selected = new Set(selection.map((node) => node.id));
  return changes.some((change) => {
    if (own.explains(change)) return false;
    // A deleted layer no longer knows its parent: it may have been a mark.
    if (change.type === 'DELETE' || change.node.removed) return true;
    for (let node: BaseNode | null = change.node; node !== null; node = node.parent) {
      if (selected.has(node.id)) return true;
    }
    return false;
  });
}
