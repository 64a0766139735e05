import { Decimal, ONE, ZERO } from "./decimal";
import { invalid } from "./errors";

/*
 * Domain checks shared by every core function. Each names the argument as Excel shows it and
 * says what to change, so the same message reaches a cell, the task pane and the command line.
 */

export function positive(name: string, value: Decimal, what = "a number"): Decimal {
  if (value.lte(0)) {
    throw invalid(
      `${name} must be ${what} above 0; got ${value.toString()}. Enter a positive value.`
    );
  }
  return value;
}

export function nonNegative(name: string, value: Decimal): Decimal {
  if (value.lt(0)) {
    throw invalid(`${name} cannot be negative; got ${value.toString()}. Enter 0 or more.`);
  }
  return value;
}

export function wholeNumber(name: string, value: Decimal): Decimal {
  if (!value.isInteger()) {
    throw invalid(`${name} must be a whole number; got ${value.toString()}.`);
  }
  return value;
}

/** Beds are counted, so they are whole and at least one. */
export function bedCount(name: string, value: Decimal): Decimal {
  return positive(name, wholeNumber(name, value), "a whole number of beds");
}

/** A price paid for a placement: zero would make every ratio meaningless, so it is refused. */
export function price(name: string, value: Decimal): Decimal {
  if (value.isZero()) {
    throw invalid(
      `${name} is 0: a zero price cannot be compared. Enter the price, or leave this bid out.`
    );
  }
  return positive(name, value, "a price");
}

function percentHint(value: Decimal): string {
  return value.gt(1)
    ? ` Did you mean ${value.toString()}%, which is ${value.div(100).toString()}?`
    : "";
}

/** A yearly rate such as an uplift or a discount rate, as a fraction: 3% is 0.03. Above -100%, at most 100%. */
export function rateFraction(name: string, value: Decimal): Decimal {
  if (value.gt(1) || value.lte(-1)) {
    throw invalid(
      `${name} must be a yearly rate above -100% and at most 100%; got ${value.toString()}.${percentHint(value)}`
    );
  }
  return value;
}

/** A value from 0 to 1, with what it must be in words when it is not. */
function fraction(name: string, value: Decimal, what: string): Decimal {
  if (value.gt(ONE) || value.lt(ZERO)) {
    throw invalid(`${name} must be ${what}; got ${value.toString()}.${percentHint(value)}`);
  }
  return value;
}

/** A share of something, from 0 to 1: 7% is 0.07. */
export function shareFraction(name: string, value: Decimal): Decimal {
  return fraction(name, value, "a share from 0% to 100%");
}

/** A probability, from 0 to 1: a 90% chance is 0.9. */
export function probability(name: string, value: Decimal): Decimal {
  return fraction(name, value, "a probability from 0 to 1 (0% to 100%)");
}

export function atMost(name: string, value: Decimal, limitName: string, limit: Decimal): Decimal {
  if (value.gt(limit)) {
    throw invalid(
      `${name} (${value.toString()}) is more than ${limitName} (${limit.toString()}). Enter at most ${limit.toString()}.`
    );
  }
  return value;
}

export function nonEmpty<T>(name: string, values: readonly T[]): readonly T[] {
  if (values.length === 0) throw invalid(`${name} is empty. Select at least one value.`);
  return values;
}
