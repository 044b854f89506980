import type { FakeSceneNode } from './FakeNodes';

/** Pixels per canvas unit that an export's constraint asks for (Figma's default is 1x). */
export function exportScale(node: FakeSceneNode, settings: ExportSettingsImage | undefined): number {
  const constraint = settings?.constraint;
  if (constraint === undefined) return 1;
  const scale = constraint.type === 'SCALE' ? constraint.value : constraint.type === 'WIDTH' ? constraint.value / node.width : constraint.value / node.height;
  if (!(scale > 0 && Number.isFinite(scale))) throw new Error(`exportAsync: invalid ${constraint.type} constraint ${constraint.value}`);
  return scale;
}
