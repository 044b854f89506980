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
 * - WRITE_RESULT: write one colorized PNG back. Non-image nodes always get a new layer, placed where
 *   no earlier result lies. `commit: false` leaves the undo step open for the rest of a batch.
 *   `runId` (also on WRITE_SHAPES): the colorize run the write belongs to; the sandbox watches the
 *   last run's results and sends RESULTS_UNDONE when they are undone.
 * - COMMIT_UNDO: ends a batch of writes as one undo step; when any result went on a new layer, the batch's
 *   results become the selection (a WRITE_RESULT without `commit: false` does the same for its own result).
 * - LIST_STYLES, LOAD_STYLE (→ STYLE_BYTES), SAVE_STYLE (`id` present: overwrite that style),
 *   RENAME_STYLE, DELETE_STYLE.
 * - SAVE_PALETTE: paint styles `Hueprint/‹style›/‹nn› ‹hex›` and a variable collection.
 * - NOTIFY: a figma.notify toast.
 * - READ_SHAPES (vector art): the item's gray art and its shape map (a clone with every
 *   shape in its ID colour), both PNG at the same scale; answered by SHAPES.
 *   `styleName`/`palette` only let the answer say whether the palette is saved as variables.
 * - PREVIEW_SHAPES: render a recoloured copy of the item (the original is untouched); answered by PREVIEW.
 * - WRITE_SHAPES: recolour the item's shapes in place as one undo step; `bind`: bind solid
 *   paints to the palette's colour variables. Answered by DONE.
 * - LOAD_SETTINGS (→ SETTINGS), SAVE_SETTINGS: the Train and Colorize tabs' choices, remembered in clientStorage
 *   (SAVE_SETTINGS stores the sets it carries).
 *
 * plugin → UI:
 * - SELECTION: unasked, on every selection change.
 * - IMAGE: one image of a READ_SELECTION, encoded bytes as Figma stores or exports them.
 *   `image`: an image fill read by its bytes (full resolution, as stored);
 *   `raster`: exported as PNG (longest side at most READ_SELECTION's `maxSide`).
 *   `width`/`height` are the node's size on the canvas; decode the bytes for their pixel size.
 *   `colourMarks` (on an item): colour marks found over gray art in this frame or group
 *   (present when there are any), which colorize reads as hints; `marksOutside`: its colour
 *   marks that lie wholly outside the art, which give no hint (present when there are any).
 *   `marks`: the item's colour marks, when read with `hints` and it has any; `bytes` is then the art without them.
 *   `lossy`: read with `hints`, an export (PNG) that shows a lossy image fill (JPEG, lossy WebP): its
 *   pixels carry that image's compression ringing, so its hints are read as a JPEG's (core's splitHints).
 * - STYLES: the saved styles; with a requestId when it answers LIST_STYLES, without after
 *   SAVE/RENAME/DELETE_STYLE changed them (the only STYLES such a change causes).
 * - SETTINGS: the remembered choices of each tab (a tab's is null when none, or none valid).
 * - DONE: success of a request that has no other answer; `message` is for the designer.
 *   `nodeId`: the node WRITE_RESULT wrote (the original or the new layer).
 *   `styleId`: the id SAVE_STYLE stored the style under (RENAME/DELETE echo it).
 * - SHAPES: the answer to READ_SHAPES. `gray` and `ids` are PNGs of the same size; `ids` shows
 *   shape i in shapeIdColour(i, shapes.length), nothing elsewhere (nor under a translucent
 *   overlay). `idsUnderOverlays`, for art with overlays: the same with them see-through.
 *   `idsForTwins`, for art with a shape in colour read smaller than TWIN_MAP_SIDE: `ids` drawn
 *   larger, the map twins are told by (see colorizeShapes' twinMap).
 *   `paletteSaved`: the palette exists as the style's colour variables.
 * - PREVIEW: the recoloured copy of PREVIEW_SHAPES, PNG.
 * - RESULTS_UNDONE: unasked, when the number of the last run's layers whose results are gone
 *   changes: `undone` of `total` are back as they were (fill restored, new layer removed: an undo,
 *   or the designer's own edit). 0 again after a redo.
 * - ERROR: a request failed (with its requestId) or something failed unasked; `message` is for the designer.
 */
import type * as v from 'valibot';
import type {
  ColorizeSettingsSchema,
  MarkImageSchema,
  PlacementSchema,
  ShapeColourChoiceSchema,
  ShapeInfoSchema,
  PluginMessageSchema,
  SelectionItemSchema,
  SelectionSummarySchema,
  SkippedItemSchema,
  SkipReasonSchema,
  StyleSummarySchema,
  TrainSettingsSchema,
  UiMessageSchema,
  VectorSummarySchema,
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
/**
 * The leaf shapes of a `vector` item: shapes Hueprint recolours (a shape's
 * fills and its strokes count separately), shapes already in colour (kept
 * exactly; they are hints), and shapes left alone with the reason.
 */
export type VectorSummary = Readonly<v.InferOutput<typeof VectorSummarySchema>>;
/**
 * One shape of a SHAPES reply; its index in `shapes` is its ID colour's index.
 * `level`: its own colour's gray level 0–255 (0.21 R + 0.72 G + 0.07 B);
 * `hint`: '#rrggbb' when it already has colour (kept, and it steers the rest).
 */
export type ShapeInfo = Readonly<v.InferOutput<typeof ShapeInfoSchema>>;
/** Which paints of a leaf shape: its fills or its strokes. */
export type ShapePart = ShapeInfo['part'];
export type ShapeRef = Pick<ShapeInfo, 'nodeId' | 'part'>;
/** A shape's new colour: `paletteIndex` into the palette sent with the request. */
export type ShapeColourChoice = Readonly<v.InferOutput<typeof ShapeColourChoiceSchema>>;
export type StoredTrainSettings = Readonly<v.InferOutput<typeof TrainSettingsSchema>>;
export type ColorizeSettings = Readonly<v.InferOutput<typeof ColorizeSettingsSchema>>;
/** Each tab's remembered choices (SETTINGS_SCHEMAS), null when none or none valid. */
export type RememberedSettings = Omit<Extract<PluginMessage, { type: 'SETTINGS' }>, 'type' | 'requestId'>;

export type UiMessage = v.InferOutput<typeof UiMessageSchema>;
export type PluginMessage = v.InferOutput<typeof PluginMessageSchema>;
export type UiMessageType = UiMessage['type'];
export type PluginMessageType = PluginMessage['type'];
