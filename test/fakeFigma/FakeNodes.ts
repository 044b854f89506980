import { cloneValue, deepFreeze } from './cloneValue';
import { defaultAppearance, isFrameLike, type NodeAppearance } from './nodeAppearance';

/** The document as pages see it: a FakeDocument, named by shape so FakeDocument.ts and this file do not import each other. */
export interface FakeDocumentParent {
  readonly type: 'DOCUMENT';
  readonly id: string;
  name: string;
}

/** What a fake node needs from its document: ids, images, export log, selection and node-change events. */
export interface FakeNodeHost {
  nextId(): string;
  register(node: FakeSceneNode | FakePage): void;
  hasImage(hash: string): boolean;
  recordExport(node: FakeSceneNode, settings: ExportSettingsImage | undefined, ms: number): void;
  selectionChanged(page: FakePage): void;
  /** Renders a node that has no pre-rendered PNG (see ./renderNodeAsync.ts). */
  renderAsync(node: FakeSceneNode, settings: ExportSettingsImage | undefined): Promise<Uint8Array>;
  /** Where `clone()` puts the copy: Figma parents it under `figma.currentPage`. */
  currentPageOf(): FakePage;
  /** `figma.root`, the parent of every page. */
  readonly document: FakeDocumentParent;
  /** A node of `page` was created, deleted or changed: queued for the page's `nodechange` listeners. */
  nodeChanged(page: FakePage, change: NodeChange): void;
  /** `page.remove()`: takes the page and every node on it out of the document (throws when that cannot be done). */
  removePage(page: FakePage): void;
}

/** Node types whose fake has `children` (and insertChild/appendChild). */
export const CONTAINER_TYPES = ['FRAME', 'GROUP', 'COMPONENT', 'COMPONENT_SET', 'INSTANCE', 'BOOLEAN_OPERATION', 'SECTION'] as const;
export type FakeContainerType = (typeof CONTAINER_TYPES)[number];
export type FakeLeafType = Exclude<SceneNode['type'], FakeContainerType>;

/** The mutable state of a node; copied whole by undo snapshots (appearance and geometry live in ./nodeAppearance.ts). */
export interface NodeState extends NodeAppearance {
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
  | 'id'
  | 'name'
  | 'visible'
  | 'locked'
  | 'opacity'
  | 'blendMode'
  | 'effects'
  | 'isMask'
  | 'strokeWeight'
  | 'strokeAlign'
  | 'x'
  | 'y'
  | 'width'
  | 'height'
  | 'fills'
  | 'strokes'
  | 'removed'
  | 'remove'
  | 'resize'
  | 'exportAsync'
  | 'absoluteRenderBounds'
  | 'absoluteBoundingBox'
>;

/** The page members Hueprint's sandbox uses, checked against the real typings like the node members. */
type UsedPageMembers = Pick<PageNode, 'id' | 'type' | 'name' | 'on' | 'off' | 'removed' | 'remove'>;

const PAINT_TYPES = new Set(['SOLID', 'GRADIENT_LINEAR', 'GRADIENT_RADIAL', 'GRADIENT_ANGULAR', 'GRADIENT_DIAMOND', 'IMAGE', 'VIDEO', 'PATTERN']);

/** A scene node of the fake document. Leaves (RECTANGLE, VECTOR, TEXT…) have no `children`, like in Figma. */
export class FakeSceneNode implements UsedNodeMembers {
  readonly id: string;
  readonly type: SceneNode['type'];
  /** @internal Mutable state; tests read it through the normal getters. */
  state: NodeState;
  /** Bytes `exportAsync` returns: the harness's pre-rendered picture of this node. */
  pngBytes: Uint8Array | null = null;
  /** When set, `exportAsync` rejects with it, as Figma does for a node it cannot render. */
  exportError: string | null = null;

  constructor(
    /** @internal */
    readonly host: FakeNodeHost,
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
      ...defaultAppearance(type),
    };
    host.register(this);
  }

  /**
   * A deep copy of this node and its subtree with new ids, parented under the
   * current page like Figma's `clone()`.
   */
  clone(): FakeSceneNode {
    this.assertAlive();
    const copy = this.copyDetached();
    this.host.currentPageOf().appendChild(copy);
    return copy;
  }

