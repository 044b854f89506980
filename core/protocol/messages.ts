/**
 * The one message protocol between the Figma sandbox (`plugin/`) and the UI
 * iframe (`ui/`). Both sides import these types, and both validate what they
 * receive with `parsePluginMessage` / `parseUiMessage` (see ./parse*.ts):
 * a malformed message is answered with an ERROR, never a crash.
 *
 * Images travel one per message as `Uint8Array` (encoded PNG/JPEG bytes),
 * since postMessage clones typed arrays cheaply and Figma caps message size.
 * Every request carries a `requestId` that its replies echo.
 */

/** Why a selected node cannot be used. */
export type SkipReason =
  | 'hidden'
  | 'empty' // a frame/group with nothing visible inside, or zero size
  | 'too-small' // smaller than 8 px on a side
  | 'unsupported-node' // e.g. a slice, connector or section
  | 'video-or-gif-fill'
  | 'unreadable' // Figma could not give the bytes (image not loaded, export failed)
  | 'not-gray'; // colorize only: the art has colour; it would lose it

export type ItemKind = 'image' | 'raster';

/**
 * One usable node of the selection. `image`: an image fill read by its bytes
 * (full resolution, as stored). `raster`: exported as PNG (longest side at
 * most READ_SELECTION's `maxSide`). `width`/`height` are the node's size on
 * the canvas; decode the bytes for their pixel size.
 */
export interface SelectionItem {
  readonly nodeId: string;
  readonly name: string;
  readonly kind: ItemKind;
  readonly nodeType: string;
  readonly width: number;
  readonly height: number;
  /**
   * Colour marks found over gray art in this frame or group (present when
   * there are any): children in solid colours above the art, which colorize
   * reads as hints (READ_SELECTION with `hints`).
   */
  readonly colourMarks?: number;
}

/**
 * One colour mark of an IMAGE read with `hints`: the mark exported on its own
 * (transparent around it) at the item's scale, and where its top-left pixel
 * falls in the item's image (may be negative or past the edge: crop it).
 */
export interface MarkImage {
  readonly x: number;
  readonly y: number;
  readonly bytes: Uint8Array;
}

export interface SkippedItem {
  readonly nodeId: string;
  readonly name: string;
  readonly reason: SkipReason;
}

export interface SelectionSummary {
  /** Top-level nodes selected. */
  readonly nodes: number;
  /** Usable items that are image fills. */
  readonly images: number;
  /** Usable items that are frames, groups, components or instances (rasterised). */
  readonly frames: number;
  readonly items: readonly SelectionItem[];
  readonly skipped: readonly SkippedItem[];
}

export interface StyleSummary {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly k: number;
  readonly bytes: number;
  /** '#rrggbb' palette entries, most frequent first. */
  readonly palette: readonly string[];
  /** True when a copy is stored in the current document for teammates. */
  readonly inDocument: boolean;
}

export type Placement = 'replace' | 'beside';

// ---------------------------------------------------------------- UI → plugin

export type UiMessage =
  | { readonly type: 'READY' }
  /**
   * Ask for the pixels of the current selection; answered by IMAGE… then IMAGES_DONE.
   * `hints` (colorize): a frame with colour marks over gray art comes as the
   * gray with the marks hidden, plus each mark on its own (IMAGE `marks`).
   */
  | { readonly type: 'READ_SELECTION'; readonly requestId: string; readonly maxSide: number; readonly hints?: boolean }
  /** Write one colorized PNG back. Non-image nodes always get a new layer. */
  | {
      readonly type: 'WRITE_RESULT';
      readonly requestId: string;
      readonly nodeId: string;
      readonly bytes: Uint8Array;
      readonly width: number;
      readonly height: number;
      readonly placement: Placement;
      readonly styleName: string;
    }
  | { readonly type: 'LIST_STYLES'; readonly requestId: string }
  /** Save (or import) a style. `id` present: overwrite that style. */
  | {
      readonly type: 'SAVE_STYLE';
      readonly requestId: string;
      readonly id?: string;
      readonly summary: Omit<StyleSummary, 'id' | 'bytes' | 'inDocument'>;
      readonly bytes: Uint8Array;
      readonly inDocument: boolean;
    }
  | { readonly type: 'LOAD_STYLE'; readonly requestId: string; readonly id: string }
  | { readonly type: 'RENAME_STYLE'; readonly requestId: string; readonly id: string; readonly name: string }
  | { readonly type: 'DELETE_STYLE'; readonly requestId: string; readonly id: string }
  /** Save the palette as paint styles `Hueprint/‹style›/‹nn› ‹hex›` and a variable collection. */
  | { readonly type: 'SAVE_PALETTE'; readonly requestId: string; readonly styleName: string; readonly colors: readonly string[] }
  | { readonly type: 'NOTIFY'; readonly message: string; readonly error: boolean };

// ---------------------------------------------------------------- plugin → UI

export type PluginMessage =
  | { readonly type: 'SELECTION'; readonly summary: SelectionSummary }
  /** One image of a READ_SELECTION, encoded bytes as Figma stores or exports them. */
  | {
      readonly type: 'IMAGE';
      readonly requestId: string;
      readonly index: number;
      readonly total: number;
      readonly item: SelectionItem;
      readonly bytes: Uint8Array;
      /** The item's colour marks, when read with `hints` and it has any; `bytes` is then the art without them. */
      readonly marks?: readonly MarkImage[];
    }
  | { readonly type: 'IMAGES_DONE'; readonly requestId: string; readonly count: number; readonly skipped: readonly SkippedItem[] }
  | {
      readonly type: 'STYLES';
      readonly requestId?: string;
      readonly styles: readonly StyleSummary[];
      readonly bytesUsed: number;
      readonly quotaBytes: number;
    }
  | { readonly type: 'STYLE_BYTES'; readonly requestId: string; readonly id: string; readonly bytes: Uint8Array }
  /**
   * Success of a request that has no other answer; `message` is for the designer.
   * `nodeId`: the node WRITE_RESULT wrote (the original or the new layer).
   * `styleId`: the id SAVE_STYLE stored the style under (RENAME/DELETE echo it).
   * After SAVE/RENAME/DELETE_STYLE a fresh STYLES (without requestId) follows.
   */
  | {
      readonly type: 'DONE';
      readonly requestId: string;
      readonly message: string;
      readonly nodeId?: string;
      readonly styleId?: string;
    }
  | { readonly type: 'ERROR'; readonly requestId?: string; readonly message: string };

export type UiMessageType = UiMessage['type'];
export type PluginMessageType = PluginMessage['type'];
