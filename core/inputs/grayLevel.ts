/** Gray in [0, 1] → level 0–255, the row of the prior and lookup tables a pixel reads. */
export function grayLevel(gray: number): number {
  const level = Math.round(gray * 255);
  return level < 0 ? 0 : Math.min(level, 255);
}
