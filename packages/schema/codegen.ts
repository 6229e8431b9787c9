import type { CodegenConfig } from "@graphql-codegen/cli";

// typescript-operations (v6) emits the types, enums and inputs the operations use, and nothing else.
// Operations live beside the routes that use them (apps/*/src/**/*.graphql); the typed documents
// are generated here so both apps import one contract and the type checker follows schema changes.
const plugins = ["typescript-operations", "typed-document-node"];
const pluginConfig = {
  enumsAsTypes: true,
  useTypeImports: true,
  avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
  scalars: { DateTimeISO: "string", LocalDate: "string", JSONObject: "Record<string, unknown>" },
  skipTypename: false,
  dedupeFragments: true,
};

export const config: CodegenConfig = {
  overwrite: true,
  hooks: {},
  generates: {
    "src/generated/public.ts": {
      schema: "public.graphql",
      documents: ["../../apps/storefront/src/**/*.graphql"],
      plugins,
      config: pluginConfig,
    },
    "src/generated/admin.ts": {
      schema: "admin.graphql",
      documents: ["../../apps/admin/src/**/*.graphql"],
      plugins,
      config: pluginConfig,
    },
  },
};
export default config;
