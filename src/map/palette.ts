/**
 * Colours for the canvas, read from the design tokens (CSS custom properties) so the canvas matches the SVG, the
 * legend and the dark theme: nothing is hard-coded here.
 */
import { CLASS_COUNT } from './scales.ts';

export type Rgba = [number, number, number, number];

export interface Palette {
  css: {
    sea: string;
    land: string;
    seq: string[];
    border: string;
    provinceBorder: string;
    focus: string;
    selection: string;
  };
  /** Packed for ImageData (Uint32, little-endian ABGR). */
  packed: {
    none: number;
    noneFaint: number;
    halo: number;
    focus: number;
    status: Record<'proposed' | 'target' | 'formed', number>;
  };
}

let probe: CanvasRenderingContext2D | null = null;

/** Any CSS colour → [r, g, b, a]: hex (what the tokens use) read directly, anything else through a 1×1 canvas. */
export function toRgba(color: string): Rgba {
  const hex = /^#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/i.exec(color.trim())?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const [r, g, b, a = 255] = (full.match(/../g) ?? []).map((pair) => Number.parseInt(pair, 16));
    return [r, g, b, a];
  }
  probe ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!probe) return [0, 0, 0, 255];
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = color;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a];
}

export const pack = ([r, g, b, a]: Rgba) => ((a << 24) | (b << 16) | (g << 8) | r) >>> 0;

export function readPalette(element: Element): Palette {
  const style = getComputedStyle(element);
  const v = (name: string) => style.getPropertyValue(name).trim();
  const none = toRgba(v('--status-none'));
  return {
    css: {
      sea: v('--map-sea'),
      land: v('--map-land'),
      seq: Array.from({ length: CLASS_COUNT }, (_, i) => v(`--map-seq-${i + 1}`)),
      border: v('--map-border'),
      provinceBorder: v('--map-province-border'),
      focus: v('--color-focus'),
      selection: v('--color-fg'),
    },
    packed: {
      none: pack([none[0], none[1], none[2], 210]),
      noneFaint: pack([none[0], none[1], none[2], 55]),
      halo: pack(toRgba(v('--map-halo'))),
      focus: pack(toRgba(v('--color-focus'))),
      status: {
        proposed: pack(toRgba(v('--status-proposed'))),
        target: pack(toRgba(v('--status-target'))),
        formed: pack(toRgba(v('--status-formed'))),
      },
    },
  };
}
