/**
 * valibot schemas for every message of the protocol: the one definition.
 * `parseUiMessage` and `parsePluginMessage` run them on whatever postMessage
 * delivered, and ./messages.ts infers the TypeScript types from them.
 *
 * Every string, array, number and byte payload has a finite limit, so a buggy
 * or hostile peer cannot make the other side allocate or log without bound.
 */
import * as v from 'valibot';
import { MAX_IMAGE_BYTES, MAX_IMAGE_SIDE, MAX_STYLE_BYTES } from './limits';

export { MAX_IMAGE_SIDE };
const MAX_ID = 200;
const MAX_NAME = 500;
const MAX_TEXT = 4000;
const MAX_PALETTE = 256;
const MAX_ITEMS = 10000;
/** Colour marks read from one frame; more are refused by the sandbox with a message. */
export const MAX_COLOUR_MARKS = 64;

/**
 * Cross-realm check: a Uint8Array cloned from the iframe into the sandbox (or
 * from a harness page) may come from another realm, where `instanceof` fails.
 */
export function isUint8Array(value: unknown): value is Uint8Array {
  return Object.prototype.toString.call(value) === '[object Uint8Array]';
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'Array';
  if (typeof value === 'object') {
    const tag = Object.prototype.toString.call(value).slice(8, -1);
    return tag === 'Object' ? 'Object' : tag;
  }
  return typeof value;
}

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));
const side = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000));
const hex = v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'Expected a colour like "#1a2b3c"'));
/**
 * An array whose length is checked before its items: valibot checks every
 * item first, so 100 000 bad colours took 2 s to refuse for being too many.
 */
function boundedArray<TItem extends v.GenericSchema>(item: TItem, max: number, min = 0) {
  return v.pipe(v.array(v.unknown()), v.minLength(min), v.maxLength(max), v.array(item), v.readonly());
}
const palette = boundedArray(hex, MAX_PALETTE, 1);
const bytesUpTo = (max: number, what: string) =>
  v.pipe(
    v.custom<Uint8Array>(isUint8Array, (issue) => `Expected a Uint8Array but received ${describe(issue.input)}`),
    v.check((b) => b.length > 0, 'Expected non-empty bytes but received 0 bytes'),
    v.check(
      (b) => b.length <= max,
      (issue) => `Expected at most ${max} bytes of ${what} but received ${(issue.input as Uint8Array).length}`,
    ),
  );
const imageBytes = bytesUpTo(MAX_IMAGE_BYTES, 'image');
const styleBytes = bytesUpTo(MAX_STYLE_BYTES, 'style');

export const SkipReasonSchema = v.picklist(['hidden', 'empty', 'too-small', 'unsupported-node', 'video-or-gif-fill', 'unreadable']);

/** Shapes of one vector item the plugin lists or the UI colours. */
const MAX_SHAPES = 20000;

export const VectorSummarySchema = v.object({ shapes: count, coloured: count, locked: count, hidden: count, tooSmall: count });

export const SelectionItemSchema = v.object({
  nodeId: id,
  name: text(MAX_NAME),
  kind: v.picklist(['image', 'raster', 'vector']),
  nodeType: text(64),
  width: v.pipe(v.number(), v.finite(), v.minValue(0)),
  height: v.pipe(v.number(), v.finite(), v.minValue(0)),
  colourMarks: v.optional(v.pipe(count, v.minValue(1))),
  marksOutside: v.optional(v.pipe(count, v.minValue(1))),
  vector: v.optional(VectorSummarySchema),
});

const offset = v.pipe(v.number(), v.integer(), v.minValue(-MAX_IMAGE_SIDE * 4), v.maxValue(MAX_IMAGE_SIDE * 4));
export const MarkImageSchema = v.object({ x: offset, y: offset, bytes: imageBytes });

