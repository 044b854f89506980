import { cloneValue, deepFreeze } from './cloneValue';
import type { FakeVariablesRegistry } from './FakeVariables';

/**
 * `figma.variables.setBoundVariableForPaint` as Figma behaves: the paint is
 * not changed; a copy comes back whose `boundVariables.color` aliases the
 * variable and whose colour is the variable's value (its collection's default
 * mode). `null` unbinds. Only SOLID paints, the 'color' field and COLOR
 * variables are accepted.
 */
export function bindPaintToVariable(
  paint: SolidPaint,
  field: VariableBindablePaintField,
  variable: Variable | null,
  registry: FakeVariablesRegistry,
): SolidPaint {
  if (paint?.type !== 'SOLID') throw new Error('setBoundVariableForPaint: only SOLID paints can be bound');
  if (field !== 'color') throw new Error(`setBoundVariableForPaint: cannot bind the field “${String(field)}”`);
  const copy = cloneValue(paint as SolidPaint, 'setBoundVariableForPaint') as { -readonly [K in keyof SolidPaint]: SolidPaint[K] };
  if (variable === null) {
    delete copy.boundVariables;
    return deepFreeze(copy);
  }
  const known = registry.variables.find((v) => v.id === variable.id);
  if (!known) throw new Error(`setBoundVariableForPaint: variable ${variable.id} not found`);
  if (known.resolvedType !== 'COLOR') throw new Error(`setBoundVariableForPaint: ${known.name} is a ${known.resolvedType} variable, not COLOR`);
  const collection = registry.collections.find((c) => c.id === known.variableCollectionId);
  const value = collection ? (known.valuesByMode[collection.defaultModeId] as RGB | RGBA | undefined) : undefined;
  if (value !== undefined && typeof value === 'object' && 'r' in value) copy.color = { r: value.r, g: value.g, b: value.b };
  copy.boundVariables = { color: { type: 'VARIABLE_ALIAS', id: known.id } };
  return deepFreeze(copy);
}
