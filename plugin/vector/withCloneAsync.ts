/**
 * Runs `task` on a temporary clone of `node` and removes the clone
 * afterwards, also when the task fails: the designer's document never keeps it.
 */
export async function withCloneAsync<T>(node: SceneNode, task: (clone: SceneNode) => Promise<T>): Promise<T> {
  const clone = node.clone();
  try {
    return await task(clone);
  } finally {
    if (!clone.removed) clone.remove();
  }
}
