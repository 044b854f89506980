import { cloneValue, deepFreeze } from './cloneValue';

type UsedPaintStyleMembers = Pick<PaintStyle, 'id' | 'type' | 'name' | 'description' | 'paints' | 'remove'>;

/** A local paint style. `paints` is frozen, like Figma's. */
export class FakePaintStyle implements UsedPaintStyleMembers {
  readonly type = 'PAINT' as const;
  name = '';
  description = '';
  removed = false;
  private current: ReadonlyArray<Paint> = Object.freeze([]);

  constructor(
    readonly id: string,
    private readonly onRemove: (style: FakePaintStyle) => void,
  ) {}

  get paints(): ReadonlyArray<Paint> {
    return this.current;
  }
  set paints(value: ReadonlyArray<Paint>) {
    if (this.removed) throw new Error('The style has been removed');
    if (!Array.isArray(value)) throw new Error('paints: expected an array');
    this.current = deepFreeze(cloneValue(value as Paint[], 'PaintStyle.paints'));
  }

  remove(): void {
    this.removed = true;
    this.onRemove(this);
  }
}
