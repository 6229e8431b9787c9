import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CHI_LANG_OFFICER, makePng, poll, staffGraphql, useAdminSuite } from "./admin";

/**
 * A commune officer (Xã Chi Lăng, 06463) edits only the producers and products of their own
 * commune: the app shows no edit controls on another unit's records (Phường Kỳ Lừa, 06187), and
 * the staff API refuses a change sent by hand.
 */
const suite = useAdminSuite();

const OWN_PRODUCT = "Khâu nhục Mai Sao";
const OWN_PRODUCER = "HTX Mai Sao Lạng Sơn";
const OTHER_PRODUCT = "Rượu Mẫu Sơn 29 độ";
const OTHER_PRODUCER = "Xí nghiệp Rượu Mẫu Sơn – Chi nhánh Công ty Cổ phần Du lịch và Xuất nhập khẩu Lạng Sơn";

interface Row {
  id: number;
  version: number;
  updated_at: Date;
  commune_code: string;
}

async function product(name: string) {
  const [row] = await suite.sql<
    Row & { name_vi: string; packaging: string | null; status: string; producer_id: number; category_code: string }
  >(
    `SELECT p.id, p.version, p.updated_at, p.name_vi, p.packaging, p.status, p.producer_id, p.category_code, pr.commune_code
       FROM product p JOIN producer pr ON pr.id = p.producer_id WHERE p.name_vi = $1`,
    [name],
  );
  expect(row, name).toBeDefined();
  return row!;
}

async function producer(name: string) {
  const [row] = await suite.sql<Row & { name: string; type: string; province_code: string }>(
    "SELECT id, version, updated_at, name, type, province_code, commune_code FROM producer WHERE name = $1",
    [name],
  );
  expect(row, name).toBeDefined();
  return row!;
}

function button(page: Page, name: string): Locator {
  return page.getByRole("main").getByRole("button", { name, exact: true });
}

/** Filters the product list by commune/ward and returns the list's table once it shows that unit's products. */
async function productsOf(page: Page, unit: string, oneOf: string): Promise<Locator> {
  await page.goto(suite.url("/admin/products"));
  await page.getByRole("heading", { level: 1, name: "Sản phẩm" }).waitFor();
  await page.getByRole("combobox", { name: "Xã, phường", exact: true }).selectOption({ label: unit });
  const table = page.getByRole("table", { name: "Sản phẩm" });
  await table.getByRole("link", { name: oneOf, exact: true }).waitFor();
  return table;
}

