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
          selector: "CallExpression[callee.object.name='Math'] > SpreadElement",
          message: "Spread overflows the stack on long arrays: use reduce.",
        },
      ],
    },
  },
];