  /** @internal */
  copyDetached(): FakeSceneNode {
    const copy =
      this.state.children === null
        ? new FakeSceneNode(this.host, this.type, this.state.name)
        : new FakeContainerNode(this.host, this.type as FakeContainerType, this.state.name);
    copy.state = { ...this.state, parent: null, removed: false, children: this.state.children === null ? null : [] };
    copy.pngBytes = this.pngBytes;
    for (const child of this.state.children ?? []) (copy as FakeContainerNode).appendChild(child.copyDetached());
    return copy;
  }

  get locked(): boolean {
    return this.state.locked;
  }
  set locked(value: boolean) {
    this.assertAlive();
    this.state.locked = value === true;
  }
  get opacity(): number {
    return this.state.opacity;
  }
  set opacity(value: number) {
    this.assertAlive();
    if (!(value >= 0 && value <= 1)) throw new Error(`opacity must be in 0..1, got ${value}`);
    this.state.opacity = value;
  }
  get blendMode(): BlendMode {
    return this.state.blendMode;
  }
  set blendMode(value: BlendMode) {
    this.assertAlive();
    this.state.blendMode = value;
  }
  get effects(): ReadonlyArray<Effect> {
    return this.state.effects;
  }
  set effects(value: ReadonlyArray<Effect>) {
    this.assertAlive();
    if (!Array.isArray(value)) throw new Error('effects: expected an array of effects');
    this.state.effects = deepFreeze(cloneValue(value as Effect[], 'Setting effects'));
  }
  get isMask(): boolean {
    return this.state.isMask;
  }
  set isMask(value: boolean) {
    this.assertAlive();
    this.state.isMask = value === true;
  }
  get strokeWeight(): number {
    return this.state.strokeWeight;
  }
  set strokeWeight(value: number) {
    this.assertAlive();
    if (!(value >= 0)) throw new Error(`strokeWeight must be >= 0, got ${value}`);
    this.state.strokeWeight = value;
  }
  get strokeAlign(): 'CENTER' | 'INSIDE' | 'OUTSIDE' {
    return this.state.strokeAlign;
  }
  set strokeAlign(value: 'CENTER' | 'INSIDE' | 'OUTSIDE') {
    this.assertAlive();
    this.state.strokeAlign = value;
  }
  get maskType(): MaskType {
    return this.state.maskType;
  }
  get clipsContent(): boolean {
    return this.state.clipsContent;
  }
  set clipsContent(value: boolean) {
    this.assertAlive();
    this.state.clipsContent = value;
    this.changed('clipsContent');
  }
  get cornerRadius(): number {
    return this.state.cornerRadius;
  }
  get pointCount(): number {
    return this.state.pointCount;
  }
  get innerRadius(): number {
    return this.state.innerRadius;
  }
  get booleanOperation(): NodeState['booleanOperation'] {
    return this.state.booleanOperation;
  }
  get characters(): string {
    return this.state.characters;
  }
  get fontSize(): number {
    return this.state.fontSize;
  }
  /** VECTOR only in Figma; path data in the node's own coordinates (M, L, Q, C, Z). */
  get vectorPaths(): VectorPaths {
    return this.state.vectorPaths;
  }
  set vectorPaths(value: VectorPaths) {
    this.assertAlive();
    if (!Array.isArray(value)) throw new Error('vectorPaths: expected an array');
    this.state.vectorPaths = deepFreeze(cloneValue(value as VectorPath[], 'Setting vectorPaths'));
  }

