/** What the harness page exposes as `window.harness` for the end-to-end tests (types only: the tests import them without the page). */
export interface HarnessNode {
  readonly id: string;
  readonly name: string;
  /** `marked`: gray art with colour marks over it; `mark`: one of those marks; `vector-…`: vector drawings (frames of groups and vectors). */
  readonly kind: 'colour' | 'gray' | 'broken' | 'marked' | 'mark' | 'vector-colour' | 'vector-gray';
  readonly width: number;
  readonly height: number;
}

export interface HarnessApi {
  ready: boolean;
  nodes(): HarnessNode[];
  fillHash(nodeId: string): string | null;
  imageBase64(hash: string): Promise<string>;
  select(nodeIds: string[]): void;
  /** Ids of the selected layers (the plugin may change the selection). */
  selection(): string[];
  undo(): void;
  /** Takes the last undone step again, as Cmd+Shift+Z does in Figma. */
  redo(): void;
  /** Every layer on the page, with page positions (results the plugin added included). */
  layers(): { id: string; name: string; x: number; y: number; width: number; height: number }[];
  /** Sends a raw (possibly malformed) plugin message to the UI. */
  postToUi(message: unknown): void;
  /** Local paint style names, and colour variables as "collection/name", for checking palette saves. */
  paintStyles(): string[];
  colourVariables(): string[];
  /** Whether the plugin UI frame has loaded (it reloads on a theme change). */
  uiLoads(): number;
  /** What a layer looks like (visibility, place, size, paints), to check it was left as drawn. */
  layerState(nodeId: string): string | null;
  /** A layer and everything inside it, as plain data: type, name, geometry, paints, appearance (vector checks). */
  subtree(nodeId: string): HarnessLayer | null;
  /** Colour variables with their values: id, "collection/name", '#rrggbb'. */
  colourVariableValues(): { id: string; name: string; hex: string }[];
  /** Every exportAsync the plugin made, in order, with its duration. */
  exports(): { nodeId: string; ms: number; scale: number | null }[];
  /** Edits a layer as the designer would before using Hueprint (not one of the plugin's undo steps). */
  editLayer(nodeId: string, edit: LayerEdit): void;
  /** Adds a layer as the designer would draw or drop it (not one of the plugin's undo steps); returns its id. */
  addLayer(layer: NewLayer): string;
}

/**
 * A layer to add: an image (PNG bytes in base64, a rectangle with an image fill, as a dropped PNG is),
 * an empty frame, or a shape with one solid fill or stroke (a colour mark; a LINE is drawn by its stroke, its height 0 as in Figma).
 * `parentId` puts it inside a frame.
 */
export type NewLayer = { readonly name: string; readonly x?: number; readonly y?: number; readonly parentId?: string } & (
  | { readonly type: 'IMAGE'; readonly pngBase64: string; readonly width?: number; readonly height?: number }
  | { readonly type: 'FRAME'; readonly width: number; readonly height: number }
  | {
      readonly type: 'ELLIPSE' | 'RECTANGLE' | 'LINE';
      readonly width: number;
      readonly height: number;
      readonly fill?: RGB;
      readonly stroke?: RGB;
      readonly strokeWeight?: number;
    }
);

export interface LayerEdit {
  readonly locked?: boolean;
  readonly visible?: boolean;
  readonly fills?: Paint[];
  /** New width and height (canvas px). */
  readonly size?: readonly [number, number];
}

export interface HarnessLayer {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  readonly state: Record<string, unknown>;
  readonly children: HarnessLayer[];
}
