export type * from './messages';
export { ProtocolError } from './ProtocolError';
export { parseUiMessage } from './parseUiMessage';
export { parsePluginMessage } from './parsePluginMessage';
export { isUint8Array, MAX_IMAGE_SIDE } from './schemas';
