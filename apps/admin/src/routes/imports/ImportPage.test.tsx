import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { navigationGuard } from "../../lib/navigationGuard";
import { EDITOR, OFFICER, renderPage } from "../../test/render";
import { ImportPage } from "./ImportPage";

/**
 * The screen against a stand-in for the browser's XMLHttpRequest: each request is kept so a test
 * reads what the screen sent (URL, headers, multipart fields, the File) and answers it, step by
 * step (upload progress, then the answer). The real endpoint is exercised by e2e/admin/import.e2e.ts.
 */
class FakeXhr {
  static sent: FakeXhr[] = [];
  method = "";
  url = "";
  headers: Record<string, string> = {};
  body: FormData | null = null;
  withCredentials = false;
  status = 0;
  statusText = "";
  responseText = "";
  upload: { onprogress: ((e: Partial<ProgressEvent>) => void) | null; onload: (() => void) | null } = {
    onprogress: null,
    onload: null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }
  send(body: FormData) {
    this.body = body;
    FakeXhr.sent.push(this);
  }
  abort() {
    this.onabort?.();
  }
  progress(loaded: number, total: number) {
    act(() => this.upload.onprogress?.({ lengthComputable: true, loaded, total }));
  }
  uploaded() {
    act(() => this.upload.onload?.());
  }
  respond(status: number, json: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(json);
    act(() => this.onload?.());
  }
  fail() {
    act(() => this.onerror?.());
  }
}

const last = () => FakeXhr.sent[FakeXhr.sent.length - 1]!;

