/**
 * 1536 → "1.5 kB"; 1024-based, so figma.clientStorage's 5 MB quota (5 × 2^20 bytes) reads "5 MB". The space
 * before the unit does not break, so a narrow panel never leaves "kB" alone at the start of a line.
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes}\u00a0B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)}\u00a0kB`;
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(2)}\u00a0MB`;
}
