/**
 * Approximate widths of 11 px Verdana / DejaVu Sans text (the badge's font), for sizing a badge without a font
 * engine; each text is then stretched to exactly that width with `textLength`, so a wrong guess never overflows.
 */
const NARROW = new Set("iIjl.,:;'|!()[]· ");
const SEMI = new Set('frt-/');
const WIDE = new Set('mwMW%');

/** Width in pixels at 11 px. */
export function textWidth(text: string): number {
  let width = 0;
  for (const c of text) {
    if (NARROW.has(c)) width += 3.6;
    else if (SEMI.has(c)) width += 4.6;
    else if (WIDE.has(c)) width += 10;
    else if (c >= 'A' && c <= 'Z') width += 7.5;
    else width += 6.8;
  }
  return Math.ceil(width);
}
