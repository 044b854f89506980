import { parseStyle, type StyleFile } from '../../core/index';
import { newRequestId } from './newRequestId';
import { requestAsync } from './requestAsync';

export interface LoadedStyle {
  readonly style: StyleFile;
  readonly bytes: Uint8Array;
}

/** Fetches a saved style's bytes from the plugin (LOAD_STYLE → STYLE_BYTES) and parses them. */
export async function loadStyleAsync(id: string): Promise<LoadedStyle> {
  const reply = await requestAsync({ type: 'LOAD_STYLE', requestId: newRequestId('load'), id }, ['STYLE_BYTES']);
  return { style: parseStyle(reply.bytes), bytes: reply.bytes };
}
