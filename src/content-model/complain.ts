/** How the cross-checks report a problem, and name the other place when a problem involves two. */
import type { Entry } from './types.ts';

/** Reports a problem with the field at `path` of `entry`, on the line of that field. */
export type Complain = (entry: Entry<unknown>, path: PropertyKey[], message: string, expected?: string) => void;

/** `content/regencies/sanggau/villages/sosok.md:2`: where a field of another entry is. */
export const placeOf = (entry: Entry<unknown>, path: PropertyKey[]) => `${entry.file}:${entry.lineOf(path)}`;
