import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousA11yViolations } from "../support/browser";
import { ADMIN, EDITOR, poll, useAdminSuite } from "./admin";

/**
 * Editing the catalogue: two tabs saving the same product (the version check and the conflict
 * dialog), the list's search, and the accessibility of the main staff pages.
 */
const suite = useAdminSuite();

const PRODUCT = "Na Chi Lăng (HTX Đồng Bành)";

interface ProductRow {
  id: number;
  version: number;
  packaging: string | null;
  unit: string | null;
  seasons: string | null;
}

async function productRow(): Promise<ProductRow> {
  const [row] = await suite.sql<ProductRow>(
    "SELECT id, version, packaging, unit, seasons FROM product WHERE name_vi = $1",
    [PRODUCT],
  );
  expect(row, PRODUCT).toBeDefined();
  return row!;
}

async function openProduct(page: Page, id: number): Promise<void> {
  await page.goto(suite.url(`/admin/products/${id}`));
  await page.getByRole("heading", { level: 1, name: PRODUCT }).waitFor();
}

function productForm(page: Page) {
  return page.getByRole("form", { name: "Thông tin sản phẩm" });
}

async function save(page: Page): Promise<void> {
  await productForm(page).getByRole("button", { name: "Lưu thay đổi" }).click();
}

/** The "Saved." confirmation (a polite status message). */
async function savedNotice(page: Page): Promise<void> {
  await page.getByRole("status").filter({ hasText: "Đã lưu." }).waitFor();
}

