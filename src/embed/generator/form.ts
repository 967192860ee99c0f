/**
 * The generator's form: reads the current choice, and keeps the controls consistent with it (widgets and badges
 * only where the area allows them; indicator and year only for the figures; years of the chosen indicator).
 */
import { AREA_KINDS, areaKind, type EmbedLocale, type Theme, type View, type Widget } from '../options.ts';
import type { GeneratorConfig } from './config.ts';
import type { Choice, Mode } from './snippet.ts';

const field = (form: HTMLFormElement, name: string) => form.elements.namedItem(name) as HTMLSelectElement | null;
const value = (form: HTMLFormElement, name: string) => {
  const item = form.elements.namedItem(name) as HTMLSelectElement | RadioNodeList | null;
  return item?.value ?? '';
};
/** A control's wrapper (its label, `data-embed-field="<name>"`), hidden with it. */
const show = (form: HTMLFormElement, name: string, visible: boolean) => {
  const wrapper = form.querySelector<HTMLElement>(`[data-embed-field="${name}"]`);
  if (wrapper) wrapper.hidden = !visible;
};

export function readChoice(form: HTMLFormElement, config: GeneratorConfig): Choice {
  const area = config.areas.find((a) => a.code === (value(form, 'area') || config.areas[0].code)) ?? config.areas[0];
  const kind = areaKind(area.code);
  const allowed = config.widgets.filter((w) => kind && AREA_KINDS[w].includes(kind));
  const asked = (value(form, 'widget') || allowed[0]) as Widget;
  const widget = allowed.includes(asked) ? asked : allowed[0];
  const badgeable = kind === 'regency' || kind === 'village';
  const mode = (value(form, 'as') || 'iframe') as Mode;
  const year = value(form, 'year');
  return {
    mode: mode === 'badge' && !badgeable ? 'iframe' : mode,
    area,
    options: {
      widget,
      area: area.code,
      indicator: widget === 'angka' ? value(form, 'indicator') || null : null,
      year: widget === 'angka' && year ? Number(year) : null,
      lang: (value(form, 'lang') || config.locale) as EmbedLocale,
      theme: (value(form, 'theme') || 'auto') as Theme,
      view: (value(form, 'view') || 'full') as View,
      id: null,
    },
  };
}

/** Controls that do not apply to the choice are hidden or disabled; the year list follows the indicator. */
export function syncForm(form: HTMLFormElement, config: GeneratorConfig, choice: Choice) {
  const kind = areaKind(choice.area.code);
  const widgetField = field(form, 'widget');
  for (const option of widgetField?.options ?? []) {
    option.disabled = !kind || !AREA_KINDS[option.value as Widget].includes(kind);
  }
  if (widgetField) widgetField.value = choice.options.widget;
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="as"]')) {
    radio.disabled = radio.value === 'badge' && kind !== 'regency' && kind !== 'village';
    radio.checked = radio.value === choice.mode;
  }
  const figures = choice.options.widget === 'angka';
  show(form, 'indicator', figures);
  show(form, 'year', figures);
  show(form, 'theme', choice.mode !== 'badge');
  show(form, 'view', choice.mode !== 'badge');
  const years = config.indicators.find((i) => i.id === (choice.options.indicator ?? config.indicators[0]?.id))?.years;
  const yearField = field(form, 'year');
  for (const option of yearField?.options ?? []) {
    option.hidden = option.value !== '' && !years?.includes(Number(option.value));
  }
  if (yearField?.selectedOptions[0]?.hidden) yearField.value = '';
}
