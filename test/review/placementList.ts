/**
 * A council's placement list as a finance officer keeps it: one row per placement (reference,
 * provider, start year, weekly rate, beds, weeks, annual cost = weekly x beds x 52, cost to date =
 * weekly x beds x weeks, at risk = 7% of annual), a subtotal after each provider's placements and a
 * grand total. Seeded: the same size gives the same list. Ten columns, so 100 rows are 1,000 cells.
 */
import { seeded } from "../support/seeded";
import { writeLike } from "./scoring";

const money = (v: number) => writeLike("£1,000.00", v);
const pence = (v: number) => Math.round(v * 100) / 100;

export function placementList(rows: number): string[][] {
  const random = seeded(rows);
  const header = [
    "Ref",
    "Provider",
    "Start year",
    "Weekly rate (£)",
    "Beds",
    "Weeks to date",
    "Annual cost (£)",
    "Cost to date (£)",
    "Performance-linked (£)",
    "Notes",
  ];
  const grid: string[][] = [header];
  const totals = [0, 0, 0];
  let group = [0, 0, 0];
  let provider = 1;
  const close = () => {
    grid.push([
      "",
      `Subtotal provider ${provider}`,
      "",
      "",
      "",
      "",
      money(group[0]),
      money(group[1]),
      money(group[2]),
      "",
    ]);
    group = [0, 0, 0];
    provider++;
  };
  for (let r = 1; grid.length < rows - 1; r++) {
    const weekly = pence(1800 + random() * 4000);
    const beds = 1 + Math.floor(random() * 3);
    const weeks = 1 + Math.floor(random() * 52);
    const annual = pence(weekly * beds * 52);
    const toDate = pence(weekly * beds * weeks);
    const atRisk = pence(annual * 0.07);
    grid.push([
      `P${String(r).padStart(5, "0")}`,
      `Provider ${provider}`,
      String(2018 + Math.floor(random() * 7)),
      money(weekly),
      String(beds),
      String(weeks),
      money(annual),
      money(toDate),
      money(atRisk),
      random() < 0.1 ? "Emergency placement" : "",
    ]);
    group = [pence(group[0] + annual), pence(group[1] + toDate), pence(group[2] + atRisk)];
    totals[0] = pence(totals[0] + annual);
    totals[1] = pence(totals[1] + toDate);
    totals[2] = pence(totals[2] + atRisk);
    if (r % 20 === 0 && grid.length < rows - 2) close();
  }
  if (group[0] !== 0) close();
  grid.push([
    "",
    "Grand total",
    "",
    "",
    "",
    "",
    money(totals[0]),
    money(totals[1]),
    money(totals[2]),
    "",
  ]);
  return grid;
}
