import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";

describe("configuration", () => {
  it("has working defaults", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 4000, SEED_DEMO_DATA: true, NODE_ENV: "production" });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it("names every wrong value on its own line", () => {
    try {
      loadConfig({ PORT: "eighty", DATABASE_URL: "mysql://x", SEED_DEMO_DATA: "maybe" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(3);
      expect(problems.find((p) => p.startsWith("PORT:"))).toContain('"eighty"');
      expect(problems.find((p) => p.startsWith("DATABASE_URL:"))).toContain("postgres");
      expect(problems.find((p) => p.startsWith("SEED_DEMO_DATA:"))).toContain("true or false");
      expect((error as Error).message.split("\n")).toHaveLength(4);
    }
  });

  it("treats an empty variable as unset", () => {
    expect(loadConfig({ DATABASE_URL: "", PORT: "" }).PORT).toBe(4000);
  });
});
