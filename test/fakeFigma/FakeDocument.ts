import type { FakePage } from './FakeNodes';

/** Figma's limit for one plugin data entry (key + value). */
export const PLUGIN_DATA_ENTRY_LIMIT = 100 * 1024;

type UsedDocumentMembers = Pick<
  DocumentNode,
  'type' | 'name' | 'getSharedPluginData' | 'setSharedPluginData' | 'getSharedPluginDataKeys' | 'getPluginData' | 'setPluginData' | 'getPluginDataKeys'
>;

/** `figma.root`: pages and (shared) plugin data with Figma's 100 kB per-entry limit; '' deletes an entry. */
export class FakeDocument implements UsedDocumentMembers {
  readonly type = 'DOCUMENT' as const;
  readonly id = '0:0';
  readonly parent = null;
  name = 'Untitled';
  readonly pages: FakePage[] = [];
  private readonly shared = new Map<string, Map<string, string>>();
  private readonly own = new Map<string, string>();

  get children(): ReadonlyArray<FakePage> {
    return Object.freeze(this.pages.slice());
  }

  getSharedPluginData(namespace: string, key: string): string {
    return this.shared.get(namespace)?.get(key) ?? '';
  }
  setSharedPluginData(namespace: string, key: string, value: string): void {
    if (!/^[A-Za-z0-9_.]{3,}$/.test(namespace)) throw new Error(`Invalid shared plugin data namespace “${namespace}”`);
    setEntry(this.shared.get(namespace) ?? this.shared.set(namespace, new Map()).get(namespace)!, key, value);
  }
  getSharedPluginDataKeys(namespace: string): string[] {
    return [...(this.shared.get(namespace)?.keys() ?? [])];
  }
  getPluginData(key: string): string {
    return this.own.get(key) ?? '';
  }
  setPluginData(key: string, value: string): void {
    setEntry(this.own, key, value);
  }
  getPluginDataKeys(): string[] {
    return [...this.own.keys()];
  }
  /** Total characters stored as shared plugin data in a namespace (tests). */
  sharedSize(namespace: string): number {
    let total = 0;
    for (const [key, value] of this.shared.get(namespace) ?? []) total += key.length + value.length;
    return total;
  }
}

function setEntry(map: Map<string, string>, key: string, value: string): void {
  if (typeof value !== 'string') throw new Error(`Plugin data must be a string, got ${typeof value}`);
  if (key.length + value.length > PLUGIN_DATA_ENTRY_LIMIT) {
    throw new Error(`Plugin data entry “${key}” is ${key.length + value.length} characters; the limit is ${PLUGIN_DATA_ENTRY_LIMIT}`);
  }
  if (value === '') map.delete(key);
  else map.set(key, value);
}
