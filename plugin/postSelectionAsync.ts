import { classifySelectionAsync } from './classifySelectionAsync';
import { getFigma } from './figmaHost';
import type { PluginState } from './PluginState';
import { postToUi } from './postToUi';

/** Sends SELECTION for the current selection, unless the selection changed again while it was being read. */
export async function postSelectionAsync(state: PluginState): Promise<void> {
  const version = ++state.selectionVersion;
  const { summary } = await classifySelectionAsync(getFigma().currentPage.selection, state.imageKinds);
  if (version === state.selectionVersion) postToUi({ type: 'SELECTION', summary });
}
