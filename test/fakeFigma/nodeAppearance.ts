/**
 * How a fake node looks beyond position, size and paints: compositing
 * (opacity, blend mode, effects, masks), strokes and the geometry of each
 * shape type. Part of `NodeState`, so undo snapshots copy it whole; values
 * are frozen and replaced, never changed in place.
 */
export interface NodeAppearance {
  locked: boolean;
  opacity: number;
  blendMode: BlendMode;
  effects: ReadonlyArray<Effect>;
  /** A mask layer clips the siblings above it (later in `children`) within its parent. */
  isMask: boolean;
  maskType: MaskType;
  /** Frames, components and instances clip their children to their box. */
  clipsContent: boolean;
  strokeWeight: number;
  strokeAlign: 'CENTER' | 'INSIDE' | 'OUTSIDE';
  /** VECTOR: paths in the node's own coordinates. */
  vectorPaths: VectorPaths;
  /** RECTANGLE, FRAME…: one radius for every corner. */
  cornerRadius: number;
  /** POLYGON and STAR. */
  pointCount: number;
  /** STAR: inner radius as a share of the outer one. */
  innerRadius: number;
  /** BOOLEAN_OPERATION. */
  booleanOperation: 'UNION' | 'INTERSECT' | 'SUBTRACT' | 'EXCLUDE';
  /** TEXT: one run of text in one font size; the fake has no per-range styles. */
  characters: string;
  fontSize: number;
}

const FRAME_LIKE = new Set(['FRAME', 'COMPONENT', 'COMPONENT_SET', 'INSTANCE', 'SECTION']);

export function defaultAppearance(type: string): NodeAppearance {
  return {
    locked: false,
    opacity: 1,
    blendMode: type === 'GROUP' || type === 'BOOLEAN_OPERATION' || FRAME_LIKE.has(type) ? 'PASS_THROUGH' : 'NORMAL',
    effects: Object.freeze([]),
    isMask: false,
    maskType: 'ALPHA',
    clipsContent: FRAME_LIKE.has(type),
    strokeWeight: 1,
    strokeAlign: type === 'VECTOR' || type === 'LINE' ? 'CENTER' : 'INSIDE',
    vectorPaths: Object.freeze([]),
    cornerRadius: 0,
    pointCount: type === 'STAR' ? 5 : 3,
    innerRadius: 0.38,
    booleanOperation: 'UNION',
    characters: '',
    fontSize: 12,
  };
}

/** FRAME, COMPONENT, COMPONENT_SET, INSTANCE, SECTION: containers with their own coordinate space, box and paints. */
export function isFrameLike(type: string): boolean {
  return FRAME_LIKE.has(type);
}
