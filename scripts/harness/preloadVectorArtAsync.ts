import type { FakeFigma } from '../../test/fakeFigma/index';
import { importSvg } from '../../test/fakeFigma/importSvg';

export interface VectorArtNode {
  readonly id: string;
  readonly name: string;
  readonly kind: 'vector-colour' | 'vector-gray';
}

/** Per set: colour drawings to train on and gray ones to colorize. */
const COLOUR_PER_SET = 6;
const GRAY_PER_SET = 2;
const CELL = 150;

/**
 * Vector illustrations from ../shared/art/toonhead-one and toonhead-cast as
 * layers (frames of groups and vectors): colour originals of the sets'
 * training drawings, and gray versions (0.21 R + 0.72 G + 0.07 B) of their
 * test drawings, in two rows from `top`. Nothing when the server has no art.
 */
export async function preloadVectorArtAsync(fake: FakeFigma, top: number): Promise<VectorArtNode[]> {
  const sets: Record<string, { train: string[]; test: string[] }> = await (await fetch('/toons/index.json')).json();
  const nodes: VectorArtNode[] = [];
  let row = 0;
  for (const [set, { train, test }] of Object.entries(sets)) {
    const short = set.replace('toonhead-', '');
    const picks = [
      ...train.slice(0, COLOUR_PER_SET).map((file) => ({ file, gray: false })),
      ...test.slice(0, GRAY_PER_SET).map((file) => ({ file, gray: true })),
    ];
    for (const [column, { file, gray }] of picks.entries()) {
      const svg = await (await fetch(`/toons/${set}/${file}`)).text();
      const name = `${gray ? 'Gray' : 'Colour'} toon ${short} ${file.replace('.svg', '')}`;
      // Gray drawings sit one cell apart, so "New layer beside it" results have room.
      const x = gray ? (COLOUR_PER_SET + (column - COLOUR_PER_SET) * 2) * CELL : column * CELL;
      const frame = importSvg(fake, svg, { name, gray, x, y: top + row * (CELL + 24) });
      nodes.push({ id: frame.id, name, kind: gray ? 'vector-gray' : 'vector-colour' });
    }
    row++;
  }
  return nodes;
}