  get name(): string {
    return this.state.name;
  }
  set name(value: string) {
    this.assertAlive();
    this.state.name = String(value);
    this.changed('name');
  }
  get visible(): boolean {
    return this.state.visible;
  }
  set visible(value: boolean) {
    this.assertAlive();
    this.state.visible = value;
    this.changed('visible');
  }
  get x(): number {
    return this.state.x;
  }
  set x(value: number) {
    this.assertAlive();
    this.state.x = finite(value, 'x');
    this.changed('x');
  }
  get y(): number {
    return this.state.y;
  }
  set y(value: number) {
    this.assertAlive();
    this.state.y = finite(value, 'y');
    this.changed('y');
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
    this.changed('fills');
  }
  get strokes(): ReadonlyArray<Paint> {
    return this.state.strokes;
  }
  set strokes(value: ReadonlyArray<Paint>) {
    this.assertAlive();
    this.state.strokes = this.checkPaints(value, 'strokes');
    this.changed('strokes');
  }

  /**
   * What the node draws, in its container's space (like x/y): its box grown by
   * the part of its stroke outside it, as Figma's render bounds are. Half a
   * centred stroke, all of an outside one; a LINE (height 0, its stroke always
   * centred) is only widened across, its ends having no caps here. TEXT keeps
   * its box, and shadows and blurs are not counted. A container draws its box
   * (a group has none of its own) and, unless it clips, what its shown children
   * draw past it: Figma's render bounds and default export of a frame that
   * does not clip include an overflowing child.
   */
  get renderBox(): Rect {
    const { x, y, width, height, strokeWeight, strokes, children } = this.state;
    if (children !== null && this.type !== 'BOOLEAN_OPERATION' && !this.state.clipsContent) {
      // A frame's children are placed in its space, a group's in the group's own container's.
      const dx = isFrameLike(this.type) ? x : 0;
      const dy = isFrameLike(this.type) ? y : 0;
      let box: Rect | null = this.type === 'GROUP' ? null : { x, y, width, height };
      for (const child of children) {
        if (!child.state.visible) continue;
        const r = child.renderBox;
        const left = Math.min(box?.x ?? Infinity, r.x + dx);
        const top = Math.min(box?.y ?? Infinity, r.y + dy);
        const right = Math.max(box ? box.x + box.width : -Infinity, r.x + dx + r.width);
        const bottom = Math.max(box ? box.y + box.height : -Infinity, r.y + dy + r.height);
        box = { x: left, y: top, width: right - left, height: bottom - top };
      }
      return box ?? { x, y, width, height };
    }
    const stroked = children === null && this.type !== 'TEXT' && strokeWeight > 0 && strokes.some((paint) => paint.visible !== false);
    const align = this.type === 'LINE' ? 'CENTER' : this.state.strokeAlign;
    const out = !stroked ? 0 : align === 'CENTER' ? strokeWeight / 2 : align === 'OUTSIDE' ? strokeWeight : 0;
    const along = this.type === 'LINE' ? 0 : out;
    return { x: x - along, y: y - out, width: width + 2 * along, height: height + 2 * out };
  }

  /**
   * The node's render box (renderBox) on the page, what an export without
   * useAbsoluteBounds shows, null when it or an ancestor is hidden, as in Figma.
   * Groups have no space of their own.
   */
  get absoluteRenderBounds(): Rect | null {
    if (!this.state.visible) return null;
    return this.onPage(this.renderBox, true);
  }

  /** The node's box on the page, strokes and visibility not counted, as Figma's absoluteBoundingBox. */
  get absoluteBoundingBox(): Rect | null {
    const { x, y, width, height } = this.state;
    return this.onPage({ x, y, width, height }, false);
  }

  /** `rect` (in the node's container's space) on the page; null when `hiddenIsNull` and an ancestor is hidden. Groups have no space of their own. */
  private onPage(rect: Rect, hiddenIsNull: boolean): Rect | null {
    let { x, y } = rect;
    for (let parent = this.state.parent; parent !== null && !(parent instanceof FakePage); parent = parent.state.parent) {
      if (hiddenIsNull && !parent.state.visible) return null;
      if (isFrameLike(parent.type)) {
        x += parent.state.x;
        y += parent.state.y;
      }
    }
    return { x, y, width: rect.width, height: rect.height };
  }

  resize(width: number, height: number): void {
    this.assertAlive();
    if (!(width >= 0.01 && height >= 0.01)) throw new Error(`Expected width and height >= 0.01, got ${width}×${height}`);
    this.state.width = width;
    this.state.height = height;
    this.changed('width', 'height');
  }

