/**
 * Held-out planted errors: copies of the seed reports with one error planted in the prose each
 * (digits transposed, a digit slipped, a restated or derived figure that differs, 52 weeks swapped
 * for 365/7, £m for £k), generated from the seed texts by a seeded script, and split by a hash of
 * the case's id into a dev half (looked at while tuning) and a test half (only ever scored).
 *
 * Sites are the prose figures that the report itself supports, so that an error in them can be
 * told from the report alone: the money and count figures the clean report traces to a table or
 * to other figures, and the supported figures it does not trace, listed by hand (MISSED_SITES).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkReport, readText, ReportCheck } from "../../src/report";
import { extractFigures } from "../../src/report/extract";
import type { MappedFigure, ReportFinding } from "../../src/report";
import { seeded } from "../support/seeded";

export const SEEDS = [
  "000_025702ac618c6035",
  "001_8f265c11a88e55d4",
  "002_3e4642368d0f1212",
  "003_e8ff203e1703f230",
  "004_5d54878c7bdc06e1",
] as const;

export const seedText = (seed: string) =>
  readFileSync(join(__dirname, `../fixtures/reports/${seed}.txt`), "utf8");

export type PlantKind = "transposed" | "slipped" | "differs" | "weeks basis" | "£m for £k";
export const PLANT_KINDS: readonly PlantKind[] = [
  "transposed",
  "slipped",
  "differs",
  "weeks basis",
  "£m for £k",
];

/**
 * Supported figures the clean report does not trace, found by reading the seeds: Thurrock's 326
 * children is the sum of the placement-type column of the table under it (156 + 97 + 24 + 47 + 2).
 */
const MISSED_SITES: readonly { seed: string; where: string; stated: string }[] = [
  { seed: "002_3e4642368d0f1212", where: "3.1", stated: "326" },
];

/**
 * Figures whose weeks-a-year the report fixes, so that the other basis is an error (by hand):
 * Hackney's tables multiply by 52 (5.2.6 is 2,636.23 x 5 x 52, the 5.2.4 totals that x 8), and
 * these quote them. Where the report only multiplies a weekly figure out (Kent's £4,557 x 15 x
 * 365/7, Sefton's x 52) the other basis is as right, so nothing is planted there.
 */
const BASIS: Record<string, Record<string, "52" | "365/7">> = {
  "000_025702ac618c6035": {
    "£38,383,649": "52",
    "£38.4m": "52",
    "£685k": "52",
    "£5.5m": "52",
  },
};

export interface Site {
  readonly seed: string;
  readonly figure: MappedFigure;
  /** Its position among the figures, to find it again in the planted copy. */
  readonly index: number;
}

export interface PlantedCase {
  readonly id: string;
  readonly seed: string;
  readonly kind: PlantKind;
  readonly half: "dev" | "test";
  readonly site: Site;
  readonly planted: string;
  readonly text: string;
}

/** FNV-1a, 32 bits: the split and each case's random choices come from the case's id alone. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The split, fixed in code: the low bit of the id's hash. */
export const halfOf = (id: string): "dev" | "test" => (hash(id) & 1 ? "test" : "dev");

/** The number in a figure as written: "£38.4m" gives "38.4", "£685,422" gives "685,422". */
const NUMBER = /\d[\d,]*(?:\.\d+)?/;

function digitsOf(stated: string): { number: string; at: number } | undefined {
  const m = NUMBER.exec(stated);
  return m ? { number: m[0], at: m.index } : undefined;
}

/** A value written in the style of `number`: its decimals, and thousands commas if it has them. */
function styled(value: number, number: string): string {
  const places = /\.(\d+)$/.exec(number)?.[1].length ?? 0;
  return value.toLocaleString("en-GB", {
    minimumFractionDigits: places,
    maximumFractionDigits: places,
    useGrouping: number.includes(",") || (value >= 10000 && !number.includes(".")),
  });
}

function replaceNumber(stated: string, number: string): string {
  const d = digitsOf(stated)!;
  return stated.slice(0, d.at) + number + stated.slice(d.at + d.number.length);
}

