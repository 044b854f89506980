/** Gray levels (of 255) from a part's first pixel within which its pixels count as one flat part (see forEachFlatPart). */
export const FLAT_PART_LEVELS = 2;
/** Fewest pixels of a flat part: smaller runs of one gray are antialiasing and specks. */
export const FLAT_PART_PIXELS = 8;
/**
 * Fewest interior pixels (all 4 neighbours in it) of a region that is a fill of its own, not speckle or a thin band: a
 * 7 × 7 block's inside. A region of one decided colour this big keeps its colour against its flat part's majority (see
 * voteFlatParts); a part released from a hint this big is decided again without the hint's pull (see hintOwners).
 */
export const REGION_INTERIOR = 25;
