/**
 * How large each spilling CARE function's result is, from its arguments as written. Excel learns a
 * spill's size from the result; a spreadsheet engine such as HyperFormula must know it before it
 * evaluates, so each function that returns a grid says here how its size follows from its own
 * parameters (named as in functions.json). Functions not listed return one value.
 */
export type SpillRule =
  /** The same rows and columns as this argument (a range, an array, or another spilling call). */
  | { readonly shapeOf: string }
  /** A fixed number of columns and one row per unit of a whole-number argument, plus `extraRows`. */
  | {
      readonly columns: number;
      readonly rowsPer: string;
      readonly extraRows: number;
      /** The largest value of `rowsPer` the function accepts. */
      readonly most: number;
    }
  /** Always the same size: a fixed list of labelled results. */
  | { readonly rows: number; readonly columns: number };

export const SPILLS: Readonly<Record<string, SpillRule>> = {
  // One row per occupancy level, from all beds down to none.
  SAVINGSGRID: { columns: 4, rowsPer: "beds", extraRows: 1, most: 1000 },
  SHARE: { shapeOf: "weights" },
  // One row per number of occupied beds, from none to all.
  OCCUPANCYDIST: { columns: 2, rowsPer: "beds", extraRows: 1, most: 1000 },
  // Expected saving, standard deviation, chance of costing more, three percentiles.
  SAVINGRISK: { rows: 6, columns: 2 },
  ROUNDTOTAL: { shapeOf: "values" },
};
