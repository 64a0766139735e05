/**
 * Figures whose writing is itself wrong, whatever the arithmetic: money that cannot be read
 * ("£5.M"), a thousands comma in a £m figure ("£30,564m", which reads as thirty billion), or an
 * amount without the "m" every other amount in its column carries ("£237.5" among "£325.7m").
 */
import type { CellPosition } from "../core/a1";
import type { Table } from "./table";
import { ORIENTATIONS } from "./table";
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

/** A line's amounts written with one scale (£m) but for one written without: "£237.5". */
const LEAST_SCALED_FOR_A_MISSING_SCALE = 3;

function missingScales(table: Table): MiswrittenFigure[] {
  const found: MiswrittenFigure[] = [];
  for (const o of ORIENTATIONS) {
    for (let line = table.firstLine(o); line < table.lineCount(o); line++) {
      const money = table
        .figureCells(o, line)
        .filter((p) => table.figure(p)!.money && table.figure(p)!.value !== 0);
      const scales = new Map<number, number>();
      for (const p of money)
        scales.set(table.figure(p)!.scale, (scales.get(table.figure(p)!.scale) ?? 0) + 1);
      const [scale, count] = [...scales.entries()].sort((a, b) => b[1] - a[1])[0] ?? [1, 0];
      if (scale === 1 || count < LEAST_SCALED_FOR_A_MISSING_SCALE) continue;
      for (const p of money) {
        const f = table.figure(p)!;
        // "£237.5" lost its "m"; "£664,000" is written in full pounds on purpose.
        if (f.scale !== 1 || Math.abs(f.value) >= 1000) continue;
        const suffix = scale === 1e6 ? "m" : scale === 1e3 ? "k" : "bn";
        found.push({
          cell: p,
          expected: f.value * scale,
          diagnosis: `unit slip: written without the "${suffix}" every other amount in ${table.lineName(o, line)} has, so it reads as ${amountWords(f.value)}; with it, ${amountWords(f.value * scale, 0)}`,
        });
      }
    }
  }
  return found;
}

/** Whole amounts a line must hold besides one written "243.049" to say that the point is a comma. */
const LEAST_WHOLE_FOR_A_POINT = 3;

/** "243.049" among whole amounts: a point where the thousands comma belongs. */
function pointsForCommas(table: Table): MiswrittenFigure[] {
  const found = new Map<string, MiswrittenFigure>();
  for (const o of ORIENTATIONS) {
    for (let line = table.firstLine(o); line < table.lineCount(o); line++) {
      const cells = table.figureCells(o, line).filter((p) => table.figure(p)!.value !== 0);
      const pointed = cells.filter((p) =>
        /^[(£\s-]*[1-9]\d{0,2}\.\d{3}[)\s]*$/.test(table.reading(p).text)
      );
      const whole = cells.filter((p) => {
        const f = table.figure(p)!;
        return f.unit >= 1 && f.scale === 1 && !f.percent;
      });
      if (pointed.length !== 1 || whole.length < LEAST_WHOLE_FOR_A_POINT) continue;
      if (whole.length + 1 !== cells.length) continue;
      const [cell] = pointed;
      const expected = Math.round(table.figure(cell)!.value * 1000);
      const text = table.reading(cell).text.trim();
      found.set(`${cell.row}:${cell.column}`, {
        cell,
        expected,
        diagnosis: `typo: "${text}" has a point where the thousands comma belongs, among whole amounts in ${table.lineName(o, line)}: ${amountWords(expected, 0)}`,
      });
    }
  }
  return [...found.values()];
}

export function miswrittenFigures(table: Table): MiswrittenFigure[] {
  const found: MiswrittenFigure[] = [...missingScales(table), ...pointsForCommas(table)];
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
