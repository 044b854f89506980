/** Gray levels (of 255) from a part's first pixel within which its pixels count as one flat part (see forEachFlatPart). */
export const FLAT_PART_LEVELS = 2;
/** Fewest pixels of a flat part: smaller runs of one gray are antialiasing and specks. */
export const FLAT_PART_PIXELS = 8;
