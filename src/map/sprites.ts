/**
 * Point symbols as pixel stamps (offsets from the centre, each either fill or halo), so thousands of points are
 * written straight into ImageData instead of drawn one canvas call at a time. Shapes tell location precision
 * apart: a filled disc is a surveyed point, a ring the centre of the village's official area, a hollow diamond
 * the centre of its district (the boundary source has no polygon for that village yet).
 */

export type Shape = 'square' | 'disc' | 'ring' | 'diamond';

export interface Sprite {
  /** dx, dy pairs. */
  fill: Int16Array;
  halo: Int16Array;
}

const cache = new Map<string, Sprite>();

function inside(shape: Shape, dx: number, dy: number, r: number): boolean {
  const d = Math.hypot(dx, dy);
  switch (shape) {
    case 'square':
      return true;
    case 'disc':
      return d <= r + 0.35;
    case 'ring':
      return d <= r + 0.35 && d >= r - Math.max(1.2, r * 0.45);
    case 'diamond': {
      const m = Math.abs(dx) + Math.abs(dy);
      return m <= r + 0.5 && m >= r - Math.max(1, r * 0.45);
    }
  }
}

/** A symbol of radius r (pixels); `halo` adds a one-pixel outline in the halo colour around the filled pixels. */
export function sprite(shape: Shape, r: number, halo: boolean): Sprite {
  const key = `${shape}${r}${halo}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const fill: number[] = [];
  const haloPixels: number[] = [];
  const size = shape === 'square' ? r - 1 : r;
  const extent = size + (halo ? 1 : 0);
  const filled = (dx: number, dy: number) =>
    shape === 'square' ? dx >= 0 && dy >= 0 && dx <= size && dy <= size : inside(shape, dx, dy, size);
  for (let dy = -extent; dy <= extent; dy++) {
    for (let dx = -extent; dx <= extent; dx++) {
      if (filled(dx, dy)) fill.push(dx, dy);
      else if (halo && [-1, 0, 1].some((a) => [-1, 0, 1].some((b) => filled(dx + a, dy + b)))) haloPixels.push(dx, dy);
    }
  }
  const result = { fill: Int16Array.from(fill), halo: Int16Array.from(haloPixels) };
  cache.set(key, result);
  return result;
}
