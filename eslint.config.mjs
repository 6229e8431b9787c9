// One lint configuration for every package: typescript-eslint's recommended rules everywhere, the
// rules of hooks in the two React apps. Formatting is Prettier's job, not ESLint's.
import js from "@eslint/js";
import comments from "@eslint-community/eslint-plugin-eslint-comments/configs";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "**/dist-server/**",
      "**/.data/**",
      "**/.turbo/**",
      "**/coverage/**",
      "packages/schema/src/generated/**",
      "bench/results/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  comments.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // A disabled rule says why on the same line: `// eslint-disable-next-line rule -- reason`.
      "@eslint-community/eslint-comments/require-description": ["error", { ignore: ["eslint-enable"] }],
      "@eslint-community/eslint-comments/disable-enable-pair": ["error", { allowWholeFile: true }],
    },
  },
  {
    // Layers hold (README, Architecture): an API resolver parses its arguments and calls one service
    // method (a field resolver: a loader or a service); statements, repositories and transactions
    // live in services, GraphQL object and input types in *.types.ts.
    files: ["apps/api/src/modules/**/*.resolver.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        ...["dataSource", "getRepository", "createQueryBuilder", "transaction", "query", "manager"].map((property) => ({
          property,
          message: "A resolver calls a service or a loader; the database is the service's business.",
        })),
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "Decorator > CallExpression[callee.name=/^(ObjectType|InputType|ArgsType|InterfaceType)$/]",
          message: "GraphQL types live in the module's *.types.ts / *.admin.types.ts, not in a resolver file.",
        },
        {
          selector: "CallExpression[callee.name=/^(registerEnumType|ConnectionType)$/]",
          message: "GraphQL types live in the module's *.types.ts / *.admin.types.ts, not in a resolver file.",
        },
      ],
    },
  },
  {
    // Tests read GraphQL answers as untyped JSON: the assertions state their shape.
    files: ["**/*.test.{ts,tsx}", "**/test/**/*.ts", "**/test-support/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["apps/admin/**/*.{ts,tsx}", "apps/storefront/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
);
