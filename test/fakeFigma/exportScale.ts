/** Pixels per canvas unit that an export's constraint asks for (Figma's default is 1x), for an export of `box`. */
export function exportScale(box: { readonly width: number; readonly height: number }, settings: ExportSettingsImage | undefined): number {
  const constraint = settings?.constraint;
  if (constraint === undefined) return 1;
  const scale = constraint.type === 'SCALE' ? constraint.value : constraint.type === 'WIDTH' ? constraint.value / box.width : constraint.value / box.height;
  if (!(scale > 0 && Number.isFinite(scale))) throw new Error(`exportAsync: invalid ${constraint.type} constraint ${constraint.value}`);
  return scale;
}
