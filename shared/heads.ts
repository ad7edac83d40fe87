/** Document heads (change hashes) compared as sets: the same changes, in whatever order they are listed. */
export function sameHeads(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return a.length === b.length && b.every((h) => set.has(h));
}
