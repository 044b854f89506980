/** Separators and numbering that end a layer name ("Fruit 01", "Fruit - 2", "Fruit_v3"). */
const NUMBERING = /[\s\-_.·,:#(]*(v?\d+[)]?)?[\s\-_.·,:#]*$/i;

/**
 * A style's default name from the names of the layers it learnt from: what
 * they have in common ("Fruit 1", "Fruit 2" → "Fruit"), else the first
 * name and how many more ("Cherries + 5 more"). Never a date.
 */
export function nameFromArt(names: readonly string[]): string {
  const cleaned = names.map((n) => n.trim()).filter((n) => n.length > 0);
  if (cleaned.length === 0) return 'My style';
  let prefix = cleaned[0];
  for (const name of cleaned.slice(1)) {
    let i = 0;
    while (i < prefix.length && i < name.length && prefix[i].toLowerCase() === name[i].toLowerCase()) i++;
    prefix = prefix.slice(0, i);
  }
  const common = prefix.replace(NUMBERING, '').trim();
  if (common.length >= 3) return common.slice(0, 80);
  const first = cleaned[0].replace(NUMBERING, '').trim() || cleaned[0];
  return (cleaned.length > 1 ? `${first} + ${cleaned.length - 1} more` : first).slice(0, 80);
}