beforeEach(() => {
  FakeXhr.sent = [];
  vi.stubGlobal("XMLHttpRequest", FakeXhr);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const SHEET = {
  name: "Phụ lục",
  headerRow: 5,
  columns: [
    { index: 1, letter: "A", header: "TT", field: "ordinal" },
    { index: 2, letter: "B", header: "Tên chủ thể", field: "producer" },
    { index: 3, letter: "C", header: "Tên sản phẩm", field: "product" },
    { index: 4, letter: "D", header: "Địa chỉ", field: "address" },
    { index: 5, letter: "E", header: "Tổng điểm", field: "score" },
    { index: 6, letter: "F", header: "Ghi chú", field: null },
    { index: 7, letter: "G", header: "Kết quả xếp hạng", field: "stars" },
  ],
};

function answer(overrides: Record<string, unknown> = {}) {
  return {
    committed: false,
    summary: { rows: 3, create: 1, update: 1, unchanged: 0, error: 1 },
    rows: [
      { row: 6, action: "create", product: "Na dai Đồng Mỏ", producer: "HTX Na", commune: "Xã Chi Lăng", errors: [] },
      { row: 7, action: "update", product: "Miến dong", producer: "HTX Miến", commune: "Xã Bình Gia", errors: [] },
      {
        row: 9,
        action: "error",
        product: "Hồng Bảo Lâm",
        producer: "HTX Hồng",
        commune: null,
        errors: [{ field: "stars", message: "Hạng sao phải là 3, 4 hoặc 5 (đọc được: 6)." }],
      },
    ],
    sheet: SHEET,
    decision: {
      number: "1234/QĐ-UBND",
      date: "2026-06-15",
      level: null,
      legalBasis: null,
      source: { number: "title", date: "title" },
    },
    ...overrides,
  };
}

const clean = (overrides: Record<string, unknown> = {}) =>
  answer({
    summary: { rows: 2, create: 1, update: 1, unchanged: 0, error: 0 },
    rows: answer().rows.slice(0, 2),
    ...overrides,
  });

const annex = () =>
  new File(["a,b\n1,2\n"], "phu-luc-dot-2.xlsx", {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });

function chooseFile(file: File) {
  fireEvent.change(screen.getByLabelText("Chọn tệp từ máy"), { target: { files: [file] } });
}

async function dryRunWithError(file = annex()) {
  chooseFile(file);
  const xhr = last();
  xhr.progress(50, 100);
  await screen.findByText("Đang tải lên… 50%");
  xhr.uploaded();
  await screen.findByText("Đang kiểm tra từng dòng…");
  xhr.respond(200, answer());
  await screen.findByRole("heading", { name: "Kết quả kiểm tra" });
  return xhr;
}

describe("import screen: dry run, mapping, decision, report", () => {
  it("sends the file with the CSRF header and the language, shows progress, then the detected layout", async () => {
    renderPage(<ImportPage />, { path: "/imports" });
    const file = annex();
    const xhr = await dryRunWithError(file);

    expect(xhr.method).toBe("POST");
    expect(xhr.url).toBe("/admin/imports/certification-decisions?dryRun=true");
    expect(xhr.headers["x-ocop-csrf"]).toBe("1");
    expect(xhr.headers["accept-language"]).toBe("vi");
    expect(xhr.withCredentials).toBe(true);
    expect(xhr.body?.get("file")).toBe(file);
    // A new file is read as it is: no mapping and no decision fields of our own.
    expect(xhr.body?.has("mapping")).toBe(false);
    expect(xhr.body?.has("decisionNumber")).toBe(false);

    screen.getByText("Trang tính “Phụ lục”, dòng tiêu đề số 5.");
    const columns = screen.getByRole("table", { name: "Các cột của phụ lục và dữ liệu được đọc từ mỗi cột" });
    const columnG = within(columns).getByRole("row", { name: /^G Kết quả xếp hạng/ });
    within(columnG).getByText("Hạng sao");
    within(within(columns).getByRole("row", { name: /^F Ghi chú/ })).getByText("Không đọc");
    expect((screen.getByLabelText("Cột Hạng sao") as HTMLSelectElement).value).toBe("7");

    // The decision as the title rows gave it, the date as staff write it.
    expect((screen.getByLabelText("Số quyết định") as HTMLInputElement).value).toBe("1234/QĐ-UBND");
    expect((screen.getByLabelText("Ngày quyết định") as HTMLInputElement).value).toBe("15/06/2026");
    expect(screen.getAllByText("Đọc từ dòng tiêu đề của phụ lục; sửa nếu chưa đúng.")).toHaveLength(2);
  });

  it("shows the counts, explains each row, filters to errors, and keeps Commit off while any row fails", async () => {
    renderPage(<ImportPage />, { path: "/imports" });
    await dryRunWithError();

    screen.getByText("3 dòng: 1 tạo mới, 1 cập nhật, 0 không đổi, 1 lỗi.");
    const report = screen.getByRole("table", { name: "Từng dòng của phụ lục và việc sẽ làm với dòng đó" });
    expect(within(report).getAllByRole("row")).toHaveLength(4);
    const errorRow = within(report).getByRole("row", { name: /Hồng Bảo Lâm/ });
    within(errorRow).getByText("Dòng 9, Hạng sao: Hạng sao phải là 3, 4 hoặc 5 (đọc được: 6).");
    within(within(report).getByRole("row", { name: /Na dai Đồng Mỏ/ })).getByText(
      "Sản phẩm mới, được tạo cùng chứng nhận theo quyết định.",
    );

    fireEvent.click(screen.getByLabelText("Chỉ xem dòng lỗi (1)"));
    const rows = within(report).getAllByRole("row");
    expect(rows).toHaveLength(2);
    expect(rows[1]!.textContent).toContain("Hồng Bảo Lâm");

    const commit = screen.getByRole("button", { name: "Ghi vào danh mục" });
    expect((commit as HTMLButtonElement).disabled).toBe(true);
    screen.getByText("Còn 1 dòng lỗi: sửa phụ lục hoặc thiết lập rồi kiểm tra lại.");
  });

  it("checks again with the changed mapping and decision, sending the same file without choosing it again", async () => {
    renderPage(<ImportPage />, { path: "/imports" });
    const file = annex();
    await dryRunWithError(file);

    // Column F holds the stars after all; taking it for "stars" frees column G.
    fireEvent.change(screen.getByLabelText("Cột Hạng sao"), { target: { value: "6" } });
    fireEvent.change(screen.getByLabelText("Ngày quyết định"), { target: { value: "1/6/2026" } });
    fireEvent.change(screen.getByLabelText("Cấp đánh giá"), { target: { value: "PROVINCE" } });
    screen.getByText("Đã thay đổi thiết lập: bấm “Kiểm tra lại” để xem kết quả mới.");
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra lại" }));

    expect(FakeXhr.sent).toHaveLength(2);
    // A checked annex not yet committed: leaving asks first.
    expect(navigationGuard.isDirty).toBe(true);
    const again = last();
    expect(again.url).toBe("/admin/imports/certification-decisions?dryRun=true");
    expect(again.body?.get("file")).toBe(file);
    expect(JSON.parse(String(again.body?.get("mapping")))).toEqual({
      ordinal: 1,
      producer: 2,
      product: 3,
      address: 4,
      group: null,
      score: 5,
      stars: 6,
    });
    expect(again.body?.get("decisionDate")).toBe("2026-06-01");
    expect(again.body?.get("decisionNumber")).toBe("1234/QĐ-UBND");
    expect(again.body?.get("level")).toBe("PROVINCE");

    again.respond(
      200,
      clean({
        sheet: {
          ...SHEET,
          columns: SHEET.columns.map((c) => ({
            ...c,
            field: c.index === 6 ? "stars" : c.index === 7 ? null : c.field,
          })),
        },
        decision: {
          number: "1234/QĐ-UBND",
          date: "2026-06-01",
          level: "PROVINCE",
          legalBasis: null,
          source: { number: "form", date: "form" },
        },
      }),
    );
    await screen.findByText("2 dòng: 1 tạo mới, 1 cập nhật, 0 không đổi, 0 lỗi.");
    expect((screen.getByRole("button", { name: "Ghi vào danh mục" }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("refuses a date it cannot read before sending anything", async () => {
    renderPage(<ImportPage />, { path: "/imports" });
    await dryRunWithError();
    fireEvent.change(screen.getByLabelText("Ngày quyết định"), { target: { value: "06/31/2026" } });
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra lại" }));
    screen.getByText("Nhập ngày theo dạng ngày/tháng/năm, ví dụ 15/06/2026.");
    expect(FakeXhr.sent).toHaveLength(1);
  });

  it("asks to check again before committing changed settings", async () => {
    renderPage(<ImportPage />, { path: "/imports" });
    chooseFile(annex());
    last().respond(200, clean());
    await screen.findByText("2 dòng: 1 tạo mới, 1 cập nhật, 0 không đổi, 0 lỗi.");
    const commit = screen.getByRole("button", { name: "Ghi vào danh mục" }) as HTMLButtonElement;
    expect(commit.disabled).toBe(false);
    fireEvent.change(screen.getByLabelText("Căn cứ pháp lý"), { target: { value: "Quyết định 148/QĐ-TTg" } });
    expect(commit.disabled).toBe(true);
    screen.getByText("Kiểm tra lại với thiết lập mới trước khi ghi.");
  });

  it("lets the columns be chosen by letter when no header row is recognised", async () => {
    renderPage(<ImportPage />, { path: "/imports" });
    const file = annex();
    chooseFile(file);
    last().respond(400, {
      error: { code: "noHeaderRow", message: "Không tìm thấy dòng tiêu đề của phụ lục", field: "mapping" },
    });
    expect((await screen.findByRole("alert")).textContent).toContain(
      "Cách đọc cột: Không tìm thấy dòng tiêu đề của phụ lục",
    );
    screen.getByText(/Không nhận ra dòng tiêu đề của phụ lục: chọn cột \(A, B, C…\)/);
    fireEvent.change(screen.getByLabelText("Cột Tên sản phẩm"), { target: { value: "2" } });
    fireEvent.change(screen.getByLabelText("Cột Chủ thể"), { target: { value: "3" } });
    fireEvent.change(screen.getByLabelText("Cột Hạng sao"), { target: { value: "26" } });
    fireEvent.click(within(screen.getByRole("form")).getByRole("button", { name: "Kiểm tra lại" }));

    expect(FakeXhr.sent).toHaveLength(2);
    expect(last().body?.get("file")).toBe(file);
    expect(JSON.parse(String(last().body?.get("mapping")))).toEqual({
      ordinal: null,
      product: 2,
      producer: 3,
      address: null,
      group: null,
      score: null,
      stars: 26,
    });
    last().respond(200, clean());
    await screen.findByText("Trang tính “Phụ lục”, dòng tiêu đề số 5.");
    expect(screen.queryByText(/Không nhận ra dòng tiêu đề/)).toBeNull();
  });

  it("refuses what is not a spreadsheet without sending it", async () => {
    renderPage(<ImportPage />, { path: "/imports" });
    chooseFile(new File(["%PDF"], "quyet-dinh.pdf", { type: "application/pdf" }));
    expect((await screen.findByRole("alert")).textContent).toBe("quyet-dinh.pdf không phải tệp .xlsx hoặc .csv.");
    expect(FakeXhr.sent).toHaveLength(0);
  });
});

describe("import screen: commit", () => {
  async function readyToCommit() {
    renderPage(<ImportPage />, { path: "/imports" });
    const file = annex();
    chooseFile(file);
    last().respond(200, clean());
    await screen.findByText("2 dòng: 1 tạo mới, 1 cập nhật, 0 không đổi, 0 lỗi.");
    return file;
  }

  it("confirms with the counts, commits the checked settings, and shows the result with links to the products", async () => {
    const file = await readyToCommit();
    // Publishing is checked before it is committed (a published product needs a valid certificate).
    fireEvent.click(screen.getByLabelText("Công khai các sản phẩm tạo mới"));
    const commitButton = screen.getByRole("button", { name: "Ghi vào danh mục" }) as HTMLButtonElement;
    expect(commitButton.disabled).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra lại" }));
    expect(last().body?.get("publish")).toBe("true");
    last().respond(200, clean());
    await vi.waitFor(() => expect(commitButton.disabled).toBe(false));
    fireEvent.click(commitButton);
    const dialog = await screen.findByRole("alertdialog", { name: "Ghi phụ lục vào danh mục?" });
    within(dialog).getByText("1 sản phẩm tạo mới, 1 sản phẩm cập nhật, 0 dòng không đổi.");
    within(dialog).getByText("Các sản phẩm tạo mới sẽ được công khai ngay.");
    expect(FakeXhr.sent).toHaveLength(2);
    fireEvent.click(within(dialog).getByRole("button", { name: "Ghi vào danh mục" }));

    await vi.waitFor(() => expect(FakeXhr.sent).toHaveLength(3));
    const commit = last();
    expect(commit.url).toBe("/admin/imports/certification-decisions?dryRun=false");
    expect(commit.body?.get("file")).toBe(file);
    expect(commit.body?.get("publish")).toBe("true");
    expect(commit.body?.get("decisionNumber")).toBe("1234/QĐ-UBND");
    expect(commit.body?.get("decisionDate")).toBe("2026-06-15");
    commit.uploaded();
    await screen.findByText("Đang ghi vào danh mục…");
    commit.respond(200, clean({ committed: true }));

    await screen.findByRole("heading", { name: "Đã ghi vào danh mục" });
    screen.getByRole("heading", { name: "Kết quả nhập" });
    expect(screen.getByRole("link", { name: "Xem các sản phẩm công khai" }).getAttribute("href")).toBe(
      "/products?status=PUBLISHED",
    );
    expect(screen.getByRole("link", { name: "Na dai Đồng Mỏ" }).getAttribute("href")).toBe(
      "/products?q=Na+dai+%C4%90%E1%BB%93ng+M%E1%BB%8F",
    );
    expect(screen.queryByRole("button", { name: "Ghi vào danh mục" })).toBeNull();
    // Committed: nothing is lost by leaving.
    expect(navigationGuard.isDirty).toBe(false);
  });

  it("shows the report of a refused commit (422) and keeps Commit off", async () => {
    await readyToCommit();
    fireEvent.click(screen.getByRole("button", { name: "Ghi vào danh mục" }));
    const dialog = await screen.findByRole("alertdialog");
    within(dialog).getByText("Các sản phẩm tạo mới được lưu dạng bản nháp.");
    fireEvent.click(within(dialog).getByRole("button", { name: "Ghi vào danh mục" }));
    await vi.waitFor(() => expect(FakeXhr.sent).toHaveLength(2));
    last().respond(422, answer());

    await screen.findByText("Không ghi được: 1 dòng có lỗi. Không có thay đổi nào được lưu.");
    screen.getByText("Dòng 9, Hạng sao: Hạng sao phải là 3, 4 hoặc 5 (đọc được: 6).");
    expect((screen.getByRole("button", { name: "Ghi vào danh mục" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("keeps the file, the settings and the report when the network fails, and retries with them", async () => {
    const file = await readyToCommit();
    fireEvent.change(screen.getByLabelText("Căn cứ pháp lý"), { target: { value: "Quyết định 148/QĐ-TTg" } });
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra lại" }));
    last().fail();

    await screen.findByText("Mất kết nối tới máy chủ. Tệp và các thiết lập vẫn được giữ nguyên: thử lại khi có mạng.");
    expect((screen.getByLabelText("Căn cứ pháp lý") as HTMLInputElement).value).toBe("Quyết định 148/QĐ-TTg");
    screen.getByText("2 dòng: 1 tạo mới, 1 cập nhật, 0 không đổi, 0 lỗi.");
    screen.getByText("Tệp: phu-luc-dot-2.xlsx (1 KB)");

    fireEvent.click(within(screen.getByRole("alert")).getByRole("button", { name: "Kiểm tra lại" }));
    expect(FakeXhr.sent).toHaveLength(3);
    expect(last().body?.get("file")).toBe(file);
    expect(last().body?.get("legalBasis")).toBe("Quyết định 148/QĐ-TTg");
  });

  it("offers no cancel once the server has the commit, and says a lost answer may hide a done commit", async () => {
    await readyToCommit();
    fireEvent.click(screen.getByRole("button", { name: "Ghi vào danh mục" }));
    fireEvent.click(within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Ghi vào danh mục" }));
    await vi.waitFor(() => expect(FakeXhr.sent).toHaveLength(2));
    const commit = last();
    commit.progress(10, 100);
    await screen.findByText("Đang tải lên… 10%");
    screen.getByRole("button", { name: "Hủy" });
    commit.uploaded();
    await screen.findByText("Đang ghi vào danh mục…");
    expect(screen.queryByRole("button", { name: "Hủy" })).toBeNull();
    commit.fail();

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("phụ lục có thể đã được ghi hoặc chưa");
    screen.getByText("2 dòng: 1 tạo mới, 1 cập nhật, 0 không đổi, 0 lỗi.");
    fireEvent.click(within(alert).getByRole("button", { name: "Kiểm tra lại" }));
    expect(last().url).toBe("/admin/imports/certification-decisions?dryRun=true");
  });

  it("shows a commune officer the same screen, with the scope said", async () => {
    renderPage(<ImportPage />, { path: "/imports", session: OFFICER });
    screen.getByText("Bạn chỉ nhập được các dòng thuộc xã, phường của mình.");
    screen.getByLabelText("Chọn tệp từ máy");
    cleanup();
    renderPage(<ImportPage />, { path: "/imports", session: EDITOR });
    expect(screen.queryByText("Bạn chỉ nhập được các dòng thuộc xã, phường của mình.")).toBeNull();
  });
});
