/**
 * The CARE functions inside HyperFormula, a real spreadsheet engine, for the preview host, the
 * command line and the tests. Built from functions.json and the functions the bundle associated,
 * so the engine runs the very code Excel runs. HyperFormula is GPL-3.0: never import this module
 * from a bundle that Excel loads (taskpane.js, functions.js).
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import type { ImplementedFunctions } from "hyperformula";
import { SPILLS } from "../functions/spills";
import { EXCEL_COLUMNS, EXCEL_ROWS, MOST_ARGUMENT_CELLS, tooManyCells } from "../core/limits";
import type { CareFunction } from "./customFunctionsRuntime";
import { CustomFunctionError } from "./customFunctionsRuntime";

/** The parts of functions.json this module reads. */
export interface FunctionsMetadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    parameters: {
      name: string;
      description?: string;
      type?: string;
      dimensionality?: string;
      optional?: boolean;
    }[];
    result: { type?: string; dimensionality?: string };
  }[];
}

export const NAMESPACE = "CARE";

/** The engine's sheet size set to Excel's (its default stops at 40,000 rows). */
export const ENGINE_SIZE = { maxRows: EXCEL_ROWS, maxColumns: EXCEL_COLUMNS } as const;

type Ast = Parameters<FunctionPlugin["arraySizeForAst"]>[0];
/** A function call's node in HyperFormula's syntax tree (its ProcedureAst). */
interface CallAst {
  args: Ast[];
}
type State = Parameters<FunctionPlugin["arraySizeForAst"]>[1];

/** A HyperFormula cell value as Excel would pass it: empty is null, ranges are 2-D arrays. */
function excelArgument(value: unknown, name: string): unknown {
  if (value instanceof SimpleRangeValue) {
    // Refused before the engine lays the range out as arrays, with the message the functions give.
    const cells = value.width() * value.height();
    if (cells > MOST_ARGUMENT_CELLS)
      throw new CellError(ErrorType.VALUE, tooManyCells(name, cells));
    return value.rawData().map((row) => row.map((cell) => excelArgument(cell, name)));
  }
  if (value === EmptyValue || value === undefined) return null;
  if (value instanceof CellError) throw value;
  return value;
}

/** A promise from any realm (the bundle may run in a context of its own). */
function isPromise(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | undefined)?.then === "function";
}

function engineResult(name: string, value: unknown): unknown {
  if (Array.isArray(value)) return SimpleRangeValue.onlyValues(value);
  // HyperFormula evaluates synchronously; a function Excel lets answer later cannot be waited for here.
  if (isPromise(value)) {
    value.then(undefined, () => undefined);
    return new CellError(
      ErrorType.VALUE,
      `${name} answers asynchronously, which only Excel can wait for. Here, use the Check tab or carecalc check.`
    );
  }
  return value;
}

function engineError(error: unknown): CellError {
  if (error instanceof CellError) return error;
  if (error instanceof CustomFunctionError) {
    const type =
      error.code === "#NUM!"
        ? ErrorType.NUM
        : error.code === "#N/A"
          ? ErrorType.NA
          : ErrorType.VALUE;
    return new CellError(type, error.message);
  }
  return new CellError(ErrorType.VALUE, error instanceof Error ? error.message : String(error));
}

function literalNumber(ast: Ast | undefined): number | undefined {
  return ast && "value" in ast && typeof ast.value === "number" ? ast.value : undefined;
}

class CarePlugin extends FunctionPlugin {
  /** Runs one CARE function the way Excel calls it. */
  callCare(
    name: string,
    fn: FunctionsMetadata["functions"][number],
    implementation: CareFunction,
    ast: CallAst,
    state: State
  ) {
    return this.runFunction(ast.args, state, this.metadata(name), (...args: unknown[]) => {
      try {
        const excelArgs = fn.parameters.map((p, i) => excelArgument(args[i], p.name));
        return engineResult(name, implementation(...excelArgs)) as ReturnType<
          FunctionPlugin["runFunction"]
        >;
      } catch (error) {
        return engineError(error);
      }
    });
  }

  /** Spill sizes must be known before evaluation; each function's rule (functions/spills.ts) says how. */
  careSpillSize(fn: FunctionsMetadata["functions"][number], ast: CallAst, state: State): ArraySize {
    const rule = SPILLS[fn.id];
    if (!rule) return ArraySize.scalar();
    const argument = (name: string) => ast.args[fn.parameters.findIndex((p) => p.name === name)];
    if ("shapeOf" in rule) {
      const shapeOf = argument(rule.shapeOf);
      if (!shapeOf) return ArraySize.scalar();
      // A range's size is marked as a reference; the result is values of the same size. A range
      // past the limit gives its message in one cell rather than a spill the size of the range.
      const { width, height } = this.arraySizeForAst(shapeOf, state);
      return width * height > MOST_ARGUMENT_CELLS
        ? ArraySize.scalar()
        : new ArraySize(width, height);
    }
    if ("rows" in rule) return new ArraySize(rule.columns, rule.rows);
    const count = literalNumber(argument(rule.rowsPer));
    return count !== undefined && Number.isInteger(count) && count > 0 && count <= rule.most
      ? new ArraySize(rule.columns, count + rule.extraRows)
      : ArraySize.scalar();
  }
}

/** Registers every CARE function with HyperFormula (idempotent). */
export function registerCareFunctions(
  metadata: FunctionsMetadata,
  registry: Map<string, CareFunction>
): void {
  const implementedFunctions: ImplementedFunctions = {};
  const translations: Record<string, string> = {};
  const prototype = CarePlugin.prototype as unknown as Record<string, unknown>;
  for (const fn of metadata.functions) {
    const implementation = registry.get(fn.id);
    if (!implementation) throw new Error(`The functions bundle did not register ${fn.id}.`);
    const name = `${NAMESPACE}.${fn.name}`;
    const spills = fn.result.dimensionality === "matrix";
    implementedFunctions[name] = {
      method: `care_${fn.id}`,
      ...(spills && { sizeOfResultArrayMethod: `care_size_${fn.id}` }),
      parameters: fn.parameters.map((p) => ({
        argumentType:
          p.dimensionality === "matrix" ? FunctionArgumentType.RANGE : FunctionArgumentType.ANY,
        optionalArg: Boolean(p.optional),
      })),
      vectorizationForbidden: true,
    };
    translations[name] = name;
    prototype[`care_${fn.id}`] = function (this: CarePlugin, ast: CallAst, state: State) {
      return this.callCare(name, fn, implementation, ast, state);
    };
    if (spills) {
      prototype[`care_size_${fn.id}`] = function (this: CarePlugin, ast: CallAst, state: State) {
        return this.careSpillSize(fn, ast, state);
      };
    }
  }
  (CarePlugin as unknown as { implementedFunctions: ImplementedFunctions }).implementedFunctions =
    implementedFunctions;
  if (
    HyperFormula.getRegisteredFunctionNames("enGB").includes(
      `${NAMESPACE}.${metadata.functions[0]?.name}`
    )
  )
    return;
  HyperFormula.registerFunctionPlugin(CarePlugin, { enGB: translations, enUS: translations });
}
