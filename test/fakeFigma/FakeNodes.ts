import { cloneValue, deepFreeze } from './cloneValue';

/** What a fake node needs from its document: ids, images, export log, selection events. */
export interface FakeNodeHost {
  nextId(): string;
  register(node: FakeSceneNode | FakePage): void;
  hasImage(hash: string): boolean;
  recordExport(node: FakeSceneNode, settings: ExportSettingsImage | undefined): void;
  selectionChanged(page: FakePage): void;
}

/** Node types whose fake has `children` (and insertChild/appendChild). */
export const CONTAINER_TYPES = ['FRAME', 'GROUP', 'COMPONENT', 'COMPONENT_SET', 'INSTANCE', 'BOOLEAN_OPERATION', 'SECTION'] as const;
export type FakeContainerType = (typeof CONTAINER_TYPES)[number];
export type FakeLeafType = Exclude<SceneNode['type'], FakeContainerType>;

/** The mutable state of a node; copied whole by undo snapshots. */
export interface NodeState {
  name: string;
  visible: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
  fills: ReadonlyArray<Paint>;
  strokes: ReadonlyArray<Paint>;
  parent: FakeParent | null;
  removed: boolean;
  children: FakeSceneNode[] | null;
}

export type FakeParent = FakeContainerNode | FakePage;

/**
 * The node members Hueprint's sandbox uses, checked against the real typings:
 * if @figma/plugin-typings changes one of them, the fake stops compiling.
 */
type UsedNodeMembers = Pick<
  RectangleNode,
  'id' | 'name' | 'visible' | 'x' | 'y' | 'width' | 'height' | 'fills' | 'strokes' | 'removed' | 'remove' | 'resize' | 'exportAsync'
>;

const PAINT_TYPES = new Set([
  'SOLID',
  'GRADIENT_LINEAR',
  'GRADIENT_RADIAL',
  'GRADIENT_ANGULAR',
  'GRADIENT_DIAMOND',
  'IMAGE',
  'VIDEO',
  'PATTERN',
]);

/** A scene node of the fake document. Leaves (RECTANGLE, VECTOR, TEXT…) have no `children`, like in Figma. */
export class FakeSceneNode implements UsedNodeMembers {
  readonly id: string;
  readonly type: SceneNode['type'];
  /** @internal Mutable state; tests read it through the normal getters. */
  state: NodeState;
  /** Bytes `exportAsync` returns: the harness's pre-rendered picture of this node. */
  pngBytes: Uint8Array | null = null;

  constructor(
    protected readonly host: FakeNodeHost,
    type: SceneNode['type'],
    name: string,
  ) {
    this.id = host.nextId();
    this.type = type;
    this.state = {
      name,
      visible: true,
      x: 0,
      y: 0,
      width: 100,
      height: 100,
      fills: Object.freeze([]),
      strokes: Object.freeze([]),
      parent: null,
      removed: false,
      children: null,
    };
    host.register(this);
  }

  get name(): string {
    return this.state.name;
  }
  set name(value: string) {
    this.assertAlive();
    this.state.name = String(value);
  }
  get visible(): boolean {
    return this.state.visible;
  }
  set visible(value: boolean) {
    this.assertAlive();
    this.state.visible = value;
  }
  get x(): number {
    return this.state.x;
  }
  set x(value: number) {
    this.assertAlive();
    this.state.x = finite(value, 'x');
  }
  get y(): number {
    return this.state.y;
  }
  set y(value: number) {
    this.assertAlive();
    this.state.y = finite(value, 'y');
  }
  get width(): number {
    return this.state.width;
  }
  get height(): number {
    return this.state.height;
  }
  get removed(): boolean {
    return this.state.removed;
  }
  get parent(): FakeParent | null {
    return this.state.parent;
  }

  /** Frozen, like Figma's: copy, change the copy, assign it back. */
  get fills(): ReadonlyArray<Paint> {
    return this.state.fills;
  }
  set fills(value: ReadonlyArray<Paint>) {
    this.assertAlive();
    this.state.fills = this.checkPaints(value, 'fills');
  }
  get strokes(): ReadonlyArray<Paint> {
    return this.state.strokes;
  }
  set strokes(value: ReadonlyArray<Paint>) {
    this.assertAlive();
    this.state.strokes = this.checkPaints(value, 'strokes');
  }

  resize(width: number, height: number): void {
    this.assertAlive();
    if (!(width >= 0.01 && height >= 0.01)) throw new Error(`Expected width and height >= 0.01, got ${width}×${height}`);
    this.state.width = width;
    this.state.height = height;
  }

  remove(): void {
    this.assertAlive();
    const parent = this.state.parent;
    if (parent !== null) parent.detachChild(this);
    this.state.removed = true;
  }

