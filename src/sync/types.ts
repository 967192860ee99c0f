/** The shapes the sync works in: tables of rows, as planned from content and written to D1. */

export type Cell = string | number | null;
export type Row = Record<string, Cell>;

export interface TablePlan {
  table: string;
  /** Primary-key columns, used to tell added, changed and removed rows apart. */
  key: string[];
  rows: Row[];
}
