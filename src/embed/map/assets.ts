/**
 * The Worker's read of a regency outline: one static file per province (/embed/geo/<province>.json) through the
 * ASSETS binding, parsed once per isolate. A missing file or binding means no outline (the dots alone).
 */
import { env } from 'cloudflare:workers';
import type { Outline, ProvinceOutlines } from './box.ts';

const provinces = new Map<string, Promise<ProvinceOutlines | null>>();

async function fetchProvince(province: string, origin: string): Promise<ProvinceOutlines | null> {
  const assets = (env as unknown as { ASSETS?: { fetch: typeof fetch } }).ASSETS;
  if (!assets) return null;
  const response = await assets.fetch(new URL(`/embed/geo/${province}.json`, origin));
  if (!response.ok) throw new Error(`outlines of ${province}: HTTP ${response.status}`);
  return (await response.json()) as ProvinceOutlines;
}

export async function regencyOutline(regency: string, origin: string): Promise<Outline | null> {
  const province = regency.slice(0, 2);
  let loading = provinces.get(province);
  if (!loading) {
    loading = fetchProvince(province, origin).catch((error: unknown) => {
      console.warn('map widget:', error);
      provinces.delete(province);
      return null;
    });
    provinces.set(province, loading);
  }
  return (await loading)?.regencies[regency] ?? null;
}
