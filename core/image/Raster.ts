import type { GrayImage, LabelMap, Rgba8Image } from '../types';

/** Any of Hueprint's row-major rasters; channels = data.length / (width * height). */
export type Raster = Rgba8Image | GrayImage | LabelMap;
