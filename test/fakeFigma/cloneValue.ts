/**
 * What Figma's postMessage and clientStorage do to a value, minus what the
 * fake does not need: plain objects, arrays, primitives and Uint8Array are
 * copied; anything else (functions, class instances, other typed arrays)
 * throws, as a structured clone into the sandbox would lose or refuse them.
 */
export function cloneValue<T>(value: T, where: string): T {
  return clone(value, where, 'value') as T;
}

export function isUint8Array(value: unknown): value is Uint8Array {
  return Object.prototype.toString.call(value) === '[object Uint8Array]';
}

function clone(value: unknown, where: string, path: string): unknown {
  if (value === null || value === undefined) return value;
  const t = typeof value;
  if (t === 'string' || t === 'number' || t === 'boolean') return value;
  if (isUint8Array(value)) return value.slice();
  if (Array.isArray(value)) return value.map((v, i) => clone(v, where, `${path}[${i}]`));
  if (t === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto === Object.prototype || proto === null) {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value as object)) {
        out[key] = clone((value as Record<string, unknown>)[key], where, `${path}.${key}`);
      }
      return out;
    }
  }
  throw new Error(`${where}: cannot clone ${path} (${Object.prototype.toString.call(value)})`);
}

/** Freezes a value and everything inside it, as Figma does with `fills`, `paints`… */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value) && !isUint8Array(value)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}
