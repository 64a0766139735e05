/** Figures whose writing is itself wrong: money that cannot be read ("£5.M"), or a thousands comma in a £m figure ("£30,564m"). */
import type { Position } from "./address";
import { amountWords } from "./factors";
import type { Table } from "./table";

export interface WrittenFormFinding {
  readonly cell: Position;
  readonly expected?: number;
  readonly diagnosis: string;
}

export function findMiswrittenFigures(table: Table): WrittenFormFinding[] {
  const findings: WrittenFormFinding[] = [];
  for (let row = 0; row < table.rows; row++)
    for (let col = 0; col < table.cols; col++) {
      const cell = { row, col };
      const reading = table.reading(cell);
      if (reading.kind === "unreadable") {
        findings.push({
          cell,
          diagnosis: /\d\.\s*[a-z]/i.test(reading.text)
            ? `typo: "${reading.text.trim()}" has no digits after the decimal point (a digit is missing)`
            : `typo: "${reading.text.trim()}" cannot be read as an amount`,
        });
      }
      const grouped = /\d,\d{3}\s*(m|mn|million|bn|billion)\b/i.exec(reading.text);
      if (reading.kind === "figure" && grouped) {
        const comma = reading.text.replace(/(\d),(\d{3})(?!,)/, "$1.$2");
        const scale = reading.figure.value / Number(reading.text.replace(/[^\d]/g, ""));
        const asDecimal = Number(comma.replace(/[^\d.]/g, "")) * scale;
        findings.push({
          cell,
          expected: asDecimal,
          diagnosis: `unit slip: "${reading.text.trim()}" reads as ${amountWords(reading.figure.value, 0)}; a comma where a decimal point belongs would make it ${amountWords(asDecimal, 0)}`,
        });
      }
    }
  return findings;
}