const shapePart = v.picklist(['fill', 'stroke']);
const colourMode = v.picklist(['flat', 'shading']);
const paletteIndex = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_PALETTE - 1));
export const ShapeInfoSchema = v.object({
  nodeId: id,
  part: shapePart,
  level: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(255)),
  hint: v.nullable(hex),
});
/** `colour`: the shape is the twin of one already in colour (the other eye) and takes that hint's exact colour, unbound. */
export const ShapeColourChoiceSchema = v.object({ nodeId: id, part: shapePart, paletteIndex, colour: v.optional(hex) });
const shapeColours = boundedArray(ShapeColourChoiceSchema, MAX_SHAPES);

export const SkippedItemSchema = v.object({ nodeId: id, name: text(MAX_NAME), reason: SkipReasonSchema });

export const SelectionSummarySchema = v.object({
  nodes: count,
  images: count,
  frames: count,
  items: boundedArray(SelectionItemSchema, MAX_ITEMS),
  skipped: boundedArray(SkippedItemSchema, MAX_ITEMS),
});

const styleMeta = {
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'Expected a style name'), v.maxLength(MAX_NAME)),
  createdAt: text(64),
  k: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_PALETTE)),
  palette,
};

export const StyleSummarySchema = v.object({
  id,
  ...styleMeta,
  bytes: count,
  inDocument: v.boolean(),
});

export const PlacementSchema = v.picklist(['replace', 'beside']);

const wholeIn = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
/** The Train tab's settings, remembered in clientStorage between sessions (the UI only saves valid ones). */
export const TrainSettingsSchema = v.object({
  effort: v.picklist(['quick', 'standard', 'thorough', 'custom']),
  k: wholeIn(2, MAX_PALETTE),
  size: wholeIn(8, MAX_IMAGE_SIDE),
  epochs: wholeIn(1, 10_000),
  preset: v.picklist(['fcn', 'seed']),
  seed: wholeIn(0, 2 ** 31 - 1),
});
/** The Colorize tab's choices, remembered like the Train settings: a reload does not put the designer back on Replace fill. */
export const ColorizeSettingsSchema = v.object({
  mode: colourMode,
  placement: PlacementSchema,
  output: v.picklist(['vector', 'raster']),
  bind: v.boolean(),
});
/** Each tab's remembered choices, by name; the sandbox stores each under clientStorage key `hueprint.<name>Settings`. */
export const SETTINGS_SCHEMAS = { train: TrainSettingsSchema, colorize: ColorizeSettingsSchema };

