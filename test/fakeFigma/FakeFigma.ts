import type { FigmaHost } from '../../plugin/figmaHost';
import { isUint8Array } from './cloneValue';
import { FakeClientStorage } from './FakeClientStorage';
import { FakeDocument } from './FakeDocument';
import { CONTAINER_TYPES, FakeContainerNode, FakePage, FakeSceneNode, type FakeContainerType, type FakeNodeHost, type NodeState } from './FakeNodes';
import { FakePaintStyle } from './FakeStyles';
import { FakeUi } from './FakeUi';
import { bindPaintToVariable } from './bindPaintToVariable';
import { FakeVariable, FakeVariableCollection, FakeVariablesRegistry } from './FakeVariables';
import { hashBytes } from './hashBytes';
import { nodeToSvg } from './nodeToSvg';
import { exportScale } from './exportScale';
import { readImageSize, type ImageSize } from './readImageSize';
import { undoNodeChanges } from './undoNodeChanges';

/** Figma stores images up to 4096 px on a side. */
export const MAX_IMAGE_SIDE = 4096;

/**
 * The one place fake objects become Figma types. The fake implements the
 * members Hueprint uses (checked against the typings where they are declared),
 * not every member of every node type, so this cast is deliberate.
 */
function asFigma<T>(fake: object): T {
  return fake as unknown as T;
}

class FakeImage implements Image {
  constructor(
    readonly hash: string,
    /** @internal */ readonly bytes: Uint8Array,
    private readonly size: ImageSize,
  ) {}
  async getBytesAsync(): Promise<Uint8Array> {
    return this.bytes.slice();
  }
  async getSizeAsync(): Promise<{ width: number; height: number }> {
    return { width: this.size.width, height: this.size.height };
  }
}

type Snapshot = Map<FakeSceneNode, NodeState> & { pageChildren: Map<FakePage, FakeSceneNode[]> };

export interface Notification {
  readonly message: string;
  readonly error: boolean;
}

export interface ExportCall {
  readonly nodeId: string;
  readonly settings: ExportSettingsImage | undefined;
  /** Time from the call to the bytes, rendering included. */
  readonly ms: number;
}

/**
 * Turns an SVG document into PNG bytes of the given size. The fake builds the
 * SVG of a node (./nodeToSvg.ts); the host supplies the renderer: the
 * browser's in the harness, resvg in Node tests.
 */
export type RasterizeSvg = (svg: string, width: number, height: number) => Promise<Uint8Array>;

/**
 * An in-memory Figma document and the plugin API Hueprint uses (`FigmaHost`),
 * behaving like Figma with `documentAccess: "dynamic-page"`: sync getters
 * throw, fills are frozen, clientStorage has its quota, createImage checks
 * the image. Test-side helpers (notifications, exports, select…) sit beside
 * the API.
 */
export class FakeFigma implements FigmaHost, FakeNodeHost {
  readonly root = asFigma<DocumentNode>(new FakeDocument());
  readonly ui = new FakeUi();
  readonly clientStorage = new FakeClientStorage();
  readonly variables: FigmaHost['variables'];
  /** Every figma.notify, in order. */
  readonly notifications: Notification[] = [];
  /** Every exportAsync call, in order. */
  readonly exports: ExportCall[] = [];
  private idCounter = 1;
  /** The page the designer is on, which the plugin sees as `figma.currentPage`. */
  private current: FakePage;
  private readonly nodes = new Map<string, FakeSceneNode | FakePage>();
  private readonly images = new Map<string, FakeImage>();
  private readonly listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  private paintStyles: FakePaintStyle[] = [];
  private readonly registry = new FakeVariablesRegistry();
  private undoStack: Snapshot[] = [];
  /** Steps an undo took back, newest last; a new committed step forgets them, as in Figma. */
  private redoStack: Snapshot[] = [];
  private readonly pendingNodeChanges = new Map<FakePage, NodeChange[]>();
  private baseline: Snapshot;
  private rasterizeSvg: RasterizeSvg | null = null;

  constructor() {
    this.current = new FakePage(this, 'Page 1');
    this.document.pages.push(this.current);
    this.variables = this.createVariablesApi();
    this.baseline = this.snapshot();
  }

  /** The document behind `root`, with its fake-only helpers. */
  get document(): FakeDocument {
    return this.root as unknown as FakeDocument;
  }

  // ------------------------------------------------------------------ PluginAPI

  get currentPage(): PageNode {
    return asFigma<PageNode>(this.current);
  }
  /** Throws, as it does in Figma under `documentAccess: "dynamic-page"` (there `currentPage` is read-only). */
  set currentPage(_page: PageNode) {
    throw new Error('Cannot set currentPage with documentAccess: dynamic-page. Use figma.setCurrentPageAsync instead.');
  }

