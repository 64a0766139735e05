import { Decimal } from "../core";

/*
 * Report sentences, built twice from the same words: as an Excel formula over the table's own cells
 * (so the sentence changes with them), and as text for the task pane's preview. Money in whole
 * pounds ("£143,890"), shares as whole percentages unless they have a tenth ("87.5%").
 */

/** A formula expression giving `ref` as a percentage: "90%", "87.5%". */
export function percentText(ref: string): string {
  return `SUBSTITUTE(TEXT(${ref},"0.0%"),".0%","%")`;
}

/** A formula expression giving `ref` in whole pounds: "£143,890". */
export function poundsText(ref: string): string {
  return `TEXT(${ref},"£#,##0")`;
}

/**
 * A formula expression giving a chance as a report puts it: "no chance", "less than a 1% chance",
 * "an 8% chance", "a 12% chance" (an before 8, 11, 18 and 80-89).
 */
export function chanceText(ref: string): string {
  const whole = `TEXT(${ref},"0%")`;
  const article = `IF(OR(LEFT(${whole},1)="8",${whole}="11%",${whole}="18%"),"an ","a ")`;
  return `IF(${ref}=0,"no chance",IF(${ref}<0.005,"less than a 1% chance",${article}&${whole}&" chance"))`;
}

const WHOLE_PERCENT = new Intl.NumberFormat("en-GB", {
  style: "percent",
  maximumFractionDigits: 0,
});

/** The same phrase as chanceText, for the preview. */
export function chancePhrase(chance: Decimal): string {
  if (chance.isZero()) return "no chance";
  if (chance.lt("0.005")) return "less than a 1% chance";
  const whole = WHOLE_PERCENT.format(chance.toNumber());
  return `${/^(8|11%|18%)/.test(whole) ? "an" : "a"} ${whole} chance`;
}
