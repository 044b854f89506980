import type { FakeFigma } from './FakeFigma';
import { readImageSize } from './readImageSize';
import type { FakeContainerNode, FakePage, FakeSceneNode } from './FakeNodes';

export interface ImageNodeOptions {
  readonly name: string;
  /** Encoded PNG (or GIF/JPEG) bytes; stored with figma.createImage. */
  readonly pngBytes: Uint8Array;
  /** Size on the canvas; defaults to the image's pixel size. */
  readonly width?: number;
  readonly height?: number;
  readonly x?: number;
  readonly y?: number;
  readonly parent?: FakeContainerNode | FakePage;
  readonly scaleMode?: ImagePaint['scaleMode'];
  readonly imageTransform?: Transform;
  readonly paint?: Partial<Omit<ImagePaint, 'type' | 'imageHash'>>;
}

/** A rectangle whose only fill is the image — what Figma makes when you drop a PNG on the canvas. */
export function addImageNode(fake: FakeFigma, options: ImageNodeOptions): FakeSceneNode {
  const image = fake.createImage(options.pngBytes);
  const size = readImageSize(options.pngBytes);
  const node = fake.createNode('RECTANGLE', options.name, options.parent);
  node.resize(options.width ?? size.width, options.height ?? size.height);
  node.x = options.x ?? 0;
  node.y = options.y ?? 0;
  node.fills = [
    {
      type: 'IMAGE',
      imageHash: image.hash,
      scaleMode: options.scaleMode ?? 'FILL',
      ...(options.imageTransform ? { imageTransform: options.imageTransform } : {}),
      ...options.paint,
    },
  ];
  fake.markSetupDone();
  return node;
}

export interface FrameNodeOptions {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  /** What exportAsync returns for this node: the art, pre-rendered (Figma would render it). */
  readonly pngBytes?: Uint8Array;
  readonly x?: number;
  readonly y?: number;
  readonly type?: 'FRAME' | 'GROUP' | 'COMPONENT' | 'INSTANCE' | 'BOOLEAN_OPERATION' | 'SECTION';
  readonly parent?: FakeContainerNode | FakePage;
  /** Default: a white solid fill for frames/components/instances (as figma.createFrame makes), none for groups. */
  readonly fills?: ReadonlyArray<Paint>;
  readonly visible?: boolean;
}

/** A frame (or group, component, instance…) rasterised through exportAsync. */
export function addFrameNode(fake: FakeFigma, options: FrameNodeOptions): FakeContainerNode {
  const type = options.type ?? 'FRAME';
  const node = fake.createNode(type, options.name, options.parent) as FakeContainerNode;
  node.resize(options.width, options.height);
  node.x = options.x ?? 0;
  node.y = options.y ?? 0;
  const white: Paint = { type: 'SOLID', color: { r: 1, g: 1, b: 1 } };
  node.fills = options.fills ?? (type === 'GROUP' || type === 'BOOLEAN_OPERATION' ? [] : [white]);
  node.visible = options.visible ?? true;
  if (options.pngBytes) node.pngBytes = options.pngBytes.slice();
  fake.markSetupDone();
  return node;
}

export interface NodeOptions {
  readonly type: SceneNode['type'];
  readonly name: string;
  readonly width?: number;
  readonly height?: number;
  readonly x?: number;
  readonly y?: number;
  readonly visible?: boolean;
  readonly fills?: ReadonlyArray<Paint>;
  readonly strokes?: ReadonlyArray<Paint>;
  readonly strokeWeight?: number;
  readonly pngBytes?: Uint8Array;
  readonly parent?: FakeContainerNode | FakePage;
}

/** Any node (VECTOR, TEXT, SLICE, CONNECTOR…) with the given properties; zero sizes are allowed, like a line's height. */
export function addNode(fake: FakeFigma, options: NodeOptions): FakeSceneNode {
  const node = fake.createNode(options.type, options.name, options.parent);
  node.state.width = options.width ?? 100;
  node.state.height = options.height ?? 100;
  node.x = options.x ?? 0;
  node.y = options.y ?? 0;
  node.visible = options.visible ?? true;
  if (options.fills) node.fills = options.fills;
  if (options.strokes) node.strokes = options.strokes;
  if (options.strokeWeight !== undefined) node.strokeWeight = options.strokeWeight;
  if (options.pngBytes) node.pngBytes = options.pngBytes.slice();
  fake.markSetupDone();
  return node;
}
