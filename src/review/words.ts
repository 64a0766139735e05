/** How the reviewer engine words relations and figures: the table's own labels, en-GB amounts. */
import type { Factor } from "./settings";

/** One formatter per number of decimals: making an Intl.NumberFormat costs far more than using one. */
const formatters = new Map<number, Intl.NumberFormat>();

/** 4,797,956.16; `places` decimals, or as many as the value needs (up to 10). */
export function amountWords(value: number, places?: number): string {
  const decimals = places ?? Math.min(10, decimalPlaces(value));
  let format = formatters.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat("en-GB", {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formatters.set(decimals, format);
  }
  return format.format(value);
}

function decimalPlaces(value: number): number {
  const text = String(Number(value.toPrecision(12)));
  return /e/.test(text) ? 10 : (text.split(".")[1]?.length ?? 0);
}

/** "A x B x 52": the inputs and the factor, the factor left out when it is 1. */
export function termWords(inputs: readonly string[], factor: Factor): string {
  return [...inputs, ...(factor.value === 1 ? [] : [factor.words])].join(" x ");
}

/** "Low + Medium + High", or for long runs "sum of Low ... High (12 lines)". */
export function sumWords(names: readonly string[], signs?: readonly number[]): string {
  if (names.length <= 4) {
    return names
      .map((n, i) =>
        i === 0
          ? (signs?.[0] ?? 1) < 0
            ? `-${n}`
            : n
          : `${(signs?.[i] ?? 1) < 0 ? "-" : "+"} ${n}`
      )
      .join(" ");
  }
  const less = signs ? names.filter((_, i) => signs[i] < 0) : [];
  const lessWords =
    less.length > 3
      ? `${less[0]} ... ${less[less.length - 1]} (${less.length} lines)`
      : less.join(", ");
  const tail = less.length ? `, less ${lessWords}` : "";
  return `sum of ${names[0]} ... ${names[names.length - 1]} (${names.length} lines${tail})`;
}

/** Text quoted in a message: control, C1 and bidirectional characters shown as escapes, and cut short. */
export function quoted(text: string, most: number): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const unsafe =
      code < 0x20 ||
      (code >= 0x7f && code < 0xa0) ||
      (code >= 0x202a && code <= 0x202e) ||
      (code >= 0x2066 && code <= 0x2069);
    out += unsafe ? `\\u{${code.toString(16)}}` : ch;
    if (out.length >= most) return `${out.slice(0, most)}...`;
  }
  return out;
}
