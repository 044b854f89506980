import { FakePage, type FakeSceneNode, type NodeState } from './FakeNodes';

/** A node as it was just before an undo: its state and the page it was on. */
export interface NodeBeforeUndo {
  readonly node: FakeSceneNode;
  readonly state: NodeState;
  readonly page: FakePage | null;
}

/** Node state fields that Figma reports by the same name in a PropertyChange. */
const REPORTED: readonly (keyof NodeState & NodeChangeProperty)[] = [
  'name',
  'visible',
  'x',
  'y',
  'width',
  'height',
  'fills',
  'strokes',
  'parent',
  'locked',
  'opacity',
  'blendMode',
  'effects',
  'isMask',
  'maskType',
  'clipsContent',
  'strokeWeight',
  'strokeAlign',
  'cornerRadius',
  'pointCount',
  'innerRadius',
  'booleanOperation',
  'characters',
  'fontSize',
];

/**
 * The `nodechange`s Figma sends for an undo, one per node it touched, each
 * with the page to send it on: DELETE for a node the undo removes (only the
 * topmost of a removed subtree, as Figma does, with the node as a RemovedNode),
 * CREATE for one it brings back (topmost too), PROPERTY_CHANGE naming the
 * properties it set back. Origin LOCAL: the undo is the designer's.
 */
export function undoNodeChanges(before: readonly NodeBeforeUndo[]): { page: FakePage; change: NodeChange }[] {
  const removedNow = new Set(before.filter((b) => !b.state.removed && b.node.removed).map((b) => b.node));
  const backNow = new Set(before.filter((b) => b.state.removed && !b.node.removed).map((b) => b.node));
  const out: { page: FakePage; change: NodeChange }[] = [];
  for (const { node, state, page } of before) {
    const base = { id: node.id, origin: 'LOCAL' as const };
    if (removedNow.has(node)) {
      if (page === null || (state.parent !== null && !(state.parent instanceof FakePage) && removedNow.has(state.parent))) continue;
      out.push({ page, change: { ...base, type: 'DELETE', node: { removed: true, type: node.type, id: node.id } } });
      continue;
    }
    const pageNow = node.page();
    if (node.removed || pageNow === null) continue;
    if (backNow.has(node)) {
      const parent = node.parent;
      if (parent !== null && !(parent instanceof FakePage) && backNow.has(parent)) continue;
      out.push({ page: pageNow, change: { ...base, type: 'CREATE', node: node as unknown as SceneNode } });
      continue;
    }
    const properties: NodeChangeProperty[] = REPORTED.filter((key) => state[key] !== node.state[key]);
    if (state.vectorPaths !== node.state.vectorPaths) properties.push('vectorNetwork');
    if (properties.length > 0) out.push({ page: pageNow, change: { ...base, type: 'PROPERTY_CHANGE', node: node as unknown as SceneNode, properties } });
  }
  return out;
}
