/**
 * Per palette colour, the best kinship any hinted colour gives it (the table is the style's own, K × K: see loadStyle),
 * or none when the hinted colours vouch for nothing (all neutral, see hintKinship).
 */
export function hintedPull(kinship: Float32Array, hinted: Int32Array, k: number): Float64Array | undefined {
  const pull = new Float64Array(k);
  let vouched = false;
  for (const h of hinted) {
    for (let j = 0; j < k; j++) {
      const v = kinship[h * k + j];
      if (v > pull[j]) pull[j] = v;
      if (v > 0) vouched = true;
    }
  }
  return vouched ? pull : undefined;
}
