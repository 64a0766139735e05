import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import globals from "globals";

export default [
  { ignores: ["dist/", "node_modules/", "coverage/", "test-output/", ".jest-results.json"] },
  ...officeAddins.configs.react,
  { languageOptions: { ecmaVersion: "latest", sourceType: "module" } },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: {
      // TypeScript reports these itself, and understands overloads and value/type pairs.
      "no-redeclare": "off",
      "no-undef": "off",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
    },
  },
  {
    files: ["scripts/**", "webpack.config.js", "jest.config.js", "test/**", "bin/**"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["src/**"],
    languageOptions: {
      globals: {
        ...globals.browser,
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
      },
    },
    rules: {
      // Spreading an array into arguments overflows the stack past about 100,000 items (a long sheet).
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name=/^(min|max)$/] > SpreadElement",
          message: "Spread overflows the stack on long arrays: use reduce.",
        },
      ],
    },
  },
  // Layer boundaries: a layer imports only from the layers beneath it (README, "Layout").
  layer(
    ["src/core/**", "src/review/**"],
    ["office", "taskpane", "preview", "tables", "functions", "files", "cli"]
  ),
  layer(
    ["src/tables/**"],
    ["office", "taskpane", "preview", "functions", "files", "cli", "hyperformula"]
  ),
  // Files people send (zip packages), read alike by the command line and the pane: only the core's
  // limits beneath it, and no node: modules, which the browser does not have.
  layer(
    ["src/files/**"],
    [
      "review",
      "office",
      "taskpane",
      "preview",
      "tables",
      "functions",
      "report",
      "cli",
      "hyperformula",
    ],
    { "node:*": "src/files/ runs in the pane too, where there are no node: modules." }
  ),
  // A whole report's checker uses the reviewer engine and lays out its schedule as a table plan.
  layer(["src/report/**"], ["office", "taskpane", "preview", "functions", "cli", "hyperformula"]),
  layer(["src/office/**"], ["taskpane", "preview", "functions", "files", "cli", "hyperformula"]),
  layer(
    ["src/functions/**"],
    ["office", "taskpane", "preview", "tables", "files", "cli", "hyperformula"]
  ),
  // Only the Office adapter calls Excel; only it and the pane's entry point (Office.onReady) touch Office.
  {
    files: ["src/**"],
    ignores: ["src/office/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "Only src/office/ calls Excel: go through the WorkbookHost." },
      ],
    },
  },
  {
    files: ["src/**"],
    ignores: ["src/office/**", "src/taskpane/index.tsx"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "Only src/office/ calls Excel: go through the WorkbookHost." },
        {
          name: "Office",
          message:
            "Only src/office/ and the pane's entry point touch Office: go through the WorkbookHost.",
        },
      ],
    },
  },
];

/** Files matching `files` may not import from the named src/ folders, nor `also` (pattern: why). */
function layer(files, forbidden, also = {}) {
  return {
    files,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...forbidden.map((folder) => ({
              group: [`**/${folder}`, `**/${folder}/**`],
              message: `This layer must not depend on src/${folder}/ (see the layout in README.md).`,
            })),
            ...Object.entries(also).map(([pattern, message]) => ({ group: [pattern], message })),
          ],
        },
      ],
    },
  };
}
