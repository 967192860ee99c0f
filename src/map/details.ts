/** What the panel and the tooltip say about a province, a regency or a village. */
import { POINT_PRECISIONS, type Points } from './codec.ts';
import { formatNumber, type MapConfig, type Tr } from './config.ts';
import { layerYear, type MapData, percentOf, visibleVillages } from './model.ts';
import type { PanelContent } from './panel.ts';
import type { MapState } from './state.ts';

export interface DetailsContext {
  config: MapConfig;
  t: Tr;
  data: MapData;
  state: MapState;
  points: Points;
}

const names = (data: MapData) => ({
  province: new Map(data.provinces),
  regency: new Map(data.regencies.map(([code, name, slug]) => [code, { name, slug }])),
});
let cachedNames: ReturnType<typeof names> | null = null;
const nameMaps = (data: MapData) => {
  cachedNames ??= names(data);
  return cachedNames;
};

export function areaName(data: MapData, code: string): string {
  const maps = nameMaps(data);
  return code.length === 2 ? (maps.province.get(code) ?? code) : (maps.regency.get(code)?.name ?? code);
}

function statusCounts(ctx: DetailsContext, prefix: string): string {
  const { t, data, state, config } = ctx;
  const inArea = visibleVillages(data, { ...state, province: null, regency: null }).filter((v) =>
    v.code.startsWith(`${prefix}.`),
  );
  const n = (s: string) => formatNumber(config.locale, inArea.filter((v) => v.status === s).length);
  return t('map.panel.counts', { formed: n('formed'), target: n('target'), proposed: n('proposed') });
}

/** The layer's figure for a regency in words: "target 2, realization 8 (400%)" or "no figure". */
export function figureText(ctx: DetailsContext, regency: string): string {
  const { t, data, state, config } = ctx;
  const year = layerYear(data, state);
  const pair = year === null ? undefined : data.figures[regency]?.[state.layer]?.[year];
  if (!pair) return t('map.panel.noFigure');
  const n = (v: number | null) => (v === null ? '–' : formatNumber(config.locale, v));
  const percent = percentOf(pair);
  return t('map.panel.figure', {
    target: n(pair[0]),
    realization: n(pair[1]),
    percent: percent === null ? '–' : `${n(percent)}%`,
  });
}

export function areaDetails(ctx: DetailsContext, code: string, actions: PanelContent['actions']): PanelContent {
  const { t, data, state, config } = ctx;
  const isProvince = code.length === 2;
  const rows: [string, string][] = [[t('map.panel.code'), code]];
  if (!isProvince) rows.push([t('map.panel.province'), areaName(data, code.slice(0, 2))]);
  else
    rows.push([
      t('map.panel.regencies'),
      formatNumber(config.locale, data.regencies.filter(([r]) => r.startsWith(`${code}.`)).length),
    ]);
  rows.push([t('map.panel.program'), statusCounts(ctx, code)]);
  if (!isProvince && state.layer !== 'villages') {
    const indicator = config.indicators.find((i) => i.id === state.layer);
    rows.push([`${indicator?.label ?? state.layer} ${layerYear(data, state) ?? ''}`.trim(), figureText(ctx, code)]);
  }
  const slug = isProvince ? null : nameMaps(data).regency.get(code)?.slug;
  const links = slug ? [{ href: config.urls.regency.replace('{slug}', slug), label: t('map.panel.regencyPage') }] : [];
  return { title: areaName(data, code), rows, links, actions };
}

export function villageDetails(
  ctx: DetailsContext,
  code: string,
  index: number,
  villageName: string | null,
  districtName: string | null,
  actions: PanelContent['actions'],
): PanelContent {
  const { t, data, config, points } = ctx;
  const program = data.villages.find((v) => v.code === code);
  const precision = POINT_PRECISIONS[points.precision[index]] ?? 'village-centroid';
  const rows: [string, string][] = [
    [t('map.panel.code'), code],
    [t('map.panel.district'), districtName ?? code.slice(0, 8)],
    [t('map.panel.regency'), areaName(data, code.slice(0, 5))],
    [
      t('map.panel.status'),
      program
        ? `${t(`status.${program.status}`)}${program.year ? ` (${program.year})` : program.yearBefore ? ` (${t('map.panel.before', { year: program.yearBefore })})` : ''}`
        : t('map.status.none'),
    ],
    [t('map.panel.location'), t(`map.precision.${precision}`)],
  ];
  return {
    title: villageName ?? program?.name ?? code,
    rows,
    links: [{ href: config.urls.village.replace('{code}', code), label: t('map.panel.villagePage') }],
    actions,
    note: villageName || program ? undefined : t('map.panel.loadingName'),
  };
}
