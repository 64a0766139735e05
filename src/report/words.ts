/**
 * The words a figure is about ("annual", "placements", "contract"), for telling whether two figures
 * speak of the same thing: a figure and a table cell's labels, or two figures in the prose.
 */

const STOPWORDS = new Set(
  (
    "a an the of for to in on at by with from and or but is are was were be been being will would " +
    "could should may might can this that these those it its as per which who whom whose there their " +
    "than then so such also into over under up down out about between within across each all any " +
    "our we us you your they them he she his her has have had do does did not no nor if while where " +
    "when what how only both other some more most less least very just since after before during " +
    "therefore however further said set based shows show table below above following detailed total"
  ).split(" ")
);

/** Words that mean the same to a reviewer. */
const SAME: Record<string, string> = {
  avg: "average",
  av: "average",
  annually: "annual",
  annum: "annual",
  yearly: "annual",
  pa: "annual",
  pw: "weekly",
  week: "weekly",
  weeks: "weekly",
  wk: "weekly",
  bed: "bed",
  beds: "bed",
  place: "placement",
  places: "placement",
  placements: "placement",
  spaces: "placement",
  space: "placement",
  children: "child",
  costs: "cost",
  costing: "cost",
  savings: "saving",
  fees: "fee",
  prices: "price",
  rates: "rate",
  years: "year",
  months: "month",
  homes: "home",
  authorities: "authority",
  boroughs: "borough",
  providers: "provider",
  contracts: "contract",
  budgets: "budget",
  clients: "client",
  numbers: "number",
};

export function subjectWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const raw of text.toLowerCase().match(/[a-z][a-z']*/g) ?? []) {
    const word = raw.replace(/'s$/, "").replace(/'/g, "");
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    words.add(SAME[word] ?? word);
  }
  return words;
}

/** Words too common in these reports to say two figures are about the same thing on their own. */
const COMMON = new Set([
  "cost",
  "contract",
  "council",
  "child",
  "young",
  "people",
  "service",
  "care",
]);

/** The words two figures share, the common ones apart. */
export function sharedWords(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  return [...a].filter((w) => b.has(w) && !COMMON.has(w));
}
