import http from "node:http";
import { mkdtemp, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, signedIn, type StaffClient } from "../../src/test-support/staff-client";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

let api: TestApi;
let admin: StaffClient;
let productId: number;
beforeAll(async () => {
  api = await startTestApi({ UPLOAD_TMP_DIR: await mkdtemp(path.join(os.tmpdir(), "ocop-upload-test-")) });
  admin = await signedIn(api, ADMIN);
  productId = (await api.one<{ id: number }>(`SELECT id FROM product WHERE external_ref = 'LS44'`)).id;
});
afterAll(() => api?.close());

const imageCount = async () => (await api.one<{ n: number }>(`SELECT count(*)::int AS n FROM product_image`)).n;
const leftoverUploads = async () => readdir(api.config.UPLOAD_TMP_DIR);

async function post(form: FormData, cookie: string | null = admin.cookie) {
  const response = await fetch(`${api.url}/admin/media/products/${productId}/images`, {
    method: "POST",
    headers: { "x-ocop-csrf": "1", ...(cookie ? { cookie } : {}) },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as { error: { code: string; field: string } } };
}

describe("uploads refused before their body is read", () => {
  it("answers a stranger's 9.9 MB upload while it has sent only the first chunk", async () => {
    const total = Math.round(9.9 * 1024 * 1024);
    const url = new URL(`${api.url}/admin/media/products/${productId}/images`);
    const { status, sent } = await new Promise<{ status: number; sent: number }>((resolve, reject) => {
      let sent = 0;
      const request = http.request(
        {
          method: "POST",
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          headers: {
            "x-ocop-csrf": "1",
            "content-type": "multipart/form-data; boundary=xyz",
            "content-length": String(total),
          },
        },
        (response) => {
          response.resume();
          resolve({ status: response.statusCode ?? 0, sent });
          request.destroy();
        },
      );
      request.on("error", (error) => (sent > 0 ? undefined : reject(error)));
      // One chunk, then wait: a server that reads the whole body first never answers.
      const chunk = Buffer.alloc(64 * 1024, 97);
      request.write(chunk);
      sent += chunk.length;
    });
    expect(status).toBe(401);
    expect(sent).toBeLessThan(1024 * 1024);
  });
});

describe("malformed uploads are the client's error", () => {
  it("refuses a form field sent twice, and a file sent twice", async () => {
    const photo = await sharp({ create: { width: 300, height: 200, channels: 3, background: "#a33" } })
      .jpeg()
      .toBuffer();
    const twiceAlt = new FormData();
    twiceAlt.append("file", new Blob([new Uint8Array(photo)]), "a.jpg");
    twiceAlt.append("altVi", "một");
    twiceAlt.append("altVi", "hai");
    const before = await imageCount();
    expect(await post(twiceAlt)).toMatchObject({
      status: 400,
      body: { error: { code: "BAD_USER_INPUT", field: "altVi" } },
    });
    const twiceFile = new FormData();
    twiceFile.append("file", new Blob([new Uint8Array(photo)]), "a.jpg");
    twiceFile.append("file", new Blob([new Uint8Array(photo)]), "b.jpg");
    expect(await post(twiceFile)).toMatchObject({ status: 400, body: { error: { code: "BAD_UPLOAD" } } });
    expect(await imageCount()).toBe(before);
  });

  it("refuses a truncated image whose header is valid, storing nothing", async () => {
    const whole = await sharp({
      create: {
        width: 1200,
        height: 900,
        channels: 3,
        background: "#777",
        noise: { type: "gaussian", mean: 128, sigma: 40 },
      },
    })
      .png()
      .toBuffer();
    const truncated = whole.subarray(0, Math.floor(whole.length / 3));
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(truncated)]), "cut.png");
    const before = await imageCount();
    const result = await post(form);
    expect(result.status).toBe(415);
    expect(result.body.error.code).toBe("DAMAGED_IMAGE");
    expect(await imageCount()).toBe(before);
  });

  it("refuses a multipart body cut short", async () => {
    const response = await fetch(`${api.url}/admin/media/products/${productId}/images`, {
      method: "POST",
      headers: { "x-ocop-csrf": "1", cookie: admin.cookie!, "content-type": "multipart/form-data; boundary=xyz" },
      body: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\n\r\nabc',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("BAD_UPLOAD");
  });

  it("leaves no temporary file behind", async () => {
    expect(await leftoverUploads()).toEqual([]);
  });
});
