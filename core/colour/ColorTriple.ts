/** Somewhere to write three numbers (X,Y,Z or L,a,b or R,G,B) without allocating. */
export type ColorTriple = Float64Array | Float32Array | number[];
