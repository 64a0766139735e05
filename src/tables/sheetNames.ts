/** Excel's rules for worksheet names: at most 31 characters, none of : \ / ? * [ ], unique ignoring case. */
const MAX_LENGTH = 31;

export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const base = wanted.replace(/[:\\/?*[\]]/g, " ").trim() || "CareCalc";
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = base.slice(0, MAX_LENGTH - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
