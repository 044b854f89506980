import type { NamedWeight } from '../model/NamedWeight';
import { displaySafeName } from '../style/displaySafeName';
import { MAX_STYLE_NAME } from '../style/styleHeaderSchema';
import { STYLE_FORMAT, STYLE_VERSION, type StyleFile, type TrainingReport } from '../style/StyleFile';
import type { ModelConfig, Palette } from '../types';

export interface StyleParts {
  readonly name?: string;
  readonly palette: Palette;
  readonly config: ModelConfig;
  readonly weights: NamedWeight[];
  readonly lookup: Int32Array;
  readonly training: TrainingReport;
}

/** A style file from what a training run made. */
export function assembleStyle({ name, palette, config, weights, lookup, training }: StyleParts): StyleFile {
  return {
    format: STYLE_FORMAT,
    version: STYLE_VERSION,
    name: displaySafeName(name ?? '').slice(0, MAX_STYLE_NAME),
    createdAt: new Date().toISOString(),
    palette,
    model: config,
    weights,
    lookup,
    training,
  };
}
