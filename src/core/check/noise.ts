/**
 * The allowance for binary floating point when the checker searches in doubles: one part in a
 * billion of the larger figure (at least 1e-9), far below any rounding a report shows.
 */
export function floatNoise(a: number, b: number): number {
  return 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
