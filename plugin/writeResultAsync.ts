import type { UiMessage } from '../core/protocol/messages';
import { MAX_IMAGE_SIDE } from '../core/protocol/limits';
import { findImageFill } from './findImageFill';
import { getFigma } from './figmaHost';
import { UserError } from './UserError';
import { displayName } from './displayName';
import { errorMessage } from '../core/errorMessage';
import { paintsFingerprint } from './paintsFingerprint';
import type { WrittenChange } from './WrittenResults';

/** Gap between an original and its colorized copy, in canvas px. */
export const BESIDE_GAP = 16;

/** What a WRITE_RESULT message asks for (the protocol is the one definition). */
export type WriteRequest = Omit<Extract<UiMessage, { type: 'WRITE_RESULT' }>, 'type' | 'requestId'>;

export interface WriteOutcome {
  readonly nodeId: string;
  readonly message: string;
  /** The result is a new layer (beside the original), not the original's replaced fill. */
  readonly newLayer: boolean;
  /** What changed, to tell later whether an undo took it back. */
  readonly changes: readonly WrittenChange[];
}

/**
 * Writes one colorized image back as a single undo step. On an image node with
 * `replace`, only the image of its fill changes (scale mode, crop transform,
 * filters, opacity… are kept); otherwise a new rectangle with the result sits
 * beside the original, in the same parent. The original is never destroyed.
 */
export async function writeResultAsync(request: WriteRequest): Promise<WriteOutcome> {
  const figma = getFigma();
  const { width, height } = request;
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) {
    throw new UserError(
      `The colorized image is ${width}×${height} px, but Figma images are at most ${MAX_IMAGE_SIDE} px on a side. ` +
        'Colorize a smaller copy of the art, or scale it down first.',
    );
  }
  const node = await figma.getNodeByIdAsync(request.nodeId);
  if (node === null || node.removed) {
    throw new UserError('The layer this result belongs to no longer exists. Select the art again and colorize it.');
  }
  if (!isSceneNode(node)) throw new UserError(`“${displayName(node.name)}” is not a layer Hueprint can write to.`);

  let image: Image;
  try {
    image = figma.createImage(request.bytes);
  } catch (error) {
    throw new UserError(`Figma could not take the colorized image (${errorMessage(error)}). Nothing was changed.`);
  }

  const imageFill = findImageFill(node);
  if (request.placement === 'replace' && imageFill !== null) {
    // `fills` is a frozen array of frozen paints: copy both, change only the hash.
    const fills = (node as MinimalFillsMixin & SceneNode).fills as ReadonlyArray<Paint>;
    const next = fills.slice();
    next[imageFill.paintIndex] = { ...imageFill.paint, imageHash: image.hash };
    const before = paintsFingerprint(node, 'fill');
    (node as MinimalFillsMixin & SceneNode).fills = next;
    if (request.commit !== false) figma.commitUndo();
    const changes: WrittenChange[] = [{ kind: 'paints', nodeId: node.id, part: 'fill', before, after: paintsFingerprint(node, 'fill') }];
    return {
      nodeId: node.id,
      newLayer: false,
      changes,
      message: `Colorized “${displayName(node.name)}” with ${request.styleName}. Undo restores the original.`,
    };
  }

  const parent = node.parent;
  if (parent === null || !('insertChild' in parent) || parent.type === 'INSTANCE') {
    throw new UserError(`Hueprint cannot add a layer next to “${displayName(node.name)}” here. Move it out of its instance and try again.`);
  }
  const rectangle = figma.createRectangle();
  parent.insertChild(parent.children.indexOf(node) + 1, rectangle);
  rectangle.name = `${node.name} · ${request.styleName}${request.mode ? ` (${request.mode})` : ''}`;
  rectangle.resize(node.width, node.height);
  rectangle.x = besideX(
    node,
    parent.children.filter((c) => c !== rectangle && c !== node),
  );
  rectangle.y = node.y;
  rectangle.fills = [{ type: 'IMAGE', scaleMode: 'FILL', imageHash: image.hash }];
  if (request.commit !== false) figma.commitUndo();
  return {
    nodeId: rectangle.id,
    newLayer: true,
    changes: [{ kind: 'new-layer', nodeId: rectangle.id }],
    message: `Added “${displayName(rectangle.name)}” beside the original.`,
  };
}

type Box = Pick<SceneNode, 'x' | 'y' | 'width' | 'height'>;

/**
 * Where a copy of `node` goes in its row: BESIDE_GAP right of it, or when a
 * layer is in the way or nearer than the gap (an earlier result, other art),
 * just past that layer's right edge, and so on: the nearest free place, so
 * repeated runs never stack and go no further than they must. (Stepping by
 * whole copies went 120 px past free room at each obstacle, and could end
 * 4 px from one.)
 */
function besideX(node: Box, taken: readonly Box[]): number {
  let x = node.x + node.width + BESIDE_GAP;
  for (;;) {
    const inWay = taken.filter(
      (c) => c.x < x + node.width + BESIDE_GAP && x - BESIDE_GAP < c.x + c.width && c.y < node.y + node.height && node.y < c.y + c.height,
    );
    // Each pass moves x past every layer in its way, so each layer stops the loop at most once.
    if (inWay.length === 0) return x;
    x = Math.max(...inWay.map((c) => c.x + c.width)) + BESIDE_GAP;
  }
}

function isSceneNode(node: BaseNode): node is SceneNode {
  return node.type !== 'DOCUMENT' && node.type !== 'PAGE';
}
