/** Numbers derived from content: computed, never typed in. Shared by the pages and the API. */

/** realization / target × 100, one decimal; null when either is unknown or the target is 0. */
export function percentOfTarget(target: number | null | undefined, realization: number | null | undefined) {
  if (!target || realization === null || realization === undefined) return null;
  return Math.round((realization / target) * 1000) / 10;
}
