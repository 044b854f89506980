import { MAX_IMAGE_SIDE } from './limits';

/** Throws a clear RangeError unless width×height is a valid image size for a resize target. */
export function checkTargetSize(caller: string, width: number, height: number): void {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`${caller}: the target size ${width}×${height} must be whole pixels, at least 1×1.`);
  }
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) {
    throw new RangeError(`${caller}: the target size ${width}×${height} is over ${MAX_IMAGE_SIDE} px a side.`);
  }
}
