/** The map widget's drawing box and the shape of its build-time outlines (shared by the build and the Worker). */
import type { Fit } from './mercator.ts';

/** 320 wide (scaled to the frame by CSS); the height follows the regency's shape within these bounds. */
export const MAP_WIDTH = 320;
export const MAP_PADDING = 8;
export const MAP_HEIGHTS: [number, number] = [160, 280];

export interface Outline extends Fit {
  width: number;
  height: number;
  /** SVG path data in the box. */
  d: string;
}

/** /embed/geo/<province>.json */
export interface ProvinceOutlines {
  generated: string;
  regencies: Record<string, Outline>;
}
