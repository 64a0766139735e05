/**
 * A table for the preview's Check tab to find something in: Hackney's 2019 contract-value table
 * (paragraph 5.2.4) as a reviewer pastes it from the report, text and all. Its annual total, B5,
 * is printed £4,797,965.16; the rows add up to £4,797,956.16.
 */
export const SAMPLE_SHEET = "Sample - Hackney 5.2.4";

export const SAMPLE_TABLE: readonly (readonly string[])[] = [
  ["Contract Element", "Annual Cost (£ ex VAT)", "Total Contract Cost (£ ex VAT)"],
  ["Low Support Cost", "£4,388,575.80", "£35,108,606.40"],
  ["Medium Support Cost", "£276,480.24", "£2,211,841.92"],
  ["High Support Cost", "£132,900.12", "£1,063,200.96"],
  ["Total (£ ex VAT)", "£4,797,965.16", "£38,383,649.28"],
];
