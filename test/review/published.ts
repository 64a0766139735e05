/**
 * The published-table corpus and its fixed split. A table's half follows from its id alone, so no
 * one picks which tables the checker is scored on: `dev` may be studied, `test` is only scored.
 */
import { createHash } from "node:crypto";
import { loadPublished, PublishedTable } from "../../scripts/verify-published";

export type Half = "dev" | "test";

export function halfOf(id: string): Half {
  return createHash("sha256").update(id).digest()[0] % 2 === 0 ? "dev" : "test";
}

export function publishedTables(half: Half): PublishedTable[] {
  return loadPublished()
    .map(({ table }) => table)
    .filter((table) => halfOf(table.id) === half);
}
