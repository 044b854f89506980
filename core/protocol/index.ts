export type * from './messages';
export { ProtocolError } from './ProtocolError';
export { parseUiMessage } from './parseUiMessage';
export { parsePluginMessage } from './parsePluginMessage';
export { isUint8Array } from './schemas';
export { CLIENT_STORAGE_QUOTA_BYTES, MAX_IMAGE_BYTES, MAX_IMAGE_SIDE, MAX_STYLE_BYTES, MIN_NODE_SIDE } from './limits';
export { SKIP_REASON_TEXT } from './skipReasonText';