/** Positions of the significant digits of a written number (leading zeros and commas apart). */
function significant(number: string): number[] {
  const out: number[] = [];
  let started = false;
  [...number].forEach((c, i) => {
    if (!/\d/.test(c)) return;
    if (c !== "0") started = true;
    if (started) out.push(i);
  });
  // Trailing zeros of a whole number are not significant ("£190k" has two significant digits).
  if (!number.includes("."))
    while (out.length > 1 && number[out[out.length - 1]] === "0") out.pop();
  return out;
}

function plant(kind: PlantKind, site: Site, rand: () => number): string | undefined {
  const stated = site.figure.stated;
  const d = digitsOf(stated);
  if (!d) return undefined;
  const value = Number(d.number.replace(/,/g, ""));
  const money = stated.includes("£");
  const digits = significant(d.number);
  switch (kind) {
    case "transposed": {
      const pairs = digits
        .slice(0, -1)
        .map((p, i) => [p, digits[i + 1]])
        .filter(([a, b]) => b === a + 1 && d.number[a] !== d.number[b]);
      if (!pairs.length) return undefined;
      const [a, b] = pairs[Math.floor(rand() * pairs.length)];
      const chars = [...d.number];
      [chars[a], chars[b]] = [chars[b], chars[a]];
      if (chars[0] === "0") return undefined;
      return replaceNumber(stated, chars.join(""));
    }
    case "slipped": {
      if (digits.length < 2) return undefined;
      const at = digits[Math.floor(rand() * digits.length)];
      const digit = Number(d.number[at]);
      const up = digit === 0 || (digit < 9 && rand() < 0.5);
      if (at === digits[0] && digit === 1 && !up) return undefined;
      const chars = [...d.number];
      chars[at] = String(up ? digit + 1 : digit - 1);
      return replaceNumber(stated, chars.join(""));
    }
    case "differs": {
      // An earlier draft's figure: 3% to 12% away, written as the report writes it.
      const share = 0.03 + rand() * 0.09;
      const changed = value * (rand() < 0.5 ? 1 - share : 1 + share);
      const number = styled(changed, d.number);
      return number === d.number ? undefined : replaceNumber(stated, number);
    }
    case "weeks basis": {
      const basis = BASIS[site.seed]?.[stated];
      if (!basis || !money) return undefined;
      const factor = basis === "52" ? 365 / 7 / 52 : 52 / (365 / 7);
      const number = styled(value * factor, d.number);
      return number === d.number ? undefined : replaceNumber(stated, number);
    }
    case "£m for £k": {
      if (!money) return undefined;
      const scale = /([kKmM])$/.exec(stated)?.[1];
      if (scale) {
        const swapped = { k: "m", K: "M", m: "k", M: "K" }[scale]!;
        return stated.slice(0, -1) + swapped;
      }
      // Pounds for thousands: "£33,488" becomes "£33m", a sum in thousands labelled millions.
      if (value < 10000 || d.number.includes(".")) return undefined;
      return replaceNumber(stated, styled(Math.round(value / 1000), d.number)) + "m";
    }
  }
}

/** The character offset where the report's `line` (1-based) starts. */
function lineStart(text: string, line: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) at = text.indexOf("\n", at) + 1;
  return at;
}

/** The planted copy: the site's figure, found from its paragraph's first line, rewritten. */
function plantedText(text: string, check: ReportCheck, site: Site, planted: string) {
  const f = site.figure;
  const earlier = check.figures
    .slice(0, site.index)
    .filter((g) => g.line === f.line && g.stated === f.stated).length;
  const escaped = f.stated.replace(/[.*+?^${}()|[\]\\£]/g, "\\$&");
  const pattern = new RegExp(`(?<![\\d.,£])${escaped}(?![\\d]|[.,]\\d)`, "g");
  pattern.lastIndex = lineStart(text, f.line);
  let m: RegExpExecArray | null = null;
  for (let i = 0; i <= earlier; i++) m = pattern.exec(text);
  if (!m) return undefined;
  return text.slice(0, m.index) + planted + text.slice(m.index + f.stated.length);
}

/** The prose figures of a text, as the checker reads them. */
function figuresOf(text: string) {
  const blocks = readText(text).blocks;
  return extractFigures(
    blocks.flatMap((paragraph, block) =>
      paragraph.kind === "paragraph" ? [{ block, paragraph }] : []
    )
  ).map((f) => ({ stated: f.stated, line: (blocks[f.block] as { line: number }).line }));
}

