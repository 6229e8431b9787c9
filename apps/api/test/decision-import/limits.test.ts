import { readdir } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, signedIn, type StaffClient } from "../../src/test-support/staff-client";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";
import { counts, postAnnex } from "./import-client";

let api: TestApi;
let admin: StaffClient;

beforeAll(async () => {
  api = await startTestApi({ MAX_IMPORT_MB: "0.1" });
  admin = await signedIn(api, ADMIN);
});
afterAll(() => api?.close());

const leftovers = async () => readdir(api.config.UPLOAD_TMP_DIR).catch(() => [] as string[]);

describe("upload limits", () => {
  it("refuses an annex over MAX_IMPORT_MB in the staff member's language, keeps nothing of it", async () => {
    const before = await counts(api);
    const kept = await leftovers();
    const line = '1,Mật ong rừng (thử),HTX Ong (thử),"xã Chi Lăng, tỉnh Lạng Sơn",Thực phẩm,75,4 sao\n';
    const big = Buffer.from(`STT,Tên sản phẩm,Tên chủ thể,Địa chỉ,Phân nhóm,Số điểm,Hạng sao\n${line.repeat(2000)}`);
    expect(big.length).toBeGreaterThan(100_000);
    const { status, body } = await postAnnex(api, admin, big, { name: "big.csv", dryRun: false });
    expect(status).toBe(413);
    expect(body.error).toEqual({ code: "fileTooLarge", field: "file", message: "Tệp lớn hơn 0.1 MB" });
    expect(await counts(api)).toEqual(before);
    expect(await leftovers()).toEqual(kept);
  });

  it("refuses unexpected form fields and a request without a file", async () => {
    const noFile = await fetch(`${api.url}/admin/imports/certification-decisions?dryRun=true`, {
      method: "POST",
      headers: { "x-ocop-csrf": "1", cookie: admin.cookie!, "accept-language": "en" },
      body: (() => {
        const form = new FormData();
        form.set("decisionNumber", "1/QĐ-UBND");
        return form;
      })(),
    });
    expect(noFile.status).toBe(400);
    expect(await noFile.json()).toEqual({
      error: { code: "fileMissing", field: "file", message: "Attach the annex as the form field `file`" },
    });
    const extra = await postAnnex(api, admin, Buffer.from("STT\n"), {
      name: "a.csv",
      fields: { somethingElse: "x".repeat(10), a: "1", b: "2", c: "3", d: "4", e: "5", f: "6" },
    });
    expect(extra.status).toBe(400);
    expect(extra.body.error!.code).toBe("badUpload");
  });
});
