import { readFile } from "node:fs/promises";
import path from "node:path";
import { generate } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import { config } from "./codegen";

describe("the committed generated code", () => {
  it("is what GraphQL Code Generator makes from the schema and the apps' operations (run `pnpm schema:generate`)", async () => {
    const outputs = await generate({ ...config, cwd: __dirname, silent: true }, false);
    expect(outputs.length).toBe(Object.keys(config.generates).length);
    for (const output of outputs) {
      const committed = await readFile(path.resolve(__dirname, output.filename), "utf8");
      expect(committed, output.filename).toBe(output.content);
    }
  });
});