export const UiMessageSchema = v.variant('type', [
  v.object({ type: v.literal('READY') }),
  v.object({
    type: v.literal('READ_SELECTION'),
    requestId: id,
    maxSide: v.pipe(v.number(), v.integer(), v.minValue(8), v.maxValue(MAX_IMAGE_SIDE)),
    hints: v.optional(v.boolean()),
  }),
  v.object({
    type: v.literal('WRITE_RESULT'),
    requestId: id,
    nodeId: id,
    bytes: imageBytes,
    // Not capped at 4096 here: the sandbox answers an oversize result with its own, clearer error.
    width: side,
    height: side,
    placement: PlacementSchema,
    styleName: styleMeta.name,
    /** Names a new layer with the mode ("Art · Style (flat)"). */
    mode: v.optional(colourMode),
    /** false: part of a batch that COMMIT_UNDO ends as one undo step. */
    commit: v.optional(v.boolean()),
    /** The colorize run this write belongs to (RESULTS_UNDONE names it); without one the write is a run of its own. */
    runId: v.optional(id),
  }),
  v.object({ type: v.literal('COMMIT_UNDO') }),
  v.object({ type: v.literal('LIST_STYLES'), requestId: id }),
  v.object({
    type: v.literal('SAVE_STYLE'),
    requestId: id,
    id: v.optional(id),
    summary: v.object(styleMeta),
    bytes: styleBytes,
    inDocument: v.boolean(),
  }),
  v.object({ type: v.literal('LOAD_STYLE'), requestId: id, id }),
  v.object({ type: v.literal('RENAME_STYLE'), requestId: id, id, name: styleMeta.name }),
  v.object({ type: v.literal('DELETE_STYLE'), requestId: id, id }),
  v.object({ type: v.literal('SAVE_PALETTE'), requestId: id, styleName: styleMeta.name, colors: palette }),
  v.object({ type: v.literal('NOTIFY'), message: text(MAX_TEXT), error: v.boolean() }),
  v.object({
    type: v.literal('READ_SHAPES'),
    requestId: id,
    nodeId: id,
    maxSide: v.pipe(v.number(), v.integer(), v.minValue(8), v.maxValue(MAX_IMAGE_SIDE)),
    styleName: styleMeta.name,
    palette,
  }),
  v.object({
    type: v.literal('PREVIEW_SHAPES'),
    requestId: id,
    nodeId: id,
    maxSide: v.pipe(v.number(), v.integer(), v.minValue(8), v.maxValue(MAX_IMAGE_SIDE)),
    mode: colourMode,
    palette,
    colours: shapeColours,
  }),
  v.object({
    type: v.literal('WRITE_SHAPES'),
    requestId: id,
    nodeId: id,
    styleName: styleMeta.name,
    mode: colourMode,
    palette,
    colours: shapeColours,
    bind: v.boolean(),
    runId: v.optional(id),
  }),
  v.object({ type: v.literal('LOAD_SETTINGS'), requestId: id }),
  v.object({ type: v.literal('SAVE_SETTINGS'), train: v.optional(TrainSettingsSchema), colorize: v.optional(ColorizeSettingsSchema) }),
]);

export const PluginMessageSchema = v.variant('type', [
  v.object({ type: v.literal('SELECTION'), summary: SelectionSummarySchema }),
  v.object({
    type: v.literal('IMAGE'),
    requestId: id,
    index: count,
    total: v.pipe(count, v.minValue(1)),
    item: SelectionItemSchema,
    bytes: imageBytes,
    marks: v.optional(v.pipe(v.array(MarkImageSchema), v.maxLength(MAX_COLOUR_MARKS), v.readonly())),
    lossy: v.optional(v.literal(true)),
  }),
  v.object({
    type: v.literal('IMAGES_DONE'),
    requestId: id,
    count,
    skipped: boundedArray(SkippedItemSchema, MAX_ITEMS),
  }),
  v.object({
    type: v.literal('STYLES'),
    requestId: v.optional(id),
    styles: boundedArray(StyleSummarySchema, MAX_ITEMS),
    bytesUsed: count,
    quotaBytes: count,
  }),
  v.object({ type: v.literal('STYLE_BYTES'), requestId: id, id, bytes: styleBytes }),
  v.object({ type: v.literal('SETTINGS'), requestId: id, train: v.nullable(TrainSettingsSchema), colorize: v.nullable(ColorizeSettingsSchema) }),
  v.object({
    type: v.literal('DONE'),
    requestId: id,
    message: text(MAX_TEXT),
    nodeId: v.optional(id),
    styleId: v.optional(id),
  }),
  v.object({ type: v.literal('ERROR'), requestId: v.optional(id), message: text(MAX_TEXT) }),
  v.object({
    type: v.literal('SHAPES'),
    requestId: id,
    nodeId: id,
    gray: imageBytes,
    ids: imageBytes,
    idsUnderOverlays: v.optional(imageBytes),
    idsForTwins: v.optional(imageBytes),
    shapes: boundedArray(ShapeInfoSchema, MAX_SHAPES),
    paletteSaved: v.boolean(),
  }),
  v.object({ type: v.literal('PREVIEW'), requestId: id, bytes: imageBytes }),
  v.object({
    type: v.literal('RESULTS_UNDONE'),
    runId: id,
    undone: count,
    total: v.pipe(count, v.minValue(1)),
  }),
]);
