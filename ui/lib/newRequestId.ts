let counter = 0;

/** A request id unique within this UI session; replies echo it. */
export function newRequestId(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}
