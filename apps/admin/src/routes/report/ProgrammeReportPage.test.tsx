import { ProgrammeReportDocument } from "@ocop/schema/admin";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { OFFICER, renderPage } from "../../test/render";
import { ProgrammeReportPage } from "./ProgrammeReportPage";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const count = (key: string, label: string, n: number) => ({ __typename: "CountByKey", key, label, count: n });
const cert = (id: string, validUntil: string) => ({
  __typename: "ReportCertificate",
  productId: id,
  productName: `Sản phẩm ${id}`,
  producerName: "HTX Chi Lăng",
  communeName: "Xã Chi Lăng",
  stars: 3,
  decisionNumber: "1234/QĐ-UBND",
  decisionDate: "2023-06-15",
  validUntil,
});
const round = (year: number, decisionNumber: string, decisionDate: string, products: number) => ({
  __typename: "ReportRound",
  year,
  decisionNumber,
  decisionDate,
  products,
  stars3: products,
  stars4: 0,
  stars5: 0,
});

const programmeReport = {
  __typename: "ProgrammeReport",
  provinceName: "Lạng Sơn",
  communeName: "Xã Chi Lăng",
  generatedOn: "2026-11-20",
  renewalYear: 2027,
  rounds: [
    round(2025, "2/QĐ", "2025-12-01", 4),
    round(2025, "1/QĐ", "2025-06-01", 3),
    round(2024, "9/QĐ", "2024-05-02", 2),
  ],
  byStars: [count("4", "4 sao", 5), count("3", "3 sao", 4)],
  byGroup: [count("TP", "Thực phẩm", 9)],
  byCommune: [count("06463", "Xã Chi Lăng", 9)],
  expiredNotReevaluated: [cert("7", "2025-01-01")],
  renewalsDue: [cert("8", "2027-03-01"), cert("9", "2027-09-01")],
};

describe("the programme report page", () => {
  it("titles the report with the province, the unit and the date, sums rounds per year and prints", async () => {
    renderPage(<ProgrammeReportPage />, {
      path: "/report",
      session: OFFICER,
      mocks: [{ request: { query: ProgrammeReportDocument }, result: { data: { programmeReport } } }],
    });
    expect(
      await screen.findByText(
        "Chương trình Mỗi xã một sản phẩm (OCOP) tỉnh Lạng Sơn – Xã Chi Lăng · số liệu đến ngày 20/11/2026",
      ),
    ).toBeTruthy();
    const perYear = screen.getByRole("figure", { name: "Số sản phẩm được công nhận mỗi năm" });
    expect(within(perYear).getByRole("row", { name: "2025 7" })).toBeTruthy();
    expect(within(perYear).getByRole("row", { name: "2024 2" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Hết hạn, chưa đánh giá lại (1)" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Đến hạn đánh giá lại trong năm 2027 (2)" })).toBeTruthy();
    const stars = screen.getByRole("figure", { name: "Sản phẩm theo số sao" });
    expect(within(stars).getByRole("link", { name: "4 sao" }).getAttribute("href")).toBe("/products?stars=4");
    const print = vi.fn();
    vi.stubGlobal("print", print);
    fireEvent.click(screen.getByRole("button", { name: "In báo cáo (A4)" }));
    expect(print).toHaveBeenCalledOnce();
    expect(screen.getByRole("button", { name: "Xuất Excel" })).toBeTruthy();
  });
});
