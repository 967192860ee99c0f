/** The filter controls (layer, year, province, regency, statuses) ↔ the map state. */
import { POINT_STATUSES, type PointStatus } from './codec.ts';
import { find } from './dom.ts';
import type { MapData } from './model.ts';
import type { MapState } from './state.ts';

export class Filters {
  private form: HTMLFormElement;
  private data: MapData;
  private regency: HTMLSelectElement;

  constructor(
    form: HTMLFormElement,
    data: MapData,
    onChange: (patch: Partial<MapState>) => void,
    onAction: (action: string) => void,
  ) {
    this.form = form;
    this.data = data;
    this.regency = find<HTMLSelectElement>(form, 'select[name="regency"]');
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement | HTMLSelectElement;
      const value = target.value;
      if (target.name === 'layer') onChange({ layer: value });
      else if (target.name === 'year') onChange({ year: value ? Number(value) : null });
      else if (target.name === 'province') onChange({ province: value || null, regency: null });
      else if (target.name === 'regency') onChange({ regency: value || null });
      else if (target.name === 'status') {
        const checked = [...form.querySelectorAll<HTMLInputElement>('input[name="status"]:checked')].map(
          (input) => input.value as PointStatus,
        );
        onChange({ status: POINT_STATUSES.filter((s) => checked.includes(s)) });
      }
    });
    form.addEventListener('click', (event) => {
      const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
      if (action) onAction(action);
    });
  }

  /** Puts the state into the controls (after a URL change or a selection). */
  sync(state: MapState): void {
    const select = (name: string) => find<HTMLSelectElement>(this.form, `select[name="${name}"]`);
    const layer = select('layer');
    layer.value = state.layer;
    if (layer.value !== state.layer) layer.value = 'villages';
    select('year').value = state.year === null ? '' : String(state.year);
    select('province').value = state.province ?? '';
    this.fillRegencies(state.province);
    this.regency.value = state.regency ?? '';
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[name="status"]')) {
      box.checked = state.status.includes(box.value as PointStatus);
    }
  }

  private fillRegencies(province: string | null): void {
    if (this.regency.dataset.province === (province ?? '')) return;
    this.regency.dataset.province = province ?? '';
    const first = this.regency.options[0];
    const options = province
      ? this.data.regencies
          .filter(([code]) => code.startsWith(`${province}.`))
          .map(([code, name]) => new Option(name, code))
      : [];
    this.regency.replaceChildren(first, ...options);
    this.regency.disabled = !province;
  }
}