  remove(): void {
    this.assertAlive();
    const page = this.page();
    const parent = this.state.parent;
    if (parent !== null) parent.detachChild(this);
    this.state.removed = true;
    if (page !== null) this.host.nodeChanged(page, { type: 'DELETE', id: this.id, origin: 'LOCAL', node: { removed: true, type: this.type, id: this.id } });
  }

  /** The page this node is on, or null when it is not in the document. */
  page(): FakePage | null {
    let parent = this.state.parent;
    while (parent !== null && !(parent instanceof FakePage)) parent = parent.state.parent;
    return parent;
  }

  protected changed(...properties: NodeChangeProperty[]): void {
    const page = this.page();
    if (page !== null) {
      this.host.nodeChanged(page, { type: 'PROPERTY_CHANGE', id: this.id, origin: 'LOCAL', node: this as unknown as SceneNode, properties });
    }
  }

  // One signature for all of Figma's overloads; only PNG/JPG are supported, the rest throw.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  // biome-ignore lint/suspicious/noExplicitAny: one implementation behind ExportMixin's overloads (bytes, SVG string, JSON)
  async exportAsync(settings?: ExportSettingsImage | { readonly format: string }): Promise<any> {
    this.assertAlive();
    if (settings !== undefined && settings.format !== 'PNG' && settings.format !== 'JPG') {
      throw new Error(`FakeFigma: exportAsync supports PNG and JPG only, not ${settings.format}`);
    }
    if (this.exportError !== null) throw new Error(this.exportError);
    const started = Date.now();
    // Without a pre-rendered picture the fake draws the subtree itself, as Figma would.
    const bytes = this.pngBytes === null ? await this.host.renderAsync(this, settings as ExportSettingsImage | undefined) : this.pngBytes.slice();
    this.host.recordExport(this, settings as ExportSettingsImage | undefined, Date.now() - started);
    return bytes;
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
export class FakePage implements UsedPageMembers {
  readonly id: string;
  readonly type = 'PAGE' as const;
  name: string;
  /** @internal */
  state: { children: FakeSceneNode[]; selection: ReadonlyArray<FakeSceneNode> };
  /** @internal */
  readonly nodeChangeListeners = new Set<(event: NodeChangeEvent) => void>();
  private isRemoved = false;

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
  /** True once the page was removed (Figma's `removed`: "if your plugin … stores references to nodes, … check that the nodes haven't been removed"). */
  get removed(): boolean {
    return this.isRemoved;
  }
  get parent(): FakeDocumentParent | null {
    return this.isRemoved ? null : this.host.document;
  }

  /**
   * Removes the page and every layer on it, as Figma's `remove()` does ("removes this node and all of its children
   * from the document"): `removed` turns true, and the page's members throw from then on, as the fake's removed
   * layers do. The page's layers are gone for `getNodeByIdAsync`. Not an undoable step in the fake.
   */
  remove(): void {
    this.assertAlive();
    this.host.removePage(this);
    this.isRemoved = true;
    this.nodeChangeListeners.clear();
  }

  /** Like Figma, `nodechange` events arrive after the change, batched, with origin LOCAL for the plugin's own edits too. */
  on(type: 'nodechange', callback: (event: NodeChangeEvent) => void): void {
    this.assertAlive();
    if (type !== 'nodechange') throw new Error(`FakeFigma: page event ${String(type)} is not supported`);
    this.nodeChangeListeners.add(callback);
  }
  off(type: 'nodechange', callback: (event: NodeChangeEvent) => void): void {
    this.assertAlive();
    if (type === 'nodechange') this.nodeChangeListeners.delete(callback);
  }

  private assertAlive(): void {
    if (this.isRemoved) throw new Error(`The node (${this.id}) does not exist`);
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
  const page = child.page();
  if (page !== null) child.host.nodeChanged(page, { type: 'CREATE', id: child.id, origin: 'LOCAL', node: child as unknown as SceneNode });
}

function finite(value: number, name: string): number {
  if (!Number.isFinite(value)) throw new Error(`${name} must be a finite number, got ${value}`);
  return value;
}