describe("a commune officer of Xã Chi Lăng", () => {
  it("sees edit controls on Xã Chi Lăng's products and producers only", async () => {
    const page = await suite.signIn(CHI_LANG_OFFICER);
    const shell = page.getByRole("banner");
    expect(await shell.textContent()).toContain("Cán bộ xã, phường · Xã Chi Lăng");
    const menu = page.getByRole("navigation", { name: "Menu chính" });
    expect(await menu.getByRole("link").allTextContents()).toEqual([
      "Tổng quan",
      "Sản phẩm",
      "Chủ thể",
      "Nhập phụ lục quyết định",
      "Yêu cầu kết nối",
      "Báo cáo chương trình",
    ]);

    // The list: no selection boxes (bulk status changes) on another unit's products…
    let table = await productsOf(page, "Phường Kỳ Lừa (06187)", OTHER_PRODUCT);
    await poll(() => table.getByRole("row").count()).toBeGreaterThan(1);
    expect(await table.getByRole("checkbox").count()).toBe(0);
    expect(await page.getByRole("group", { name: "Thao tác hàng loạt" }).count()).toBe(0);
    // …but on its own.
    table = await productsOf(page, "Xã Chi Lăng (06463)", OWN_PRODUCT);
    await table.getByRole("checkbox", { name: `Chọn ${OWN_PRODUCT}` }).waitFor();
    await page.getByRole("group", { name: "Thao tác hàng loạt" }).waitFor();

    // Another unit's product: read only.
    await productsOf(page, "Phường Kỳ Lừa (06187)", OTHER_PRODUCT).then((t) =>
      t.getByRole("link", { name: OTHER_PRODUCT, exact: true }).click(),
    );
    await page.getByRole("heading", { level: 1, name: OTHER_PRODUCT }).waitFor();
    await page.getByText("Bạn chỉ có quyền xem bản ghi này.").waitFor();
    await page.getByRole("region", { name: "Hình ảnh" }).waitFor();
    for (const name of ["Lưu thay đổi", "Công khai", "Ngừng công khai", "Lưu trữ", "Xóa", "Thêm chứng nhận"]) {
      expect(await button(page, name).count(), `"${name}" on ${OTHER_PRODUCT}`).toBe(0);
    }
    expect(await page.getByLabel("Chọn ảnh từ máy").count()).toBe(0);
    expect(await page.getByRole("textbox", { name: "Tên (Tiếng Việt)" }).isDisabled()).toBe(true);

    // Its producer (linked from the product): read only too.
    await page.getByRole("main").getByRole("link", { name: OTHER_PRODUCER }).click();
    await page.getByRole("heading", { level: 1, name: OTHER_PRODUCER }).waitFor();
    await page.getByText("Bạn chỉ có quyền xem bản ghi này.").waitFor();
    for (const name of ["Lưu thay đổi", "Xóa"])
      expect(await button(page, name).count(), `"${name}" on ${OTHER_PRODUCER}`).toBe(0);
    expect(await page.getByRole("main").getByRole("link", { name: "Thêm sản phẩm" }).count()).toBe(0);
    expect(await page.getByRole("textbox", { name: "Tên chủ thể" }).isDisabled()).toBe(true);

    // Xã Chi Lăng's product: editable.
    await productsOf(page, "Xã Chi Lăng (06463)", OWN_PRODUCT).then((t) =>
      t.getByRole("link", { name: OWN_PRODUCT, exact: true }).click(),
    );
    await page.getByRole("heading", { level: 1, name: OWN_PRODUCT }).waitFor();
    for (const name of ["Lưu thay đổi", "Ngừng công khai", "Lưu trữ", "Thêm chứng nhận"])
      await button(page, name).waitFor();
    // An officer archives; deleting a product is an administrator's act.
    expect(await button(page, "Xóa").count()).toBe(0);
    await page.getByLabel("Chọn ảnh từ máy").waitFor({ state: "attached" });
    expect(await page.getByRole("textbox", { name: "Tên (Tiếng Việt)" }).isEnabled()).toBe(true);
    expect(await page.getByText("Bạn chỉ có quyền xem bản ghi này.").count()).toBe(0);

    // And its producer.
    await page.getByRole("main").getByRole("link", { name: OWN_PRODUCER }).click();
    await page.getByRole("heading", { level: 1, name: OWN_PRODUCER }).waitFor();
    await button(page, "Lưu thay đổi").waitFor();
    expect(await button(page, "Xóa").count()).toBe(0);
    await page.getByRole("main").getByRole("link", { name: "Thêm sản phẩm" }).waitFor();
    expect(await page.getByRole("textbox", { name: "Tên chủ thể" }).isEnabled()).toBe(true);
    expect(await page.getByText("Bạn chỉ có quyền xem bản ghi này.").count()).toBe(0);
  });

  it("is refused (FORBIDDEN) when sending changes to another unit's records by hand, and nothing changes", async () => {
    const page = await suite.signIn(CHI_LANG_OFFICER);
    const other = await product(OTHER_PRODUCT);
    expect(other.commune_code).toBe("06187");
    const otherProducer = await producer(OTHER_PRODUCER);
    const own = await product(OWN_PRODUCT);
    expect(own.commune_code).toBe("06463");
    const auditBefore = await suite.sql<{ n: number }>("SELECT count(*)::int AS n FROM audit_entry");
    const imagesBefore = await suite.sql("SELECT id FROM product_image WHERE product_id = $1 ORDER BY id", [other.id]);

    const updateProduct = `mutation ($id: ID!, $version: Int!, $input: ProductInput!) {
      updateProduct(id: $id, version: $version, input: $input) { id version packaging } }`;
    const input = (p: typeof other, packaging: string) => ({
      nameVi: p.name_vi,
      categoryCode: p.category_code,
      producerId: String(p.producer_id),
      packaging,
    });

    // Control: the same request for the officer's own product goes through.
    const allowed = await staffGraphql(page, updateProduct, {
      id: String(own.id),
      version: own.version,
      input: input(own, "Hộp 500 g (cán bộ xã)"),
    });
    expect(allowed.body.errors).toBeUndefined();
    expect(await product(OWN_PRODUCT)).toMatchObject({ packaging: "Hộp 500 g (cán bộ xã)", version: own.version + 1 });

    // Another unit's product, at its current version.
    const refused = await staffGraphql(page, updateProduct, {
      id: String(other.id),
      version: other.version,
      input: input(other, "Chai 1 lít (giả mạo)"),
    });
    expect(refused.body.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    expect(refused.body.data ?? null).toBeNull();

    // Nor its status, nor its producer, nor moving one's own product to that producer.
    const status = await staffGraphql(
      page,
      "mutation ($id: ID!, $version: Int!) { setProductStatus(id: $id, version: $version, status: ARCHIVED) { id } }",
      {
        id: String(other.id),
        version: other.version,
      },
    );
    expect(status.body.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    const producerChange = await staffGraphql(
      page,
      "mutation ($id: ID!, $version: Int!, $input: ProducerInput!) { updateProducer(id: $id, version: $version, input: $input) { id } }",
      {
        id: String(otherProducer.id),
        version: otherProducer.version,
        input: {
          name: "Đổi tên trái phép",
          type: otherProducer.type.toUpperCase(),
          provinceCode: otherProducer.province_code,
          communeCode: "06187",
        },
      },
    );
    expect(producerChange.body.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    const ownNow = await product(OWN_PRODUCT);
    const move = await staffGraphql(page, updateProduct, {
      id: String(own.id),
      version: ownNow.version,
      input: { ...input(ownNow, ownNow.packaging ?? ""), producerId: String(otherProducer.id) },
    });
    expect(move.body.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);

    // And an image upload to that product.
    const png = await makePng(64);
    const upload = await page.evaluate(
      async ({ id, base64 }) => {
        const body = new FormData();
        body.append(
          "file",
          new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], "x.png", { type: "image/png" }),
        );
        const res = await fetch(`/admin/media/products/${id}/images`, {
          method: "POST",
          body,
          headers: { "x-ocop-csrf": "1" },
          credentials: "same-origin",
        });
        return { status: res.status, body: await res.json() };
      },
      { id: String(other.id), base64: png.toString("base64") },
    );
    expect(upload).toMatchObject({ status: 403, body: { error: { code: "FORBIDDEN" } } });

    // Nothing changed.
    expect(await product(OTHER_PRODUCT)).toEqual(other);
    expect(await producer(OTHER_PRODUCER)).toEqual(otherProducer);
    expect(await product(OWN_PRODUCT)).toEqual(ownNow);
    expect(await suite.sql("SELECT id FROM product_image WHERE product_id = $1 ORDER BY id", [other.id])).toEqual(
      imagesBefore,
    );
    expect(await suite.sql<{ n: number }>("SELECT count(*)::int AS n FROM audit_entry")).toEqual([
      { n: auditBefore[0]!.n + 1 },
    ]);
  });
});
