/**
 * Turns what a reader found, in order (lines of text, tables), into the report's blocks: the
 * numbers paragraphs are printed with, the headings they sit under, and the paragraph each table
 * belongs to. Shared by the text and Word readers so both cite paragraphs alike.
 */
import type { Block, Paragraph, ReportTable } from "./model";
import { splitSentences } from "./sentences";
import { tidyTable } from "./tidyTable";

export type RawItem =
  | {
      readonly kind: "text";
      readonly text: string;
      readonly line: number;
      /** A number the source gives apart from the text (a Word list's numbering). */
      readonly number?: string;
      /** The source marks it as a heading (Markdown #, a Word heading style). */
      readonly heading?: boolean;
      /** A new paragraph even if the text reads as the previous one's continuation (a Word paragraph). */
      readonly separate?: boolean;
    }
  | { readonly kind: "blank"; readonly line: number }
  | {
      readonly kind: "table";
      readonly rows: readonly (readonly string[])[];
      readonly line: number;
    };

const MONTHS =
  "January|February|March|April|May|June|July|August|September|October|November|December";
/** "5.2.4 The total...", "- 1.1 The proposal", "**7.2 Recommendation:**", "2 RECOMMENDATION(S)", "1. SUMMARY". */
const NUMBERED = new RegExp(
  String.raw`^(?:[-•*\u2013]\s+)?(?:\*\*)?(\d{1,2}(?:\.\d{1,2}){1,3}|\d{1,2}(?=\.?(?:\*\*)?\s+(?!(?:${MONTHS})\b)[\p{Lu}("'*\u201c]))\.?(?:\*\*)?\s+`,
  "u"
);
const BULLET = /^(?:[-•*\u2013\u2022]|\(?[a-z]\)|\(?[ivx]+\)|\(\d+\))\s+/u;
/** A heading is short and does not end like a sentence. */
const HEADING_LIKE = /^[^.!?]{2,90}[^.,;!?]$|^[^.!?]{2,90}:$/;
/**
 * Words no sentence or heading ends with: text that ends with one goes on in the next block, even
 * across a blank line (web pages and some exports break lines with one: "between £3,500,000 and").
 */
const UNFINISHED =
  /\b(?:and|or|of|the|to|for|with|between|by|in|on|at|from|a|an|that|which|is|are|was|were|be|will|would|than|as|into|per|its|their|our|this|these)$/i;
const headingLike = (text: string) =>
  HEADING_LIKE.test(text) && text.split(/\s+/).length <= 10 && !UNFINISHED.test(text);

function stripMarkdown(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\*\*|__/g, "")
    .replace(/<https?:[^>]*>/g, "")
    .trim();
}

interface Pending {
  number?: string;
  line: number;
  parts: string[];
  heading: boolean;
  /** A bullet or list item: never a heading. */
  item: boolean;
}

export function assemble(items: readonly RawItem[]): Block[] {
  const blocks: Block[] = [];
  let section: string | undefined;
  let number: string | undefined;
  let pending: Pending | undefined;

  const flush = () => {
    if (!pending) return;
    const text = pending.parts.join(" ").replace(/\s+/g, " ").trim();
    if (text) {
      const heading = pending.heading || (!pending.item && headingLike(text));
      const paragraph: Paragraph = {
        kind: "paragraph",
        ...(pending.number !== undefined && { number: pending.number }),
        ...(section !== undefined && { section }),
        line: pending.line,
        text,
        sentences: splitSentences(text),
        heading,
      };
      blocks.push(paragraph);
      if (heading) section = text.replace(/:$/, "");
      // A heading without a number (an appendix, "Financial implications") ends the numbered part.
      if (heading && pending.number === undefined) number = undefined;
    }
    pending = undefined;
  };

  for (const item of items) {
    if (item.kind === "blank") {
      flush();
      continue;
    }
    if (item.kind === "table") {
      flush();
      for (const part of tidyTable(item.rows)) {
        const table: ReportTable = {
          kind: "table",
          ...(number !== undefined && { number }),
          ...(section !== undefined && { section }),
          line: item.line,
          ...(part.title !== undefined && { title: part.title }),
          rows: part.rows,
        };
        blocks.push(table);
      }
      continue;
    }
    const raw = stripMarkdown(item.text.replace(/^#+\s*/, ""));
    if (!raw) continue;
    const numbered = item.number === undefined ? NUMBERED.exec(raw) : null;
    const printed = item.number ?? numbered?.[1];
    const bullet = BULLET.test(raw);
    const text = numbered ? raw.slice(numbered[0].length) : raw.replace(BULLET, "");
    if (!item.separate && printed === undefined && !bullet && !item.heading) {
      // A line that goes on from an unfinished one is the same paragraph (a PDF's wrapped line, a
      // sentence carried over a page break).
      const open = pending ? (goesOn(pending, text) ? pending : undefined) : reopen(blocks, text);
      if (open) {
        pending = open;
        pending.parts.push(text);
        continue;
      }
    }
    flush();
    if (printed !== undefined) number = printed;
    pending = {
      ...(printed !== undefined && { number: printed }),
      line: item.line,
      parts: [text],
      heading: Boolean(item.heading),
      item: bullet,
    };
  }
  flush();
  return blocks;
}

function goesOn(pending: Pending, text: string): boolean {
  return !/[.!?:]$/.test(pending.parts[pending.parts.length - 1]) || /^\p{Ll}/u.test(text);
}

/** The last paragraph, taken up again when `text` carries on its unfinished sentence. */
function reopen(blocks: Block[], text: string): Pending | undefined {
  const last = blocks[blocks.length - 1];
  if (last?.kind !== "paragraph" || last.heading || /[.!?:]$/.test(last.text)) return undefined;
  if (!/^\p{Ll}/u.test(text) && !UNFINISHED.test(last.text)) return undefined;
  blocks.pop();
  return {
    ...(last.number !== undefined && { number: last.number }),
    line: last.line,
    parts: [last.text],
    heading: false,
    item: false,
  };
}
