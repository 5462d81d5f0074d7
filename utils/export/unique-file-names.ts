const MAX_LENGTH = 80;

/** Splits `name.ext` at its last dot; a name without one has an empty extension. */
function splitExtension(name: string): [string, string] {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
}

/**
 * The names made unique for one folder, in order: the first keeps its name, later ones get
 * `-2`, `-3`… before the extension (kept within 80 characters). Case-insensitive, because
 * Windows and macOS file systems are; names in `reserved` (other files of the folder) are
 * avoided too.
 */
export function uniqueFileNames(names: readonly string[], reserved: readonly string[] = []): string[] {
  const taken = new Set(reserved.map((n) => n.toLowerCase()));
  const next = new Map<string, number>(); // per base name: the next suffix worth trying
  return names.map((name) => {
    let candidate = name;
    if (taken.has(candidate.toLowerCase())) {
      const [stem, ext] = splitExtension(name);
      const key = name.toLowerCase();
      let n = next.get(key) ?? 2;
      do {
        const suffix = `-${n}`;
        candidate = `${stem.slice(0, Math.max(1, MAX_LENGTH - ext.length - suffix.length))}${suffix}${ext}`;
        n++;
      } while (taken.has(candidate.toLowerCase()));
      next.set(key, n);
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
