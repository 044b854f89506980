export type { ShapeMap, ShapeHints, ShapeColours } from './ShapeMap';
export { colorizeShapes, type ColorizeShapesOptions } from './colorizeShapes';
export type { ShapePooling } from './chooseShapeColours';
export { shadedColour } from '../colorize/shadedColour';
