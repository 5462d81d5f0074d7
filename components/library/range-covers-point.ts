/** True when (x, y) falls on one of the range's line boxes: a caret snaps to the nearest character even beyond a line's end. */
export function rangeCoversPoint(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}
