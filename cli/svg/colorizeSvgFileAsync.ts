import { readFile } from 'node:fs/promises';
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
export async function colorizeSvgFileAsync(style: StyleFile, input: string, output: string, mode: ColorizeMode, overwrite = false): Promise<ColorizedSvgFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(input);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`${input} does not exist; check the path and try again.`);
    throw new Error(`${input} cannot be read: ${(error as Error).message}`);
  }
  const result = await colorizeSvgAsync(style, svgText(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), input), { mode, label: input });
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
