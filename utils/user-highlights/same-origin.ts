/** True when two URLs parse and share an origin; a page may only see highlights made on its own origin. */
export function sameOrigin(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.origin !== 'null' && x.origin === y.origin;
  } catch {
    return false;
  }
}
