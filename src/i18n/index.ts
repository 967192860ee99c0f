/** UI strings: one flat JSON per locale, dotted keys. Indonesian is the default locale. */
import id from './id.json';

export type StringKey = keyof typeof id;

export function t(key: StringKey): string {
  return id[key];
}

const number = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });
export const formatNumber = (value: number) => number.format(value);

const date = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
export const formatDate = (iso: string) => date.format(new Date(`${iso}T00:00:00Z`));
