/**
 * What Excel's custom-functions runtime offers a functions bundle (`associate`, `Error`, `ErrorCode`),
 * for hosts that are not Excel: the browser preview, the command line and the tests. The bundle
 * registers itself through `associate` exactly as it does in Excel.
 */
export type CareFunction = (...args: unknown[]) => unknown;

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message ?? code);
  }
}

export interface CustomFunctionsRuntime {
  readonly associate: (id: string | Record<string, CareFunction>, fn?: CareFunction) => void;
  readonly Error: typeof CustomFunctionError;
  readonly ErrorCode: typeof ErrorCode;
  /** Every function the bundle associated, by id. */
  readonly registry: Map<string, CareFunction>;
}

export function createCustomFunctionsRuntime(): CustomFunctionsRuntime {
  const registry = new Map<string, CareFunction>();
  return {
    associate(id, fn) {
      if (typeof id === "string") {
        if (fn) registry.set(id.toUpperCase(), fn);
      } else {
        Object.entries(id).forEach(([name, f]) => registry.set(name.toUpperCase(), f));
      }
    },
    Error: CustomFunctionError,
    ErrorCode,
    registry,
  };
}
