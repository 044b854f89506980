import { cloneValue, deepFreeze } from './cloneValue';

type UsedCollectionMembers = Pick<VariableCollection, 'id' | 'name' | 'modes' | 'defaultModeId' | 'variableIds' | 'remove' | 'addMode'>;
type UsedVariableMembers = Pick<
  Variable,
  'id' | 'name' | 'description' | 'resolvedType' | 'variableCollectionId' | 'valuesByMode' | 'setValueForMode' | 'remove'
>;

export class FakeVariableCollection implements UsedCollectionMembers {
  name: string;
  removed = false;
  private readonly modeList: { modeId: string; name: string }[];

  constructor(
    readonly id: string,
    name: string,
    private readonly registry: FakeVariablesRegistry,
  ) {
    this.name = name;
    this.modeList = [{ modeId: `${id}:mode:0`, name: 'Mode 1' }];
  }

  get modes(): Array<{ modeId: string; name: string }> {
    return this.modeList.map((m) => ({ ...m }));
  }
  get defaultModeId(): string {
    return this.modeList[0].modeId;
  }
  get variableIds(): string[] {
    return this.registry.variables.filter((v) => v.variableCollectionId === this.id).map((v) => v.id);
  }
  addMode(name: string): string {
    const modeId = `${this.id}:mode:${this.modeList.length}`;
    this.modeList.push({ modeId, name });
    return modeId;
  }
  remove(): void {
    this.removed = true;
    this.registry.variables
      .filter((v) => v.variableCollectionId === this.id)
      .forEach((v) => {
        v.remove();
      });
    this.registry.collections = this.registry.collections.filter((c) => c !== this);
  }
}

export class FakeVariable implements UsedVariableMembers {
  description = '';
  removed = false;
  private nameValue: string;
  private readonly values = new Map<string, VariableValue>();

  constructor(
    readonly id: string,
    name: string,
    readonly resolvedType: VariableResolvedDataType,
    readonly variableCollectionId: string,
    private readonly registry: FakeVariablesRegistry,
  ) {
    this.nameValue = name;
  }

  get name(): string {
    return this.nameValue;
  }
  set name(value: string) {
    this.registry.checkName(value, this.variableCollectionId, this);
    this.nameValue = value;
  }
  get valuesByMode(): { [modeId: string]: VariableValue } {
    const out: { [modeId: string]: VariableValue } = {};
    for (const [mode, value] of this.values) out[mode] = value;
    return out;
  }

  setValueForMode(modeId: string, newValue: VariableValue): void {
    if (this.removed) throw new Error('The variable has been removed');
    const collection = this.registry.collections.find((c) => c.id === this.variableCollectionId);
    if (!collection?.modes.some((m) => m.modeId === modeId)) throw new Error(`Invalid mode id ${modeId}`);
    if (this.resolvedType === 'COLOR') {
      const c = newValue as RGBA;
      const ok = [c?.r, c?.g, c?.b].every((x) => typeof x === 'number' && x >= 0 && x <= 1);
      if (!ok) throw new Error(`Expected a colour {r, g, b} in 0..1 for a COLOR variable, got ${JSON.stringify(newValue)}`);
    }
    this.values.set(modeId, deepFreeze(cloneValue(newValue, 'setValueForMode')));
  }

  remove(): void {
    this.removed = true;
    this.registry.variables = this.registry.variables.filter((v) => v !== this);
  }
}

/** Shared by the fake `figma.variables`, its collections and variables. */
export class FakeVariablesRegistry {
  collections: FakeVariableCollection[] = [];
  variables: FakeVariable[] = [];

  /** Figma refuses duplicate names in a collection and the characters . { } in names. */
  checkName(name: string, collectionId: string, self: FakeVariable | null): void {
    if (name.trim() === '' || /[.{}]/.test(name)) throw new Error(`Invalid variable name “${name}”`);
    if (this.variables.some((v) => v !== self && v.variableCollectionId === collectionId && v.name === name)) {
      throw new Error(`A variable named “${name}” already exists in this collection`);
    }
  }
}
