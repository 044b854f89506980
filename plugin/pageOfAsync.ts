import { getFigma } from './figmaHost';

/** The page a layer is on; null when the layer is gone. */
export async function pageOfAsync(nodeId: string): Promise<PageNode | null> {
  let node = await getFigma().getNodeByIdAsync(nodeId);
  while (node !== null && node.type !== 'PAGE') node = node.parent;
  return node;
}