  /** Like Figma's: a new, empty page at the end of the document (the designer stays where they are). */
  createPage(): FakePage {
    const page = new FakePage(this, `Page ${this.document.pages.length + 1}`);
    this.document.pages.push(page);
    return page;
  }

  /**
   * Switches the designer to `page`, as Figma's does: `currentpagechange`, then
   * `selectionchange` ("a currentpagechange event always triggers a selectionchange
   * event"). Listeners of every page's `nodechange` keep hearing their own page.
   */
  async setCurrentPageAsync(page: PageNode | FakePage): Promise<void> {
    const target = this.document.pages.find((p) => p.id === page.id);
    if (target === undefined) throw new Error(`The page (${page.id}) does not exist`);
    if (target === this.current) return;
    this.current = target;
    this.emit('currentpagechange');
    this.emit('selectionchange');
  }

  /**
   * Also marks the undo baseline: the document as the plugin found it is the
   * designer's, so undoing the plugin's steps never removes art that a test or
   * the harness built before the plugin started.
   */
  showUI(html: string, options?: ShowUIOptions): void {
    this.markSetupDone();
    this.ui.html = html;
    this.ui.options = options ?? {};
    this.ui.visible = options?.visible !== false;
  }

  notify(message: string, options?: NotificationOptions): NotificationHandler {
    this.notifications.push({ message: String(message), error: options?.error === true });
    return { cancel: () => undefined };
  }

  /** Ends the current undo step: `triggerUndo` returns the document to the state at this call's previous step. */
  commitUndo(): void {
    this.undoStack.push(this.baseline);
    this.baseline = this.snapshot();
    this.redoStack = [];
  }

  /**
   * Restores nodes (fills, size, names, children…) to the last committed step;
   * nodes created since are removed. Like Figma, the page's `nodechange`
   * listeners hear of every node it restored or removed, and a selection
   * that lost removed layers fires `selectionchange`.
   */
  triggerUndo(): void {
    const target = this.undoStack.pop();
    if (target === undefined) return;
    this.redoStack.push(this.snapshot());
    this.restore(target);
    this.baseline = this.snapshot();
  }

  /** Takes the last undone step again (layers an undo removed come back), with the same events as `triggerUndo`. */
  triggerRedo(): void {
    const target = this.redoStack.pop();
    if (target === undefined) return;
    this.undoStack.push(this.baseline);
    this.restore(target);
    this.baseline = this.snapshot();
  }

  // biome-ignore lint/suspicious/noExplicitAny: PluginAPI's overloaded on/off take every event's callback signature
  on(type: string, callback: (...args: any[]) => void): void {
    (this.listeners.get(type) ?? this.listeners.set(type, new Set()).get(type)!).add(callback);
  }
  // biome-ignore lint/suspicious/noExplicitAny: PluginAPI's overloaded on/off take every event's callback signature
  off(type: string, callback: (...args: any[]) => void): void {
    this.listeners.get(type)?.delete(callback);
  }

  async getNodeByIdAsync(id: string): Promise<BaseNode | null> {
    if (id === this.document.id) return this.root;
    const node = this.nodes.get(id);
    return node === undefined || node.removed ? null : asFigma<BaseNode>(node);
  }

  /** Throws, as it does in Figma under `documentAccess: "dynamic-page"`. */
  getNodeById(_id: string): never {
    throw new Error('Cannot call with documentAccess: dynamic-page. Use figma.getNodeByIdAsync instead.');
  }
  /** Throws, as it does in Figma under `documentAccess: "dynamic-page"`. */
  getLocalPaintStyles(): never {
    throw new Error('Cannot call with documentAccess: dynamic-page. Use figma.getLocalPaintStylesAsync instead.');
  }

  createImage(data: Uint8Array): Image {
    if (!isUint8Array(data)) throw new Error('createImage expects a Uint8Array');
    const size = readImageSize(data);
    if (size.width > MAX_IMAGE_SIDE || size.height > MAX_IMAGE_SIDE) {
      throw new Error(`Image is too large: ${size.width}×${size.height} (at most ${MAX_IMAGE_SIDE} px on a side)`);
    }
    if (size.width < 1 || size.height < 1) throw new Error('Image is empty');
    const hash = hashBytes(data);
    let image = this.images.get(hash);
    if (image === undefined) {
      image = new FakeImage(hash, data.slice(), size);
      this.images.set(hash, image);
    }
    return image;
  }

  getImageByHash(hash: string): Image | null {
    return this.images.get(hash) ?? null;
  }

