/**
 * The one message protocol between the Figma sandbox (`plugin/`) and the UI
 * iframe (`ui/`). Both sides import these types, and both validate what they
 * receive with `parsePluginMessage` / `parseUiMessage` (see ./parse*.ts):
 * a malformed message is answered with an ERROR, never a crash.
 *
 * The types are inferred from the valibot schemas in ./schemas.ts, so the
 * runtime check and the compile-time type cannot drift apart.
 *
 * Images travel one per message as `Uint8Array` (encoded PNG/JPEG bytes),
 * since postMessage clones typed arrays cheaply and Figma caps message size.
 * Every request carries a `requestId` that its replies echo.
 *
 * UI → plugin:
 * - READY: the UI has loaded; answered by one SELECTION and one STYLES.
 * - READ_SELECTION: the pixels of the current selection; answered by IMAGE… then IMAGES_DONE.
 *   `hints` (colorize): a frame with colour marks over gray art comes as the
 *   gray with the marks hidden, plus each mark on its own (IMAGE `marks`).
 * - WRITE_RESULT: write one colorized PNG back. Non-image nodes always get a new layer.
 * - LIST_STYLES, LOAD_STYLE (→ STYLE_BYTES), SAVE_STYLE (`id` present: overwrite that style),
 *   RENAME_STYLE, DELETE_STYLE.
 * - SAVE_PALETTE: paint styles `Hueprint/‹style›/‹nn› ‹hex›` and a variable collection.
 * - NOTIFY: a figma.notify toast.
 *
 * plugin → UI:
 * - SELECTION: unasked, on every selection change.
 * - IMAGE: one image of a READ_SELECTION, encoded bytes as Figma stores or exports them.
 *   `image`: an image fill read by its bytes (full resolution, as stored);
 *   `raster`: exported as PNG (longest side at most READ_SELECTION's `maxSide`).
 *   `width`/`height` are the node's size on the canvas; decode the bytes for their pixel size.
 *   `colourMarks` (on an item): colour marks found over gray art in this frame or group
 *   (present when there are any), which colorize reads as hints.
 *   `marks`: the item's colour marks, when read with `hints` and it has any; `bytes` is then the art without them.
 * - STYLES: the saved styles; with a requestId when it answers LIST_STYLES, without after
 *   SAVE/RENAME/DELETE_STYLE changed them (the only STYLES such a change causes).
 * - DONE: success of a request that has no other answer; `message` is for the designer.
 *   `nodeId`: the node WRITE_RESULT wrote (the original or the new layer).
 *   `styleId`: the id SAVE_STYLE stored the style under (RENAME/DELETE echo it).
 * - ERROR: a request failed (with its requestId) or something failed unasked; `message` is for the designer.
 */
import type * as v from 'valibot';
import type {
  MarkImageSchema,
  PlacementSchema,
  PluginMessageSchema,
  SelectionItemSchema,
  SelectionSummarySchema,
  SkippedItemSchema,
  SkipReasonSchema,
  StyleSummarySchema,
  UiMessageSchema,
} from './schemas';

/** Why a selected node cannot be used (words: ./skipReasonText.ts). */
export type SkipReason = v.InferOutput<typeof SkipReasonSchema>;
export type ItemKind = SelectionItem['kind'];
/** One usable node of the selection. */
export type SelectionItem = Readonly<v.InferOutput<typeof SelectionItemSchema>>;
/**
 * One colour mark of an IMAGE read with `hints`: the mark exported on its own
 * (transparent around it) at the item's scale, and where its top-left pixel
 * falls in the item's image (may be negative or past the edge: crop it).
 */
export type MarkImage = Readonly<v.InferOutput<typeof MarkImageSchema>>;
export type SkippedItem = Readonly<v.InferOutput<typeof SkippedItemSchema>>;
/** `nodes`: top-level nodes selected; `images`: usable image fills; `frames`: usable frames, groups, components… (rasterised). */
export type SelectionSummary = Readonly<v.InferOutput<typeof SelectionSummarySchema>>;
/** `palette`: '#rrggbb' entries, most frequent first; `inDocument`: a copy is stored in the document for teammates. */
export type StyleSummary = Readonly<v.InferOutput<typeof StyleSummarySchema>>;
export type Placement = v.InferOutput<typeof PlacementSchema>;

export type UiMessage = v.InferOutput<typeof UiMessageSchema>;
export type PluginMessage = v.InferOutput<typeof PluginMessageSchema>;
export type UiMessageType = UiMessage['type'];
export type PluginMessageType = PluginMessage['type'];
