/**
 * The `village-year` widget: a village's year is `2023`, or `{ before: 2023 }` when the source only says the village
 * existed before that year. No built-in Sveltia widget holds a value that is sometimes a number and sometimes an
 * object, so this one is a year input plus a "sebelum" checkbox. Written with the React helpers Sveltia exposes for
 * Decap-style widgets (`createClass`, `h`), so the admin page needs no React of its own.
 */
type Year = number | { before: number };

interface Props {
  value: unknown;
  onChange(value: Year | undefined): void;
  forID: string;
  classNameWrapper: string;
}

interface ComponentSpec {
  render(this: { props: Props }): unknown;
  isValid?(this: { props: Props }): true | { error: { message: string } };
}

/** What sveltia-cms.js puts on `window`: its API and, for Decap-style widgets, React's `createClass` and `h`. */
interface SveltiaGlobals {
  CMS: { registerWidget(name: string, control: unknown, preview?: unknown): void; init(): Promise<void> };
  createClass(spec: ComponentSpec): unknown;
  h(type: string, props: Record<string, unknown> | null, ...children: unknown[]): unknown;
}

export const sveltia = () => window as unknown as SveltiaGlobals;

/** The widget name used in config.yml (fields.ts). */
export const VILLAGE_YEAR_WIDGET = 'village-year';
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
export const BEFORE_LABEL = 'sebelum tahun ini';

/** Sveltia may hand an object value over as an Immutable Map (Decap compatibility). */
function read(value: unknown): { year: number | undefined; before: boolean } {
  const plain = (value as { toJS?: () => unknown } | null)?.toJS?.() ?? value;
  if (typeof plain === 'number') return { year: plain, before: false };
  if (plain && typeof plain === 'object' && 'before' in plain) {
    const before = (plain as { before: unknown }).before;
    return { year: typeof before === 'number' ? before : undefined, before: true };
  }
  return { year: undefined, before: false };
}

const write = (year: number | undefined, before: boolean): Year | undefined =>
  year === undefined ? undefined : before ? { before: year } : year;

export function yearText(value: unknown): string {
  const { year, before } = read(value);
  return year === undefined ? '' : before ? `sebelum ${year}` : String(year);
}

export function registerVillageYear(): void {
  const { CMS, createClass, h } = sveltia();
  const control = createClass({
    render() {
      const { value, onChange, forID, classNameWrapper } = this.props;
      const { year, before } = read(value);
      const setYear = (event: { target: { value: string } }) => {
        const text = event.target.value.trim();
        onChange(write(text === '' ? undefined : Number(text), before));
      };
      const setBefore = (event: { target: { checked: boolean } }) => onChange(write(year, event.target.checked));
      return h(
        'div',
        { className: classNameWrapper, style: { display: 'flex', gap: '1em', alignItems: 'center' } },
        h('input', {
          id: forID,
          type: 'number',
          inputMode: 'numeric',
          min: MIN_YEAR,
          max: MAX_YEAR,
          step: 1,
          value: year ?? '',
          onChange: setYear,
          style: { width: '8em' },
        }),
        h('label', null, h('input', { type: 'checkbox', checked: before, onChange: setBefore }), ` ${BEFORE_LABEL}`),
      );
    },
    isValid() {
      const { year } = read(this.props.value);
      if (year === undefined) return true; // "required" is checked by Sveltia itself
      const ok = Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
      return ok || { error: { message: `tahun berupa angka ${MIN_YEAR}–${MAX_YEAR}, mis. 2023` } };
    },
  });
  const preview = createClass({
    render() {
      return h('p', null, yearText(this.props.value));
    },
  });
  CMS.registerWidget(VILLAGE_YEAR_WIDGET, control, preview);
}
