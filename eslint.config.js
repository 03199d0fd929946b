// ESLint flat config: type-aware TypeScript rules for src/, regex safety everywhere, and a
// length limit that asks long functions to be split or to say why they are not.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import regexp from "eslint-plugin-regexp";

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "coverage/",
      "bench/corpus/",
      "test/fixtures/",
      "test/golden/",
      "src/validate/generated/",
      "src/model/incident.generated.ts",
    ],
  },
  js.configs.recommended,
  regexp.configs["flat/recommended"],
  {
    files: ["src/**/*.ts"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "max-lines-per-function": ["error", { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: {
      globals: {
        console: "readonly",
        process: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        Buffer: "readonly",
        performance: "readonly",
        TextDecoder: "readonly",
        TextEncoder: "readonly",
        structuredClone: "readonly",
      },
    },
  },
);
