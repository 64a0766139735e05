/**
 * Figures whose writing is itself wrong, whatever the arithmetic: money that cannot be read
 * ("£5.M"), or a thousands comma in a £m figure ("£30,564m", which reads as thirty billion).
 */
import type { CellPosition } from "../core/a1";
import type { Table } from "./table";
import { amountWords } from "./words";

export interface MiswrittenFigure {
  readonly cell: CellPosition;
  readonly expected?: number;
  readonly diagnosis: string;
}

/** "30,564m": digits grouped by a comma straight before a millions or billions suffix. */
function commaBeforeScale(text: string): { whole: string; decimals: string } | undefined {
  const match = /(\d{1,3}),(\d{3}) ?(?:m|mn|million|bn|billion)\b/i.exec(text);
  return match ? { whole: match[1], decimals: match[2] } : undefined;
}

export function miswrittenFigures(table: Table): MiswrittenFigure[] {
  const found: MiswrittenFigure[] = [];
  for (const cell of table.cells()) {
    const reading = table.reading(cell);
    if (reading.kind === "unreadable") {
      const text = reading.text.trim();
      found.push({
        cell,
        diagnosis: /\d\.\s*[a-z]/i.test(text)
          ? `typo: "${text}" has no digits after the decimal point (a digit is missing)`
          : `typo: "${text}" cannot be read as an amount`,
      });
      continue;
    }
    if (reading.kind !== "figure") continue;
    const comma = commaBeforeScale(reading.text);
    if (!comma) continue;
    const figure = reading.figure;
    const asDecimal = Number(`${comma.whole}.${comma.decimals}`) * figure.scale;
    found.push({
      cell,
      expected: asDecimal,
      diagnosis: `unit slip: "${reading.text.trim()}" reads as ${amountWords(figure.value, 0)}; a comma where a decimal point belongs would make it ${amountWords(asDecimal, 0)}`,
    });
  }
  return found;
}
