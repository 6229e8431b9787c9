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

  it("checks the mail settings: an smtp(s) URL, a sender address, the sender required with a server", () => {
    expect(
      loadConfig({ SMTP_URL: "smtps://u:p@mail.example.vn:465", MAIL_FROM: "OCOP Lạng Sơn <ocop@example.vn>" }),
    ).toMatchObject({ SMTP_URL: "smtps://u:p@mail.example.vn:465", MAIL_FROM: "OCOP Lạng Sơn <ocop@example.vn>" });
    expect(loadConfig({ MAIL_FROM: "ocop@example.vn" }).SMTP_URL).toBeUndefined();
    const problemsOf = (env: NodeJS.ProcessEnv) => {
      try {
        loadConfig(env);
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as ConfigError).problems;
      }
      return expect.unreachable();
    };
    expect(problemsOf({ SMTP_URL: "smtp://mail.example.vn:587" })).toEqual([
      expect.stringMatching(/^MAIL_FROM: is required when SMTP_URL is set/),
    ]);
    const wrong = problemsOf({ SMTP_URL: "http://user:hunter2@mail.example.vn", MAIL_FROM: "OCOP <not an address>" });
    expect(wrong).toHaveLength(2);
    expect(wrong.find((p) => p.startsWith("SMTP_URL:"))).toContain("smtp:// or smtps://");
    expect(wrong.join("\n")).not.toContain("hunter2");
    expect(wrong.find((p) => p.startsWith("MAIL_FROM:"))).toContain('"OCOP <not an address>"');
    // The password is not printed.
    const printed = problemsOf({ SMTP_URL: "smtp://user:hunter2@", MAIL_FROM: "ocop@example.vn" }).join("\n");
    expect(printed).toContain("SMTP_URL:");
    expect(printed).not.toContain("hunter2");
    expect(problemsOf({ MAIL_RETRY_BASE_MS: "soon" })[0]).toMatch(/^MAIL_RETRY_BASE_MS: must be a number/);
  });
});
