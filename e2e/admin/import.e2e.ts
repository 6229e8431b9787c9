import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousA11yViolations } from "../support/browser";
import { CHI_LANG_OFFICER, EDITOR, poll, useAdminSuite } from "./admin";

/**
 * A decision annex from the file to the product list, through the staff screen and the real
 * endpoint: an annex laid out unlike the province's sample (title rows with merged cells, the
 * decision in a title row, producer before product, a section row, a commune pre-check score
 * column before the final score, "4★" and decimal commas). The pre-check column is the one the
 * header detection takes for the score, which puts one row out of its star band: the staff member
 * reads the error, points "score" at the right column, checks again without choosing the file
 * again, and commits.
 */
const suite = useAdminSuite();

const DECISION = "3012/QĐ-UBND";
const TEA = { product: "Chè shan tuyết Mẫu Sơn thử nghiệm", producer: "HTX Chè Mẫu Sơn thử nghiệm" };
const ANISE = { product: "Tinh dầu hồi Văn Quan thử nghiệm", producer: "Cơ sở tinh dầu hồi Văn Quan thử nghiệm" };
const BAMBOO = { product: "Măng khô Bình Gia thử nghiệm", producer: "Tổ hợp tác măng Bình Gia thử nghiệm" };

/** A decision date some days ago, as the title row prints it and as the database keeps it. */
function decisionDay(): { printed: string; iso: string } {
  const d = new Date(Date.now() - 10 * 86_400_000);
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  const pad = (n: number) => String(n).padStart(2, "0");
  return { printed: `${pad(day)}/${pad(m)}/${y}`, iso: `${y}-${pad(m)}-${pad(day)}` };
}

async function annex(decisionDate: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("PL kèm QĐ");
  const title = (row: number, text: string) => {
    sheet.mergeCells(row, 1, row, 8);
    sheet.getCell(row, 1).value = text;
    sheet.getCell(row, 1).alignment = { horizontal: "center" };
  };
  title(1, "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN");
  title(2, "PHỤ LỤC");
  title(3, "DANH SÁCH SẢN PHẨM ĐƯỢC CÔNG NHẬN ĐẠT OCOP NĂM 2026 (ĐỢT 2)");
  title(4, `(Kèm theo Quyết định số ${DECISION} ngày ${decisionDate} của Ủy ban nhân dân tỉnh Lạng Sơn)`);
  sheet.getRow(6).values = [
    "TT",
    "Tên chủ thể",
    "Sản phẩm",
    "Địa chỉ",
    "Nhóm",
    "Điểm sơ bộ cấp xã",
    "Tổng điểm",
    "Kết quả xếp hạng",
  ];
  sheet.getRow(6).font = { bold: true };
  title(7, "I. SẢN PHẨM ĐẠT 4 SAO");
  sheet.getRow(8).values = [
    1,
    TEA.producer,
    TEA.product,
    "xã Mẫu Sơn, tỉnh Lạng Sơn",
    "Chè tươi, chè chế biến",
    "74",
    "78,5",
    "4★",
  ];
  // The commune's pre-check (68) is below the 4-star band; the council's final score (71,25) is in it.
  sheet.getRow(9).values = [
    2,
    ANISE.producer,
    ANISE.product,
    "xã Văn Quan, tỉnh Lạng Sơn",
    "Tinh dầu và dược liệu khác",
    "68",
    "71,25",
    "4 sao",
  ];
  title(10, "II. SẢN PHẨM ĐẠT 3 SAO");
  sheet.getRow(11).values = [
    3,
    BAMBOO.producer,
    BAMBOO.product,
    "xã Bình Gia, tỉnh Lạng Sơn",
    "Chế biến từ rau, củ, quả, hạt",
    "56",
    "60",
    "3",
  ];
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Drops a file on the screen's drop zone, as a file dragged from the desktop arrives. */
async function dropFile(page: Page, buffer: Buffer, name: string, type: string) {
  const dataTransfer = await page.evaluateHandle(
    ({ base64, name, type }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type }));
      return transfer;
    },
    { base64: buffer.toString("base64"), name, type },
  );
  const dropZone = page.getByText("Kéo thả tệp phụ lục vào đây, hoặc").locator("..");
  await dropZone.dispatchEvent("dragenter", { dataTransfer });
  await dropZone.dispatchEvent("dragover", { dataTransfer });
  await dropZone.dispatchEvent("drop", { dataTransfer });
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

