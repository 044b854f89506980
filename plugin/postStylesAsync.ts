import { postToUi } from './postToUi';
import { listStylesAsync } from './styles/listStylesAsync';

/** Sends STYLES: as the answer to LIST_STYLES (with its requestId) or unasked after a change. */
export async function postStylesAsync(requestId?: string): Promise<void> {
  const list = await listStylesAsync();
  postToUi({ type: 'STYLES', requestId, ...list });
}