describe("the same product edited in two tabs", () => {
  it("shows what changed meanwhile; 'reload' takes the other version, 'keep editing' saves mine over it without losing theirs", async () => {
    const before = await productRow();
    const first = await suite.signIn(EDITOR);
    const second = await first.context().newPage();
    await openProduct(first, before.id);
    await openProduct(second, before.id);

    // 1. Both change the packaging; the first saves.
    await productForm(first).getByRole("textbox", { name: "Quy cách đóng gói" }).fill("Hộp 500 g");
    await save(first);
    await savedNotice(first);
    const afterFirst = await productRow();
    expect(afterFirst).toMatchObject({ packaging: "Hộp 500 g", version: before.version + 1 });

    // The second tab still holds the old version: its save is refused and the dialog shows the difference.
    await productForm(second).getByRole("textbox", { name: "Quy cách đóng gói" }).fill("Túi 1 kg");
    await save(second);
    let dialog = second.getByRole("alertdialog", { name: "Bản ghi đã được người khác sửa" });
    await dialog.waitFor();
    let rows = dialog.getByRole("table").getByRole("row");
    expect(await rows.count()).toBe(2); // the header and the one field changed meanwhile
    const packaging = rows.filter({ has: second.getByRole("rowheader", { name: /Quy cách đóng gói/ }) });
    expect(await packaging.getByRole("cell").allTextContents()).toEqual(["Túi 1 kg", "Hộp 500 g"]);
    expect(await packaging.getByRole("rowheader").textContent()).toContain("cả hai cùng sửa");
    expect((await productRow()).version, "nothing saved by the refused edit").toBe(afterFirst.version);

    // "Reload": my change is dropped, the form shows what is stored, with nothing left to save.
    await dialog.getByRole("button", { name: "Tải bản hiện tại (bỏ thay đổi của tôi)" }).click();
    await dialog.waitFor({ state: "detached" });
    await poll(() => productForm(second).getByRole("textbox", { name: "Quy cách đóng gói" }).inputValue()).toBe(
      "Hộp 500 g",
    );
    expect(await productForm(second).getByRole("button", { name: "Lưu thay đổi" }).isDisabled()).toBe(true);
    expect(await productRow()).toEqual(afterFirst);

    // 2. The first tab changes the seasons; the second (now at the version it reloaded) the unit.
    await productForm(first).getByRole("textbox", { name: "Mùa vụ" }).fill("Tháng 8 – 10");
    await save(first);
    await poll(() => productRow().then((r) => r.version)).toBe(afterFirst.version + 1);
    await productForm(second).getByRole("textbox", { name: "Đơn vị tính" }).fill("hộp");
    await save(second);
    dialog = second.getByRole("alertdialog", { name: "Bản ghi đã được người khác sửa" });
    await dialog.waitFor();
    rows = dialog.getByRole("table").getByRole("row");
    expect(await rows.count()).toBe(2);
    const seasons = rows.filter({ has: second.getByRole("rowheader", { name: /Mùa vụ/ }) });
    expect(await seasons.getByRole("cell").allTextContents()).toEqual([before.seasons ?? "(trống)", "Tháng 8 – 10"]);
    expect(await seasons.getByRole("rowheader").textContent()).not.toContain("cả hai cùng sửa");

    // "Keep editing": my unit stays, the seasons take the other tab's value, and saving keeps both.
    await dialog.getByRole("button", { name: "Tiếp tục sửa" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await productForm(second).getByRole("textbox", { name: "Đơn vị tính" }).inputValue()).toBe("hộp");
    expect(await productForm(second).getByRole("textbox", { name: "Mùa vụ" }).inputValue()).toBe("Tháng 8 – 10");
    await save(second);
    await savedNotice(second);
    expect(await productRow()).toEqual({
      ...before,
      packaging: "Hộp 500 g",
      seasons: "Tháng 8 – 10",
      unit: "hộp",
      version: before.version + 3,
    });
  });
});

describe("the product list", () => {
  it("finds a product by its name typed without diacritics", async () => {
    const page = await suite.signIn(ADMIN);
    await page.getByRole("navigation", { name: "Menu chính" }).getByRole("link", { name: "Sản phẩm" }).click();
    await page.getByRole("heading", { level: 1, name: "Sản phẩm" }).waitFor();
    await page.getByRole("searchbox", { name: "Tìm sản phẩm" }).fill("khau nhuc mai sao");
    await poll(() => new URL(page.url()).searchParams.get("q")).toBe("khau nhuc mai sao");
    const table = page.getByRole("table", { name: "Sản phẩm" });
    // The count says what the list holds (an error would be an alert instead).
    const status = page
      .getByRole("main")
      .getByRole("status")
      .filter({ hasText: /kết quả/ });
    await poll(() => status.textContent(), "the list's count after the search").toBe("Tìm thấy 1 kết quả");
    await poll(() => table.getByRole("link", { name: "Khâu nhục Mai Sao", exact: true }).count()).toBe(1);
    expect(await table.getByRole("row").count()).toBe(2);
  });
});

describe("accessibility (axe-core, no serious or critical violations)", () => {
  it("sign-in page, dashboard, product list and product edit page", async () => {
    const page = await (await suite.newContext()).newPage();
    await page.goto(suite.url("/admin/sign-in"));
    await page.getByRole("heading", { level: 1, name: "Đăng nhập" }).waitFor();
    expect(await seriousA11yViolations(page), "sign-in page").toEqual([]);

    const signedIn = await suite.signIn(ADMIN);
    await signedIn.getByRole("figure", { name: "Sản phẩm theo số sao" }).waitFor();
    expect(await seriousA11yViolations(signedIn), "dashboard").toEqual([]);

    await signedIn.goto(suite.url("/admin/products"));
    await signedIn.getByRole("table", { name: "Sản phẩm" }).getByRole("link").first().waitFor();
    expect(await seriousA11yViolations(signedIn), "product list").toEqual([]);

    const { id } = await productRow();
    await openProduct(signedIn, id);
    await signedIn.getByRole("region", { name: "Lịch sử chứng nhận" }).getByRole("table").waitFor();
    expect(await seriousA11yViolations(signedIn), "product edit page").toEqual([]);
  });
});

describe("signing out", () => {
  it("shows the sign-in screen at once, and neither the screen nor going back shows the data", async () => {
    const page = await suite.signIn(EDITOR);
    const { id } = await productRow();
    await openProduct(page, id);
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    // No further click: the sign-in form is there, and nothing of the product is.
    await page.getByRole("form", { name: "Đăng nhập" }).waitFor({ timeout: 5_000 });
    expect(new URL(page.url()).pathname).toBe("/admin/sign-in");
    expect(await page.getByText(PRODUCT).count()).toBe(0);
    await page.goBack();
    await page.getByRole("form", { name: "Đăng nhập" }).waitFor();
    expect(await page.getByText(PRODUCT).count()).toBe(0);
    expect(await page.getByRole("heading", { level: 1, name: PRODUCT }).count()).toBe(0);
  });
});