export function sitesOf(seed: string, check: ReportCheck): Site[] {
  return check.figures.flatMap((figure, index) => {
    const traced =
      figure.status === "agrees" &&
      (figure.stated.includes("£") ||
        (/^count/.test(figure.meaning) && Number(figure.stated) >= 10));
    const listed = MISSED_SITES.some(
      (m) =>
        m.seed === seed &&
        m.stated === figure.stated &&
        (figure.paragraph ?? figure.section) === m.where
    );
    return traced || listed ? [{ seed, figure, index }] : [];
  });
}

export interface Generated {
  readonly cases: readonly PlantedCase[];
  /** The clean check of each seed, to tell new findings from the report's own. */
  readonly clean: ReadonlyMap<string, ReportCheck>;
  /** Plantings that could not be made to read back as planted (reported, never silently dropped). */
  readonly unplanted: readonly string[];
}

export function generateCases(): Generated {
  const cases: PlantedCase[] = [];
  const clean = new Map<string, ReportCheck>();
  const unplanted: string[] = [];
  for (const seed of SEEDS) {
    const text = seedText(seed);
    const check = checkReport(readText(text));
    clean.set(seed, check);
    for (const site of sitesOf(seed, check)) {
      for (const kind of PLANT_KINDS) {
        const id = `${seed.slice(0, 3)}:${site.figure.id}:${kind}`;
        const planted = plant(kind, site, seeded(hash(id)));
        if (!planted) continue;
        const copy = plantedText(text, check, site, planted);
        // The copy must read back with the planted figure in the site's place, and nothing else moved.
        const again = copy && figuresOf(copy);
        if (
          !again ||
          again.length !== check.figures.length ||
          again[site.index].stated !== planted ||
          again[site.index].line !== site.figure.line
        ) {
          unplanted.push(id);
          continue;
        }
        cases.push({ id, seed, kind, half: halfOf(id), site, planted, text: copy });
      }
    }
  }
  return { cases, clean, unplanted };
}

const key = (f: ReportFinding) => `${f.line}|${f.stated}|${f.ref.startsWith("F") ? "" : f.ref}`;

export interface Score {
  readonly id: string;
  readonly kind: PlantKind;
  /** A finding at the planted figure's paragraph, naming the figure as planted. */
  readonly detected: boolean;
  /** Findings the clean report does not have, other than the planted figure's. */
  readonly falseFindings: readonly ReportFinding[];
}

export function score(c: PlantedCase, clean: ReportCheck): Score {
  const findings = checkReport(readText(c.text)).findings;
  const atSite = (f: ReportFinding) =>
    f.source === "prose" && f.line === c.site.figure.line && f.stated === c.planted;
  const before = new Set(clean.findings.map(key));
  return {
    id: c.id,
    kind: c.kind,
    detected: findings.some(atSite),
    falseFindings: findings.filter((f) => !atSite(f) && !before.has(key(f))),
  };
}

export interface Summary {
  readonly cases: number;
  readonly detected: number;
  readonly byKind: Readonly<Record<string, { cases: number; detected: number }>>;
  readonly falseFindings: number;
}

export function summarise(scores: readonly Score[]): Summary {
  const byKind: Record<string, { cases: number; detected: number }> = {};
  for (const s of scores) {
    const k = (byKind[s.kind] ??= { cases: 0, detected: 0 });
    k.cases++;
    if (s.detected) k.detected++;
  }
  return {
    cases: scores.length,
    detected: scores.filter((s) => s.detected).length,
    byKind,
    falseFindings: scores.reduce((n, s) => n + s.falseFindings.length, 0),
  };
}

export function describe(half: string, s: Summary): string {
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)}%` : "-");
  const kinds = PLANT_KINDS.filter((k) => s.byKind[k])
    .map((k) => `${k} ${s.byKind[k].detected}/${s.byKind[k].cases}`)
    .join(", ");
  return `${half}: ${s.detected}/${s.cases} planted errors found at their paragraph (${pct(s.detected, s.cases)}; ${kinds}); ${s.falseFindings} false findings (${(s.falseFindings / Math.max(1, s.cases)).toFixed(2)} per case)`;
}
