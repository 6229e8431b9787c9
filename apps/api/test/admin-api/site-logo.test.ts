import { readdir } from "node:fs/promises";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, EDITOR, signedIn, type StaffClient } from "../../src/test-support/staff-client";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

/* The site's logo: an ADMIN uploads it (POST /admin/media/site/logo) and removes it (GraphQL). */

let api: TestApi;
let admin: StaffClient;
let editor: StaffClient;

beforeAll(async () => {
  api = await startTestApi({ MAX_UPLOAD_MB: "1" });
  admin = await signedIn(api, ADMIN);
  editor = await signedIn(api, EDITOR);
});
afterAll(() => api?.close());

const logo = (width: number, height: number, format: "png" | "jpeg" | "webp" = "png") =>
  sharp({ create: { width, height, channels: 4, background: { r: 165, g: 29, b: 29, alpha: 0.5 } } })
    .toFormat(format)
    .toBuffer();

async function upload(client: StaffClient | null, version: number | string, file: Buffer, name = "logo.png") {
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(file)]), name);
  const response = await fetch(`${api.url}/admin/media/site/logo?version=${version}`, {
    method: "POST",
    headers: { "x-ocop-csrf": "1", ...(client?.cookie ? { cookie: client.cookie } : {}) },
    body: form,
  });
  return { status: response.status, body: await response.json() };
}

const version = async () =>
  (await api.one<{ version: number }>(`SELECT version FROM site_settings WHERE id = 1`)).version;
const publicLogo = async () =>
  (await api.gql<any>(`{ siteSettings { logoUrl logoWidth logoHeight } }`)).body.data.siteSettings;
const storedLogos = async () =>
  (await readdir(api.config.MEDIA_DIR, { recursive: true }).catch(() => [] as string[])).filter(
    (f) => f.startsWith("site/") && f.endsWith(".png"),
  );
const lastAudit = () =>
  api.one<{ action: string; before: any; after: any }>(
    `SELECT action, before, after FROM audit_entry ORDER BY id DESC LIMIT 1`,
  );

describe("the site logo", () => {
  it("is uploaded by an administrator, resized to the header's size, public with its size, and audited", async () => {
    const v = await version();
    const { status, body } = await upload(admin, v, await logo(800, 400));
    expect(status).toBe(201);
    expect(body.settings).toMatchObject({ logoWidth: 192, logoHeight: 96, version: v + 1 });
    expect(await publicLogo()).toEqual({ logoUrl: body.settings.logoUrl, logoWidth: 192, logoHeight: 96 });
    const served = await fetch(`${api.url}${body.settings.logoUrl}`);
    expect(served.status).toBe(200);
    const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
    expect(meta).toMatchObject({ format: "png", width: 192, height: 96, hasAlpha: true });
    const audit = await lastAudit();
    expect(audit.action).toBe("siteSettings.logo.upload");
    expect(audit.before.logoPath).toBeNull();
    expect(audit.after).toMatchObject({ logoWidth: 192, logoHeight: 96 });
    expect(await storedLogos()).toHaveLength(1);
  });

  it("replaces the previous logo, whose file goes", async () => {
    const before = await storedLogos();
    const { status, body } = await upload(admin, await version(), await logo(60, 40, "webp"), "small.webp");
    expect(status).toBe(201);
    // Never enlarged.
    expect(body.settings).toMatchObject({ logoWidth: 60, logoHeight: 40 });
    const after = await storedLogos();
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(before);
  });

  it("refuses what is not a raster image, with the field named, and changes nothing", async () => {
    const v = await version();
    const shown = await publicLogo();
    const svg = Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><script>alert(1)</script><rect width="200" height="100"/></svg>`,
    );
    for (const [file, name, code] of [
      [svg, "logo.svg", "NOT_AN_IMAGE"],
      [Buffer.from("not an image at all"), "logo.png", "NOT_AN_IMAGE"],
      [await logo(10, 10), "tiny.png", "IMAGE_TOO_SMALL"],
    ] as const) {
      const { status, body } = await upload(admin, v, file, name);
      expect(status, name).toBeGreaterThanOrEqual(400);
      expect(body.error, name).toMatchObject({ code, field: "file" });
      expect(JSON.stringify(body), name).not.toMatch(/\/tmp|node_modules|at .*\.ts/);
    }
    expect(await version()).toBe(v);
    expect(await publicLogo()).toEqual(shown);
    expect(await storedLogos()).toHaveLength(1);
  });

  it("refuses a stale version with CONFLICT, keeping the logo and its file", async () => {
    const v = await version();
    const shown = await publicLogo();
    const { status, body } = await upload(admin, v - 1, await logo(300, 100));
    expect(status).toBe(409);
    expect(body.error.code).toBe("CONFLICT");
    expect(await publicLogo()).toEqual(shown);
    expect(await storedLogos()).toHaveLength(1);
  });

  it("is for administrators only: an editor or a visitor is refused before the file is read", async () => {
    const v = await version();
    const asEditor = await upload(editor, v, await logo(300, 100));
    expect(asEditor.status).toBe(403);
    expect(asEditor.body.error.code).toBe("FORBIDDEN");
    const anonymous = await upload(null, v, await logo(300, 100));
    expect(anonymous.status).toBe(401);
    const removal = await editor.gql(`mutation($v: Int!) { removeSiteLogo(version: $v) { logoUrl } }`, { v });
    expect(removal.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await version()).toBe(v);
  });

  it("is removed by an administrator: audited, version-checked, its file gone", async () => {
    const v = await version();
    const stale = await admin.gql(`mutation($v: Int!) { removeSiteLogo(version: $v) { logoUrl } }`, { v: v - 1 });
    expect(stale.body.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const removed = await admin.gql<any>(
      `mutation($v: Int!) { removeSiteLogo(version: $v) { logoUrl logoWidth logoHeight version } }`,
      { v },
    );
    expect(removed.body.errors).toBeUndefined();
    expect(removed.body.data.removeSiteLogo).toEqual({
      logoUrl: null,
      logoWidth: null,
      logoHeight: null,
      version: v + 1,
    });
    expect(await publicLogo()).toEqual({ logoUrl: null, logoWidth: null, logoHeight: null });
    expect((await lastAudit()).action).toBe("siteSettings.logo.remove");
    expect(await storedLogos()).toEqual([]);
  });
});