  // One signature for all of Figma's overloads; only PNG/JPG are supported, the rest throw.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async exportAsync(settings?: { readonly format: string }): Promise<any> {
    this.assertAlive();
    if (settings !== undefined && settings.format !== 'PNG' && settings.format !== 'JPG') {
      throw new Error(`FakeFigma: exportAsync supports PNG and JPG only, not ${settings.format}`);
    }
    this.host.recordExport(this, settings as ExportSettingsImage | undefined);
    if (this.pngBytes === null) {
      throw new Error(`FakeFigma: “${this.name}” has no pre-rendered PNG; give pngBytes when building it`);
    }
    return this.pngBytes.slice();
  }

  protected assertAlive(): void {
    if (this.state.removed) throw new Error(`The node (${this.id}) does not exist`);
  }

  private checkPaints(value: ReadonlyArray<Paint>, field: string): ReadonlyArray<Paint> {
    if (!Array.isArray(value)) throw new Error(`${field}: expected an array of paints`);
    const paints = cloneValue(value as Paint[], `Setting ${field}`);
    paints.forEach((paint, i) => {
      if (typeof paint !== 'object' || paint === null || !PAINT_TYPES.has(paint.type)) {
        throw new Error(`${field}[${i}]: invalid paint type ${JSON.stringify((paint as { type?: unknown })?.type)}`);
      }
      if (paint.type === 'IMAGE' && paint.imageHash !== null && !this.host.hasImage(paint.imageHash)) {
        throw new Error(`${field}[${i}]: image with hash ${paint.imageHash} not found`);
      }
    });
    return deepFreeze(paints);
  }
}

/** FRAME, GROUP, COMPONENT, INSTANCE…: a node with children. */
export class FakeContainerNode extends FakeSceneNode {
  constructor(host: FakeNodeHost, type: FakeContainerType, name: string) {
    super(host, type, name);
    this.state.children = [];
  }

  get children(): ReadonlyArray<FakeSceneNode> {
    return Object.freeze((this.state.children ?? []).slice());
  }

  appendChild(child: FakeSceneNode): void {
    this.insertChild(this.children.length, child);
  }

  insertChild(index: number, child: FakeSceneNode): void {
    this.assertAlive();
    insertInto(this, index, child);
  }

  /** @internal */
  detachChild(child: FakeSceneNode): void {
    this.state.children = (this.state.children ?? []).filter((c) => c !== child);
    child.state.parent = null;
  }
}

/** A page: children and the selection. */
export class FakePage {
  readonly id: string;
  readonly type = 'PAGE' as const;
  name: string;
  /** @internal */
  state: { children: FakeSceneNode[]; selection: ReadonlyArray<FakeSceneNode> };

  constructor(
    private readonly host: FakeNodeHost,
    name: string,
  ) {
    this.id = host.nextId();
    this.name = name;
    this.state = { children: [], selection: Object.freeze([]) };
    host.register(this);
  }

  get children(): ReadonlyArray<FakeSceneNode> {
    return Object.freeze(this.state.children.slice());
  }
  get removed(): boolean {
    return false;
  }

  get selection(): ReadonlyArray<FakeSceneNode> {
    return this.state.selection.filter((node) => !node.removed);
  }
  /** Like Figma: setting it fires `selectionchange`. */
  set selection(nodes: ReadonlyArray<FakeSceneNode>) {
    this.state.selection = Object.freeze(nodes.slice());
    this.host.selectionChanged(this);
  }

  appendChild(child: FakeSceneNode): void {
    this.insertChild(this.state.children.length, child);
  }
  insertChild(index: number, child: FakeSceneNode): void {
    insertInto(this, index, child);
  }
  /** @internal */
  detachChild(child: FakeSceneNode): void {
    this.state.children = this.state.children.filter((c) => c !== child);
    child.state.parent = null;
  }
}

function insertInto(parent: FakeParent, index: number, child: FakeSceneNode): void {
  if (child.removed) throw new Error(`The node (${child.id}) does not exist`);
  if ((child as FakeSceneNode) === (parent as unknown)) throw new Error('Cannot insert a node into itself');
  const siblings = parent instanceof FakePage ? parent.state.children : parent.state.children!;
  if (!(Number.isInteger(index) && index >= 0 && index <= siblings.length)) {
    throw new Error(`insertChild: index ${index} out of range 0..${siblings.length}`);
  }
  if (child.parent !== null) child.parent.detachChild(child);
  const fresh = parent instanceof FakePage ? parent.state.children : parent.state.children!;
  fresh.splice(Math.min(index, fresh.length), 0, child);
  child.state.parent = parent;
}

function finite(value: number, name: string): number {
  if (!Number.isFinite(value)) throw new Error(`${name} must be a finite number, got ${value}`);
  return value;
}
