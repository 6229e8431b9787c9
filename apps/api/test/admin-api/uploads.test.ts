import { readdir } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, OFFICER, signedIn, type StaffClient } from "../../src/test-support/staff-client";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

let api: TestApi;
let admin: StaffClient;
let product: { id: number; slug: string };

beforeAll(async () => {
  api = await startTestApi({ MAX_UPLOAD_MB: "1" });
  admin = await signedIn(api, ADMIN);
  product = await api.one(`SELECT id, slug FROM product WHERE external_ref = 'LS44'`);
});
afterAll(() => api?.close());

const photo = (width: number, height: number, format: "png" | "jpeg" = "jpeg") =>
  sharp({ create: { width, height, channels: 3, background: { r: 180, g: 40, b: 40 } } })
    .toFormat(format)
    .toBuffer();

async function upload(
  client: StaffClient | null,
  productId: number,
  file: Buffer,
  name = "photo.jpg",
  headers: Record<string, string> = { "x-ocop-csrf": "1" },
) {
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(file)]), name);
  form.set("altVi", "Rau cải bó xôi trên luống");
  const response = await fetch(`${api.url}/admin/media/products/${productId}/images`, {
    method: "POST",
    headers: { ...headers, ...(client?.cookie ? { cookie: client.cookie } : {}) },
    body: form,
  });
  return { status: response.status, body: await response.json() };
}

const imageCount = async () => (await api.one<{ n: number }>(`SELECT count(*)::int AS n FROM product_image`)).n;
const storedFiles = async () => readdir(api.config.MEDIA_DIR, { recursive: true }).catch(() => [] as string[]);

describe("image upload", () => {
  it("stores a photo in web sizes and formats, and the storefront shows it", async () => {
    const { status, body } = await upload(admin, product.id, await photo(2000, 1500));
    expect(status).toBe(201);
    expect(body.image).toMatchObject({ width: 2000, height: 1500, altVi: "Rau cải bó xôi trên luống", position: 0 });
    const { product: shown } = (
      await api.gql<{
        product: { images: Array<{ url: string; variants: Array<{ width: number; format: string; url: string }> }> };
      }>(`{ product(slug: "${product.slug}") { images { url variants { width format url } } } }`)
    ).body.data!;
    const variants = shown.images[0]!.variants;
    expect(variants.map((v) => `${v.width}.${v.format}`).sort()).toEqual([
      "1024.jpeg",
      "1024.webp",
      "1600.jpeg",
      "1600.webp",
      "320.jpeg",
      "320.webp",
      "640.jpeg",
      "640.webp",
    ]);
    const served = await fetch(`${api.url}${variants.find((v) => v.format === "webp")!.url}`);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/webp");
    const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
    expect(meta.format).toBe("webp");
    const audit = await api.one<{ action: string }>(`SELECT action FROM audit_entry ORDER BY id DESC LIMIT 1`);
    expect(audit.action).toBe("image.upload");
  });

  it("never enlarges a small photo", async () => {
    const { body } = await upload(admin, product.id, await photo(500, 400, "png"), "small.png");
    const [row] = await api.sql<{ variants: Array<{ width: number }> }>(
      `SELECT variants FROM product_image WHERE id = $1`,
      [Number(body.image.id)],
    );
    expect(Math.max(...row!.variants.map((v) => v.width))).toBe(500);
  });

  const refusals: Array<[string, () => Promise<Buffer>, number, string]> = [
    ["a file that is not an image", async () => Buffer.from("%PDF-1.4 not really an image"), 415, "NOT_AN_IMAGE"],
    [
      "a file larger than the limit",
      async () =>
        sharp({
          create: {
            width: 1200,
            height: 1200,
            channels: 3,
            background: "#808080",
            noise: { type: "gaussian", mean: 128, sigma: 60 },
          },
        })
          .png()
          .toBuffer(),
      413,
      "FILE_TOO_LARGE",
    ],
    ["an image of huge dimensions", () => photo(7000, 7000, "png"), 400, "IMAGE_TOO_LARGE"],
  ];
  for (const [what, make, status, code] of refusals) {
    it(`refuses ${what} with a clear error and stores nothing`, async () => {
      const file = await make();
      const images = await imageCount();
      const files = await storedFiles();
      const result = await upload(admin, product.id, file);
      expect(result.status).toBe(status);
      expect(result.body.error).toMatchObject({ code, field: "file" });
      expect(result.body.error.message.length).toBeGreaterThan(10);
      expect(await imageCount()).toBe(images);
      expect(await storedFiles()).toEqual(files);
    });
  }

  it("refuses anonymous uploads, forged cross-site uploads and out-of-scope uploads", async () => {
    const file = await photo(400, 300);
    const images = await imageCount();
    expect((await upload(null, product.id, file)).status).toBe(401);
    expect((await upload(admin, product.id, file, "x.jpg", {})).status).toBe(400);
    expect(
      (await upload(admin, product.id, file, "x.jpg", { "x-ocop-csrf": "1", origin: "https://evil.example" })).status,
    ).toBe(403);
    const officer = await signedIn(api, OFFICER);
    const elsewhere = await api.one<{ id: number }>(
      `SELECT p.id FROM product p JOIN producer pr ON pr.id = p.producer_id WHERE pr.commune_code <> '06463' LIMIT 1`,
    );
    expect((await upload(officer, elsewhere.id, file)).status).toBe(403);
    const unknown = await upload(admin, Number.NaN, file);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe("BAD_USER_INPUT");
    expect(await imageCount()).toBe(images);
  });

  it("reorders, re-labels and deletes images, files included", async () => {
    const images = await api.sql<{ id: number; version: number }>(
      `SELECT id, version FROM product_image WHERE product_id = $1 ORDER BY position`,
      [product.id],
    );
    const reversed = images.map((i) => String(i.id)).reverse();
    const reorder = await admin.gql(
      `mutation($p: ID!, $ids: [ID!]!) { reorderImages(productId: $p, imageIds: $ids) { id position } }`,
      { p: product.id, ids: reversed },
    );
    expect(reorder.body.data?.reorderImages.map((i: { id: string }) => i.id)).toEqual(reversed);
    const first = await api.one<{ id: number; version: number; variants: Array<{ key: string }> }>(
      `SELECT id, version, variants FROM product_image WHERE id = $1`,
      [Number(reversed[0])],
    );
    const relabel = await admin.gql(
      `mutation($id: ID!, $v: Int!) { updateImage(id: $id, version: $v, input: { altVi: "Bó rau", altEn: "A bunch of spinach" }) { altEn } }`,
      { id: first.id, v: first.version },
    );
    expect(relabel.body.data?.updateImage).toEqual({ altEn: "A bunch of spinach" });
    const before = await storedFiles();
    const removed = await admin.gql(`mutation($id: ID!, $v: Int!) { deleteImage(id: $id, version: $v) }`, {
      id: first.id,
      v: first.version + 1,
    });
    expect(removed.body.data).toEqual({ deleteImage: true });
    const after = await storedFiles();
    for (const v of first.variants) {
      expect(before.map((f) => f.toString())).toContain(path.normalize(v.key));
      expect(after.map((f) => f.toString())).not.toContain(path.normalize(v.key));
    }
  });
});
