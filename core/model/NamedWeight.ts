/** One trained tensor, as stored in a style file: plain data, no tfjs. */
export interface NamedWeight {
  readonly name: string;
  readonly shape: readonly number[];
  readonly data: Float32Array;
}
