/** CARE.CHECK, as Excel calls it, on figures the seed reports print. */
import { call, errorOf } from "../support/bundle";

it("Hackney 5.2.4: the annual total printed £4,797,965.16 against rows adding to £4,797,956.16", () => {
  expect(call("CHECK", "£4,797,965.16", 4797956.16)).toBe(
    'Differs by +9.00 from 4,797,956.16: digits transposed: "65" written for "56"'
  );
});

it.each([
  ["£5.48m", 5483358.4],
  ["£3.564m", 3564225],
  ["£685,422", 685422.31],
  [4797956.16, 4797956.16],
])("%j agrees with %d within the rounding it shows", (stated, recomputed) => {
  expect(call("CHECK", stated, recomputed)).toBe("OK");
});

it("Kent: £3.564m is not £3,564,225 to the pound when a tolerance of £1 is given", () => {
  expect(call("CHECK", "£3.564m", 3564225, 1)).toMatch(/^Differs by -225 from 3,564,225/);
});

it("a sign error is named", () => {
  expect(call("CHECK", "(74,074)", 74073.6)).toMatch(/sign error/);
});

it("shows a difference finer than the stated figure in pence", () => {
  expect(call("CHECK", 1000, 1000.4, 0.1)).toBe("Differs by -0.40 from 1,000.40");
});

it.each([
  [["n/a", 1], /^stated is text "n\/a", not a figure/],
  [[1, ""], /^recomputed is blank/],
  [[1, 1, -1], /^tolerance must be 0 or more/],
])("CARE.CHECK(%j) is an error that says what to change", (args, message) => {
  const error = errorOf("CHECK", ...args);
  expect(error.code).toBe("#VALUE!");
  expect(error.message).toMatch(message);
});
