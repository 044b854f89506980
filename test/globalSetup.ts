import bundleTfjsForNode from '../scripts/bundleTfjsForNode.js';

/** Build the single tfjs bundle the tests' aliases point at (about a second). */
export default async function setup(): Promise<void> {
  await bundleTfjsForNode();
}
