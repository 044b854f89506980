import { readInputFileAsync } from '../io/readInputFileAsync';
import type { LoadedStyle } from '../../core/colorize/loadStyle';
import type { StyleFile } from '../../core/style/StyleFile';
import type { ColorizeMode } from '../../core/types';
import { colorizeSvgAsync } from './colorizeSvgAsync';
import { svgText } from './svgText';
import { writeSvgFile } from './writeSvgFile';

export interface ColorizedSvgFile {
  readonly width: number;
  readonly height: number;
  readonly shapes: number;
  readonly recoloured: number;
  readonly hints: number;
  readonly unseen: number;
}

/** `hueprint colorize` for one SVG: reads it, recolours its shapes (see colorizeSvgAsync), writes `output`. */
export async function colorizeSvgFileAsync(
  style: StyleFile | LoadedStyle,
  input: string,
  output: string,
  mode: ColorizeMode,
  overwrite = false,
): Promise<ColorizedSvgFile> {
  const bytes = await readInputFileAsync(input);
  const result = await colorizeSvgAsync(style, svgText(bytes, input), { mode, label: input });
  await writeSvgFile(output, result.svg, { overwrite });
  return {
    width: result.shapeMap.width,
    height: result.shapeMap.height,
    shapes: result.slots.length,
    recoloured: result.recoloured,
    hints: result.hints,
    unseen: result.unseen,
  };
}
