export { sniffImageType } from './sniffImageType';
export { readImageSize } from './readImageSize';
export { decodeImageBytes } from './decodeImageBytes';
export { readImageFile } from './readImageFile';
export { encodePng } from './encodePng';
export { writePngFile } from './writePngFile';
export { listImageFiles } from './listImageFiles';
