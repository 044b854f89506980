export type { DistinctColors, KMeansResult, ExtractPaletteOptions } from './paletteTypes';
export { distinctColors } from './distinctColors';
export { binColors } from './binColors';
export { kMeansPlusPlus } from './kMeansPlusPlus';
export { kMeansLab } from './kMeansLab';
export { extractPalette } from './extractPalette';
export { nearestPaletteIndex } from './nearestPaletteIndex';
export { assignLabels } from './assignLabels';
export { paletteInertia } from './paletteInertia';
