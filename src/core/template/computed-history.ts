/**
 * Where earlier templates put the rate of each percent item on "Số liệu theo đơn vị", and so which
 * formula they wrote into the item's value cell on "Đánh giá" ('Số liệu theo đơn vị'!$E$4 for the
 * first percent item today). A value cell still holding one of those formulas holds ours, not
 * someone's: repair replaces it with today's formula, as it fills an empty one. Any other formula
 * or value there is the commune's and is kept.
 *
 * When a template change moves the rates (another column, another first row), add the layout it
 * replaces here, with the template version and commit that last wrote it. Empty so far: the rates
 * have stayed in column E from row 4 since the sheet came in (commit f4c577e, template version 2).
 */

/** A layout of the rates in an earlier template: column and row of the first percent item's rate (1-based). */
export interface RateLayout {
  rateColumn: number;
  firstItem: number;
  /** Which template versions wrote it (version and commit), for whoever reads this list. */
  writtenBy: string;
}

export const EARLIER_RATE_LAYOUTS: readonly RateLayout[] = [];