describe("importing a decision annex", () => {
  it("reads the annex, explains the error, takes a corrected mapping and decision, commits, lists the products", async () => {
    const day = decisionDay();
    const file = await annex(day.printed);
    const page = await suite.signIn(EDITOR);
    await page
      .getByRole("navigation", { name: "Menu chính" })
      .getByRole("link", { name: "Nhập phụ lục quyết định" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Nhập phụ lục quyết định" }).waitFor();

    // Dropped on a slowed-down network, so the upload's progress is seen before the check.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 20,
      downloadThroughput: -1,
      uploadThroughput: 2 * 1024,
    });
    await dropFile(page, file, "phu-luc-dot-2-thu-nghiem.xlsx", XLSX);
    await page.getByRole("progressbar", { name: "Tiến độ tải tệp lên" }).waitFor();
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await page.getByRole("heading", { name: "Kết quả kiểm tra" }).waitFor({ timeout: 30_000 });

    // The layout found: the header below the title rows, each column with what it is read as.
    await page.getByText("Trang tính “PL kèm QĐ”, dòng tiêu đề số 6.").waitFor();
    const columns = page.getByRole("table", { name: "Các cột của phụ lục và dữ liệu được đọc từ mỗi cột" });
    expect(await columns.getByRole("row").filter({ hasText: "Điểm sơ bộ cấp xã" }).textContent()).toContain("Số điểm");
    expect(await columns.getByRole("row").filter({ hasText: "Tổng điểm" }).textContent()).toContain("Không đọc");
    // The decision as its title row printed it.
    expect(await page.getByLabel("Số quyết định").inputValue()).toBe(DECISION);
    expect(await page.getByLabel("Ngày quyết định").inputValue()).toBe(day.printed);

    // One row in error, explained in Vietnamese with its row and field; nothing can be committed.
    const commit = page.getByRole("button", { name: "Ghi vào danh mục" });
    expect(await commit.isDisabled()).toBe(true);
    await page.getByLabel("Chỉ xem dòng lỗi (1)").check();
    const report = page.getByRole("table", { name: "Từng dòng của phụ lục và việc sẽ làm với dòng đó" });
    await poll(() => report.getByRole("row").count()).toBe(2);
    const errorRow = report.getByRole("row").nth(1);
    expect(await errorRow.textContent()).toContain(ANISE.product);
    expect(await errorRow.textContent()).toContain("Dòng 9, Số điểm:");
    expect(await errorRow.textContent()).toContain("Lỗi");
    expect(await suite.sql("SELECT id FROM product WHERE name_vi = $1", [ANISE.product])).toEqual([]);
    expect(await seriousA11yViolations(page), "import page with its report").toEqual([]);

    // Score from the council's column, the legal basis added; checked again with the same file.
    await page.getByLabel("Cột Số điểm").selectOption({ label: "G · Tổng điểm" });
    await page.getByLabel("Căn cứ pháp lý").fill("Quyết định 148/QĐ-TTg");
    await page.getByRole("button", { name: "Kiểm tra lại" }).click();
    await page.getByText("3 dòng: 3 tạo mới, 0 cập nhật, 0 không đổi, 0 lỗi.").waitFor({ timeout: 30_000 });
    expect(await columns.getByRole("row").filter({ hasText: "Tổng điểm" }).textContent()).toContain("Số điểm");
    expect(await page.getByLabel("Căn cứ pháp lý").inputValue()).toBe("Quyết định 148/QĐ-TTg");
    expect(await suite.sql("SELECT id FROM product WHERE name_vi = $1", [ANISE.product])).toEqual([]);

    // Commit, confirmed with the counts.
    await poll(() => commit.isEnabled()).toBe(true);
    await commit.click();
    const dialog = page.getByRole("alertdialog", { name: "Ghi phụ lục vào danh mục?" });
    await dialog.getByText("3 sản phẩm tạo mới, 0 sản phẩm cập nhật, 0 dòng không đổi.").waitFor();
    await dialog.getByRole("button", { name: "Ghi vào danh mục" }).click();
    await page.getByRole("heading", { name: "Đã ghi vào danh mục" }).waitFor({ timeout: 30_000 });
    expect(await seriousA11yViolations(page), "import page with its result").toEqual([]);

    const stored = await suite.sql<{
      name_vi: string;
      status: string;
      stars: number;
      score: number;
      decision_number: string;
      decision_date: string;
      legal_basis: string | null;
      commune_code: string;
    }>(
      `SELECT p.name_vi, p.status, c.stars, c.score, c.decision_number,
              to_char(c.decision_date, 'YYYY-MM-DD') AS decision_date, c.legal_basis, pr.commune_code
         FROM product p JOIN producer pr ON pr.id = p.producer_id JOIN certification c ON c.product_id = p.id
        WHERE p.name_vi = ANY($1) ORDER BY p.name_vi`,
      [[TEA.product, ANISE.product, BAMBOO.product]],
    );
    expect(stored).toHaveLength(3);
    for (const row of stored) {
      expect(row).toMatchObject({
        status: "draft",
        decision_number: DECISION,
        decision_date: day.iso,
        legal_basis: "Quyết định 148/QĐ-TTg",
      });
    }
    const anise = stored.find((r) => r.name_vi === ANISE.product)!;
    expect(anise.stars).toBe(4);
    // The final score (whole points kept), not the pre-check's 68.
    expect(anise.score).toBe(71);

    // From the result to the list of drafts, where the new products are.
    await page.getByRole("link", { name: "Xem các sản phẩm bản nháp" }).click();
    await page.getByRole("heading", { level: 1, name: "Sản phẩm" }).waitFor();
    expect(new URL(page.url()).search).toBe("?status=DRAFT");
    for (const p of [TEA, ANISE, BAMBOO]) await page.getByRole("link", { name: p.product, exact: true }).waitFor();
  });

  it("lets the columns be chosen by letter when the annex's header row is not recognised", async () => {
    const day = decisionDay();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Sheet1");
    sheet.getCell("A1").value = `Kèm theo Quyết định số ${DECISION} ngày ${day.printed}`;
    // Headers no annex convention names: nothing says which column is the product or the stars.
    sheet.getRow(3).values = ["#", "Item", "Holder", "Location", "Cat", "Pts", "Rank"];
    sheet.getRow(4).values = [
      1,
      TEA.product,
      TEA.producer,
      "xã Mẫu Sơn, tỉnh Lạng Sơn",
      "Chè tươi, chè chế biến",
      "78,5",
      "4★",
    ];
    const file = Buffer.from(await book.xlsx.writeBuffer());

    const page = await suite.signIn(EDITOR);
    await page.goto(suite.url("/admin/imports"));
    await page.getByRole("heading", { level: 1, name: "Nhập phụ lục quyết định" }).waitFor();
    await page
      .getByLabel("Chọn tệp từ máy")
      .setInputFiles({ name: "khong-tieu-de.xlsx", mimeType: XLSX, buffer: file });
    await page.getByText(/^Không nhận ra dòng tiêu đề của phụ lục: chọn cột/).waitFor({ timeout: 30_000 });
    expect(await page.getByRole("alert").textContent()).toContain("Cách đọc cột:");

    await page.getByLabel("Cột Tên sản phẩm").selectOption({ label: "B" });
    await page.getByLabel("Cột Chủ thể").selectOption({ label: "C" });
    await page.getByLabel("Cột Địa chỉ").selectOption({ label: "D" });
    await page.getByLabel("Cột Nhóm sản phẩm").selectOption({ label: "E" });
    await page.getByLabel("Cột Số điểm").selectOption({ label: "F" });
    await page.getByLabel("Cột Hạng sao").selectOption({ label: "G" });
    await page.getByRole("form").getByRole("button", { name: "Kiểm tra lại" }).click();

    // The row above the first data row is then the header; the chosen columns stay chosen.
    await page.getByText("Trang tính “Sheet1”, dòng tiêu đề số 3.").waitFor({ timeout: 30_000 });
    await page.getByText(/^1 dòng: .* 0 lỗi\.$/).waitFor();
    expect(await page.getByLabel("Cột Hạng sao").inputValue()).toBe("7");
    expect(await page.getByRole("alert").count()).toBe(0);
  });

  it("shows a commune officer the same screen, in English if chosen, with the rows outside their commune as errors", async () => {
    const day = decisionDay();
    const page = await suite.signIn(CHI_LANG_OFFICER);
    await page.getByLabel("Ngôn ngữ / Language").selectOption("en");
    await page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Import a decision" }).click();
    await page.getByRole("heading", { level: 1, name: "Import a decision" }).waitFor();
    await page.getByText("You can import only the rows of your own commune/ward.").waitFor();
    await page
      .getByLabel("Choose a file")
      .setInputFiles({ name: "phu-luc.xlsx", mimeType: XLSX, buffer: await annex(day.printed) });
    await page.getByRole("heading", { name: "Check result" }).waitFor({ timeout: 30_000 });
    // None of the annex's communes is Chi Lăng: every row is refused to this officer, in English.
    const report = page.getByRole("table", { name: "Each row of the annex and what will be done with it" });
    const rows = report.getByRole("row");
    await poll(() => rows.count()).toBe(4);
    for (const i of [1, 2, 3]) expect(await rows.nth(i).textContent()).toContain("outside your commune/ward");
    expect(await page.getByRole("button", { name: "Write to the catalogue" }).isDisabled()).toBe(true);
  });
});
