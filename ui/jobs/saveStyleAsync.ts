import { serializeStyle, summarizeStyle, type StyleFile } from '../../core/index';
import { newRequestId } from '../lib/newRequestId';
import { requestAsync } from '../lib/requestAsync';

/**
 * Stores a style in the plugin (SAVE_STYLE); resolves with the plugin's DONE
 * (its `styleId` is the saved style's id). `bytes`: the style's file as it
 * is, when there is one (an import), else it is serialized here.
 */
export async function saveStyleAsync(style: StyleFile, options: { inDocument: boolean; bytes?: Uint8Array }) {
  const { name, createdAt, k, palette } = summarizeStyle(style);
  return requestAsync(
    {
      type: 'SAVE_STYLE',
      requestId: newRequestId('save'),
      summary: { name, createdAt, k, palette },
      bytes: options.bytes ?? serializeStyle(style),
      inDocument: options.inDocument,
    },
    ['DONE'],
  );
}
