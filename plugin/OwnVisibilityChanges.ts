/**
 * How long after Hueprint hides and re-shows layers their `nodechange` events
 * count as its own. Figma delivers the events later, batched.
 */
const WINDOW_MS = 2000;

/**
 * Layers whose visibility Hueprint toggled to read colour marks apart. Their
 * `nodechange` events are not the designer's edits, so they must not refresh
 * the preview (which would read the marks again, and again).
 */
export class OwnVisibilityChanges {
  private readonly until = new Map<string, number>();

  record(ids: readonly string[]): void {
    const expiry = Date.now() + WINDOW_MS;
    for (const id of ids) this.until.set(id, expiry);
  }

  /** True when `change` is only a visibility change Hueprint itself made just now. */
  explains(change: NodeChange): boolean {
    const expiry = this.until.get(change.id);
    if (expiry === undefined) return false;
    if (expiry < Date.now()) {
      this.until.delete(change.id);
      return false;
    }
    return change.type === 'PROPERTY_CHANGE' && change.properties.every((property) => property === 'visible');
  }
}
