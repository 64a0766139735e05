/**
 * Errors the core raises for input it cannot compute with. The adapters turn `kind` into an Excel
 * error: "value" for input the user must change (#VALUE!), "num" where the arithmetic is undefined (#NUM!).
 * Messages name the argument and say what to change.
 */
export type CareErrorKind = "value" | "num";

export class CareError extends Error {
  constructor(
    readonly kind: CareErrorKind,
    message: string
  ) {
    super(message);
    this.name = "CareError";
  }
}

export function invalid(message: string): CareError {
  return new CareError("value", message);
}
