/** A readable message from anything thrown: the one error-to-text idiom of core, plugin, UI and CLI. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
