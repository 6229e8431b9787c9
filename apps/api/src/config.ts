import os from "node:os";
import path from "node:path";
import { z } from "zod";

/** Repository root: apps/api/{src,dist}/config.{ts,js} → three levels up. */
export const REPO_ROOT = path.resolve(__dirname, "..", "..", "..");

const booleanFlag = z
  .enum(["true", "false", "1", "0"], { message: "must be true or false" })
  .transform((v) => v === "true" || v === "1");

/** An address, or a display name and an address in angle brackets. */
const MAIL_FROM_PATTERN = /^(?:[^<>\r\n]*<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/;

function isSmtpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "smtp:" || url.protocol === "smtps:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/** A value as it may be printed: an SMTP URL's password is not. */
function printable(name: string, value: string): string {
  if (name !== "SMTP_URL") return value;
  return value.replace(/^([a-z][\w+.-]*:\/\/[^:@/]*:)[^@/]*@/i, "$1***@");
}

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PORT: z.coerce.number({ message: "must be a port number" }).int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  OCOP_DATA_DIR: z.string().min(1).default(path.join(REPO_ROOT, ".data")),
  EMBEDDED_PG_PORT: z.coerce.number({ message: "must be a port number" }).int().min(1024).max(65535).default(54329),
  /** A statement running longer is cancelled (and a frozen server is given up on): requests never hang. */
  DB_STATEMENT_TIMEOUT_MS: z.coerce
    .number({ message: "must be a number of milliseconds" })
    .int()
    .min(100)
    .default(15_000),
  /** Waiting longer for a connection (server down or pool exhausted) answers 503. */
  DB_CONNECT_TIMEOUT_MS: z.coerce.number({ message: "must be a number of milliseconds" }).int().min(100).default(5_000),
  DB_POOL_SIZE: z.coerce.number({ message: "must be a whole number" }).int().min(1).max(200).default(10),
  PUBLIC_URL: z.string().url("must be an absolute URL, e.g. https://ocop.langson.gov.vn").optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SEED_DEMO_DATA: booleanFlag.default(true),
  STOREFRONT_DIST: z.string().default(path.join(REPO_ROOT, "apps", "storefront", "dist")),
  ADMIN_DIST: z.string().default(path.join(REPO_ROOT, "apps", "admin", "dist")),
  /** The storefront's server renderer (its `vite build --ssr`); without the file, pages render in the browser only. */
  STOREFRONT_SERVER_ENTRY: z
    .string()
    .default(path.join(REPO_ROOT, "apps", "storefront", "dist-server", "entry-server.js")),
  /** Renders storefront pages on the server (off: the browser renders them from the API's data). */
  STOREFRONT_SSR: booleanFlag.default(true),
  /** How long a storefront page waits for its data on the server before going out with loading states. */
  SSR_RENDER_BUDGET_MS: z.coerce.number({ message: "must be a number of milliseconds" }).int().min(100).default(1500),
  /** High: everyone at a fair shares one Wi-Fi address. */
  CONNECTION_REQUESTS_PER_ADDRESS_PER_HOUR: z.coerce
    .number({ message: "must be a whole number" })
    .int()
    .min(1)
    .default(60),
  /** Low: one sender, by the email or the phone they give. */
  CONNECTION_REQUESTS_PER_CONTACT_PER_DAY: z.coerce
    .number({ message: "must be a whole number" })
    .int()
    .min(1)
    .default(10),
  /** A connection form sent sooner after it was opened is a bot's (0: no check). */
  CONNECTION_REQUEST_MIN_FILL_SECONDS: z.coerce
    .number({ message: "must be a number of seconds" })
    .min(0)
    .max(600)
    .default(3),
  TRUST_PROXY: z.string().default("loopback"),
  /** Creates the demo staff accounts (and prints their credentials at start). Off in production. */
  DEMO_MODE: booleanFlag.default(true),
  SESSION_TTL_HOURS: z.coerce
    .number({ message: "must be a number of hours" })
    .min(0.01)
    .max(24 * 30)
    .default(12),
  MEDIA_DIR: z.string().optional(),
  /** Where uploads are streamed while they are checked (removed right after). */
  UPLOAD_TMP_DIR: z.string().min(1).default(path.join(os.tmpdir(), "ocop-uploads")),
  MAX_UPLOAD_MB: z.coerce.number({ message: "must be a number of megabytes" }).min(0.1).max(100).default(10),
  /** Largest decision annex (xlsx or csv) an import accepts. */
  MAX_IMPORT_MB: z.coerce.number({ message: "must be a number of megabytes" }).min(0.1).max(200).default(20),
  SIGN_IN_ATTEMPTS_PER_ACCOUNT: z.coerce.number({ message: "must be a whole number" }).int().min(1).default(5),
  SIGN_IN_ATTEMPTS_PER_ADDRESS: z.coerce.number({ message: "must be a whole number" }).int().min(1).default(30),
  /** The mail server; unset: each mail is written as an .eml file to $OCOP_DATA_DIR/outbox/. */
  SMTP_URL: z
    .string()
    .refine(isSmtpUrl, "must be an smtp:// or smtps:// URL with a host, e.g. smtps://user:password@mail.example.vn:465")
    .optional(),
  /** The sender of every mail, e.g. "OCOP Lạng Sơn <ocop@example.vn>". */
  MAIL_FROM: z
    .string()
    .regex(MAIL_FROM_PATTERN, 'must be an address, optionally with a name: "OCOP Lạng Sơn <ocop@example.vn>"')
    .optional(),
  /** The wait after a failed attempt, doubled with each further one (at most an hour). */
  MAIL_RETRY_BASE_MS: z.coerce.number({ message: "must be a number of milliseconds" }).int().min(10).default(30_000),
  /** Attempts before a mail is marked failed. */
  MAIL_MAX_ATTEMPTS: z.coerce.number({ message: "must be a whole number" }).int().min(1).max(100).default(10),
  /** The longest wait for each step of the mail server's conversation. */
  MAIL_SEND_TIMEOUT_MS: z.coerce.number({ message: "must be a number of milliseconds" }).int().min(100).default(30_000),
  /** Days a sent or failed mail (with the requester's words in it) is kept in the outbox. */
  MAIL_RETENTION_DAYS: z.coerce.number({ message: "must be a whole number of days" }).int().min(1).default(90),
});

const checkedSchema = schema.superRefine((config, ctx) => {
  if (config.SMTP_URL && !config.MAIL_FROM) {
    ctx.addIssue({
      code: "custom",
      path: ["MAIL_FROM"],
      message: 'is required when SMTP_URL is set, e.g. "OCOP Lạng Sơn <ocop@example.vn>"',
    });
  }
});

export type Config = z.infer<typeof schema> & { MEDIA_DIR: string };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

/** Parses the environment once; every wrong value is named on its own line. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blankAsUnset = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const result = checkedSchema.safeParse(blankAsUnset);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const name = issue.path.join(".");
        const given = env[name];
        return `${name}: ${issue.message}${given !== undefined ? ` (got "${printable(name, given)}")` : ""}`;
      }),
    );
  }
  return { ...result.data, MEDIA_DIR: result.data.MEDIA_DIR ?? path.join(result.data.OCOP_DATA_DIR, "media") };
}

/**
 * Whether clients may see error details (stacks, library messages, introspection): only when
 * NODE_ENV says "development". Anything else, "test" included (test runners and some hosts set
 * it), answers as production does.
 */
export function showsErrorDetails(config: Pick<Config, "NODE_ENV">): boolean {
  return config.NODE_ENV === "development";
}