  createRectangle(): RectangleNode {
    const node = new FakeSceneNode(this, 'RECTANGLE', 'Rectangle');
    node.fills = [{ type: 'SOLID', color: { r: 0.85, g: 0.85, b: 0.85 } }];
    this.page.appendChild(node);
    return asFigma<RectangleNode>(node);
  }

  async getLocalPaintStylesAsync(): Promise<PaintStyle[]> {
    return this.paintStyles.map((style) => asFigma<PaintStyle>(style));
  }

  createPaintStyle(): PaintStyle {
    const style = new FakePaintStyle(`S:${this.nextId()},`, (removed) => {
      this.paintStyles = this.paintStyles.filter((s) => s !== removed);
    });
    this.paintStyles.push(style);
    return asFigma<PaintStyle>(style);
  }

  // ------------------------------------------------------------ test helpers

  /** The current page, as a fake. */
  get page(): FakePage {
    return this.current;
  }

  /** Sets the selection on the current page; fires `selectionchange` like Figma. */
  select(...nodes: FakeSceneNode[]): void {
    this.page.selection = nodes;
  }

  /** Local paint styles, as fakes (tests). */
  get localPaintStyles(): readonly FakePaintStyle[] {
    return this.paintStyles.slice();
  }
  get localVariableCollections(): readonly FakeVariableCollection[] {
    return this.registry.collections.slice();
  }
  get localVariables(): readonly FakeVariable[] {
    return this.registry.variables.slice();
  }
  /** The fake node with this id (tests). */
  node(id: string): FakeSceneNode | undefined {
    const node = this.nodes.get(id);
    return node instanceof FakeSceneNode ? node : undefined;
  }
  /** Creates a node of any type in `parent` (default: the current page); containers get `children`. */
  createNode(type: SceneNode['type'], name: string, parent: FakeContainerNode | FakePage = this.page): FakeSceneNode {
    const node = (CONTAINER_TYPES as readonly string[]).includes(type)
      ? new FakeContainerNode(this, type as FakeContainerType, name)
      : new FakeSceneNode(this, type, name);
    parent.appendChild(node);
    return node;
  }
  /** Lets `exportAsync` draw nodes that have no pre-rendered PNG (vector art). */
  useSvgRasterizer(rasterize: RasterizeSvg): void {
    this.rasterizeSvg = rasterize;
  }
  /** The SVG the fake draws for a node's export of `box` (its own box unless given) at `scale` (tests, and the harness's renderers). */
  svgOf(node: FakeSceneNode, scale = 1, box: Rect = node): { svg: string; width: number; height: number } {
    return nodeToSvg(node, scale, box, {
      variableColour: (id) => this.variableColour(id),
      imageBytes: (hash) => this.images.get(hash)?.bytes ?? null,
    });
  }
  /** Makes the current state the undo baseline (document setup is not undoable). */
  markSetupDone(): void {
    this.baseline = this.snapshot();
    this.undoStack = [];
    this.redoStack = [];
  }

  // ------------------------------------------------------------ FakeNodeHost

  nextId(): string {
    return `1:${this.idCounter++}`;
  }
  register(node: FakeSceneNode | FakePage): void {
    this.nodes.set(node.id, node);
  }
  hasImage(hash: string): boolean {
    return this.images.has(hash);
  }
  recordExport(node: FakeSceneNode, settings: ExportSettingsImage | undefined, ms: number): void {
    this.exports.push({ nodeId: node.id, settings, ms });
  }
  async renderAsync(node: FakeSceneNode, settings: ExportSettingsImage | undefined): Promise<Uint8Array> {
    if (this.rasterizeSvg === null) {
      throw new Error(`FakeFigma: “${node.name}” has no pre-rendered PNG and no SVG rasterizer is set (fake.useSvgRasterizer)`);
    }
    // As Figma: cropped to what the node draws (a line's stroke, not its 0 px height) unless useAbsoluteBounds asks for its box.
    const box = settings?.useAbsoluteBounds ? node : node.renderBox;
    const { svg, width, height } = this.svgOf(node, exportScale(box, settings), box);
    return this.rasterizeSvg(svg, width, height);
  }
  currentPageOf(): FakePage {
    return this.page;
  }
  nodeChanged(page: FakePage, change: NodeChange): void {
    if (page.nodeChangeListeners.size === 0) return;
    const queued = this.pendingNodeChanges.get(page);
    if (queued !== undefined) return void queued.push(change);
    this.pendingNodeChanges.set(page, [change]);
    // Figma tells listeners after the change, batching what happened meanwhile.
    setTimeoutLike(() => {
      const nodeChanges = this.pendingNodeChanges.get(page) ?? [];
      this.pendingNodeChanges.delete(page);
      for (const listener of [...page.nodeChangeListeners]) listener({ nodeChanges });
    });
  }
  removePage(page: FakePage): void {
    // Figma's file always keeps a page, and the designer's page is left before it is deleted; the fake does not switch for them.
    if (this.document.pages.length === 1) throw new Error('Cannot remove the last page of the document');
    if (page === this.current) throw new Error('FakeFigma: switch away (setCurrentPageAsync) before removing the current page');
    this.document.pages.splice(this.document.pages.indexOf(page), 1);
    this.pendingNodeChanges.delete(page);
    this.nodes.delete(page.id);
    const drop = (node: FakeSceneNode): void => {
      node.state.removed = true;
      this.nodes.delete(node.id);
      node.state.children?.forEach(drop);
    };
    page.state.children.forEach(drop);
  }
  selectionChanged(_page: FakePage): void {
    this.emit('selectionchange');
  }

