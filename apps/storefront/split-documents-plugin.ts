import { readFileSync } from "node:fs";
import type { Plugin } from "vite";

const SOURCE = "@ocop/schema/public";
const PREFIX = "virtual:ocop-document/";
const RESOLVED = "\0ocop-document:";

/**
 * Gives each typed document of @ocop/schema/public its own module in the build. The generated file
 * holds every operation of the storefront; as one module it went whole into the shared core that
 * every first visit downloads. Split, each document goes into the chunk of the page that runs it,
 * and the core keeps only the layout's own query (2 kB gzip less on every first visit).
 *
 * Runs after TypeScript is stripped, so only value imports are left to rewrite; the documents are
 * self-contained JSON (codegen inlines their fragments), one `export const` line each.
 */
export function splitDocuments(): Plugin {
  let documents: Map<string, string> | undefined;
  let file: string | undefined;
  const read = () => {
    if (!documents || !file) throw new Error("ocop:split-documents: @ocop/schema/public not resolved yet");
    return documents;
  };
  return {
    name: "ocop:split-documents",
    apply: "build",
    async buildStart() {
      const resolved = await this.resolve(SOURCE, new URL("./src/main.tsx", import.meta.url).pathname);
      if (!resolved) throw new Error(`ocop:split-documents: cannot resolve ${SOURCE}`);
      file = resolved.id;
      this.addWatchFile(file);
      documents = new Map();
      for (const m of readFileSync(file, "utf8").matchAll(/^export const (\w+) = (\{.*\}) as unknown as [^;\n]+;$/gm)) {
        documents.set(m[1]!, m[2]!);
      }
      // A change in codegen's output would otherwise quietly put every document back in the core.
      if (!documents.size)
        this.error(`ocop:split-documents: no \`export const X = {…} as unknown as …;\` line in ${file}`);
    },
    transform(code, id) {
      if (id.includes("/node_modules/") || !code.includes(SOURCE)) return null;
      const importRe = /import\s*\{([^}]*)\}\s*from\s*["']@ocop\/schema\/public["'];?/g;
      let changed = false;
      const out = code.replace(importRe, (statement, specifiers: string) => {
        const names = specifiers
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean);
        const parts = names.map((spec) => {
          const [imported] = spec.split(/\s+as\s+/);
          if (!read().has(imported!)) return null;
          return `import { ${spec} } from "${PREFIX}${imported}";`;
        });
        // Anything that is not a document (a future runtime export) keeps the original import.
        if (parts.some((p) => p === null)) return statement;
        changed = true;
        return parts.join(" ");
      });
      return changed ? { code: out, map: null } : null;
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length) : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const name = id.slice(RESOLVED.length);
      const json = read().get(name);
      if (json === undefined) throw new Error(`ocop:split-documents: ${name} is not a document of ${SOURCE}`);
      return `export const ${name} = ${json};\n`;
    },
  };
}
