import { toGrayImage } from '../colour/toGrayImage';
import { padToSquare, resizeAreaAverage } from '../image';
import { alphaOf } from '../image/alphaOf';
import { assignLabels } from '../palette/assignLabels';
import type { ModelConfig, Palette, Rgba8Image } from '../types';
import type { Example } from './Example';

/**
 * The image at the resolution a model learns from, as gray input and labels.
 * fcn: downscaled (area-averaged) so its longer side is at most `maxSide`;
 * the network is fully convolutional, so it learns at the art's own scale.
 * seed: padded to a square with white and resized to S×S, as the original
 * study did, since its dense layers fix the size. `padToSquareWithWhite`
 * pads fcn art the same way (the study's behaviour, as an option).
 */
export function fitForModel(image: Rgba8Image, config: ModelConfig, maxSide: number, padToSquareWithWhite = false): Rgba8Image {
  if (padToSquareWithWhite && image.width !== image.height) image = padToSquare(image);
  if (config.preset === 'seed') {
    const square = image.width === image.height ? image : padToSquare(image);
    return square.width === config.size ? square : resizeAreaAverage(square, config.size, config.size);
  }
  const side = Math.max(image.width, image.height);
  if (side <= maxSide) return image;
  const scale = maxSide / side;
  return resizeAreaAverage(image, Math.max(1, Math.round(image.width * scale)), Math.max(1, Math.round(image.height * scale)));
}

/** Gray input (composited on white), palette labels (-1 where transparent) and, for art with transparency, its alpha. */
export function prepareExample(image: Rgba8Image, palette: Palette): Example {
  const alpha = alphaOf(image);
  return { gray: toGrayImage(image), labels: assignLabels(image, palette), ...(alpha ? { alpha } : {}) };
}