  // ------------------------------------------------------------ internals

  private emit(type: string): void {
    for (const callback of this.listeners.get(type) ?? []) callback();
  }

  private snapshot(): Snapshot {
    const snapshot = new Map() as Snapshot;
    snapshot.pageChildren = new Map();
    this.nodes.forEach((node) => {
      if (node instanceof FakePage) snapshot.pageChildren.set(node, node.state.children.slice());
      else snapshot.set(node, { ...node.state, children: node.state.children?.slice() ?? null });
    });
    return snapshot;
  }

  private restore(snapshot: Snapshot): void {
    const before = [...this.nodes.values()].flatMap((node) => (node instanceof FakePage ? [] : [{ node, state: node.state, page: node.page() }]));
    const selected = this.page.state.selection;
    this.nodes.forEach((node) => {
      if (node instanceof FakePage) {
        node.state.children = (snapshot.pageChildren.get(node) ?? []).slice();
        return;
      }
      const state = snapshot.get(node);
      if (state === undefined) {
        // Created after the snapshot: undo removes it.
        node.state = { ...node.state, parent: null, removed: true, children: node.state.children && [] };
      } else {
        node.state = { ...state, children: state.children?.slice() ?? null };
      }
    });
    for (const { page, change } of undoNodeChanges(before)) this.nodeChanged(page, change);
    if (selected.some((node) => node.removed)) this.page.selection = selected.filter((node) => !node.removed);
  }

  /** A COLOR variable's value in its collection's default mode (how bound paints render). */
  private variableColour(id: string): RGB | RGBA | null {
    const variable = this.registry.variables.find((v) => v.id === id);
    const collection = variable && this.registry.collections.find((c) => c.id === variable.variableCollectionId);
    const value = collection && variable.valuesByMode[collection.defaultModeId];
    return value && typeof value === 'object' && 'r' in value ? (value as RGB) : null;
  }

  private createVariablesApi(): FigmaHost['variables'] {
    const registry = this.registry;
    const nextId = () => this.nextId();
    const api: FigmaHost['variables'] = {
      async getLocalVariableCollectionsAsync() {
        return registry.collections.map((c) => asFigma<VariableCollection>(c));
      },
      async getLocalVariablesAsync(type?: VariableResolvedDataType) {
        return registry.variables.filter((v) => type === undefined || v.resolvedType === type).map((v) => asFigma<Variable>(v));
      },
      createVariableCollection(name: string) {
        if (name.trim() === '') throw new Error('Collection name cannot be empty');
        const collection = new FakeVariableCollection(`VariableCollectionId:${nextId()}`, name, registry);
        registry.collections.push(collection);
        return asFigma<VariableCollection>(collection);
      },
      createVariable(name: string, collection: string | VariableCollection, resolvedType: VariableResolvedDataType) {
        const collectionId = typeof collection === 'string' ? collection : collection.id;
        if (!registry.collections.some((c) => c.id === collectionId)) throw new Error(`Collection ${collectionId} not found`);
        registry.checkName(name, collectionId, null);
        const variable = new FakeVariable(`VariableID:${nextId()}`, name, resolvedType, collectionId, registry);
        registry.variables.push(variable);
        return asFigma<Variable>(variable);
      },
      setBoundVariableForPaint: (paint, field, variable) => bindPaintToVariable(paint, field, variable, registry),
    };
    return api;
  }
}

/** A macrotask (setTimeout exists in Node, browsers and Figma's sandbox, but not in the fake's ES lib types). */
function setTimeoutLike(callback: () => void): void {
  (globalThis as unknown as { setTimeout(callback: () => void, ms: number): unknown }).setTimeout(callback, 0);
}
