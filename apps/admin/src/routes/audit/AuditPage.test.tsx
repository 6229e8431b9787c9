import { AuditAuthorsDocument, AuditEntryListDocument, CategoriesDocument } from "@ocop/schema/admin";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { CHI_LANG, communesMock, renderPage } from "../../test/render";
import { AuditPage } from "./AuditPage";

afterEach(cleanup);

const entry = {
  __typename: "AuditEntry",
  id: "a1",
  action: "product.update",
  entityType: "Product",
  entityId: "42",
  entityName: "Mứt gừng Đồng Bành",
  userName: "Nguyễn Biên Tập",
  createdAt: "2026-12-06T17:05:00.000Z",
  before: {
    version: 3,
    updatedAt: "2026-12-01T01:00:00.000Z",
    status: "draft",
    featured: false,
    nameEn: null,
    priceMin: 50000,
    communeCode: null,
    internalNote: "x",
  },
  after: {
    version: 4,
    updatedAt: "2026-12-06T17:05:00.000Z",
    status: "published",
    featured: true,
    nameEn: "Dong Banh ginger jam",
    priceMin: 65000,
    communeCode: CHI_LANG.code,
    internalNote: "x",
  },
};

const mocks = [
  communesMock,
  {
    request: { query: CategoriesDocument, variables: () => true },
    result: { data: { categories: [] } },
    maxUsageCount: 5,
  },
  {
    request: { query: AuditAuthorsDocument },
    result: {
      data: { auditAuthors: [{ __typename: "AuditAuthor", id: "7", displayName: "Nguyễn Biên Tập" }] },
    },
    maxUsageCount: 5,
  },
  {
    request: { query: AuditEntryListDocument, variables: () => true },
    result: {
      data: {
        auditEntries: {
          __typename: "AuditEntryConnection",
          totalCount: 1,
          edges: [{ __typename: "AuditEntryEdge", node: entry }],
        },
      },
    },
    maxUsageCount: 5,
  },
];

describe("audit log, as staff read it", () => {
  it("names the record and the action in the staff member's language, at Vietnam time", async () => {
    renderPage(<AuditPage />, { path: "/audit", mocks });
    await waitFor(() => expect(screen.getByRole("row", { name: /Mứt gừng Đồng Bành/ }).textContent).toContain("Sửa"));
    const row = screen.getByRole("row", { name: /Mứt gừng Đồng Bành/ });
    expect(row.textContent).toContain("Sản phẩm");
    expect(row.textContent).not.toContain("product.update");
    // 17:05 UTC is 00:05 the next day in Vietnam.
    expect(row.textContent).toMatch(/00:05.*07\/12\/2026|07\/12\/2026.*00:05/);
    expect(within(row).getByRole("link", { name: "Mứt gừng Đồng Bành" }).getAttribute("href")).toBe("/products/42");
  });

  it("lists the changes with form labels and form values, without the fields that change by themselves", async () => {
    renderPage(<AuditPage />, { path: "/audit", mocks });
    await screen.findByRole("row", { name: /Mứt gừng Đồng Bành/ });
    await waitFor(() =>
      expect(screen.getByRole("combobox", { name: "Người thực hiện" }).textContent).toContain("Nguyễn"),
    );
    fireEvent.click(screen.getByRole("button", { name: "Xem thay đổi" }));
    await waitFor(() => expect(document.querySelector(".diff-table")?.textContent).toContain("Xã Chi Lăng"));
    const text = document.querySelector(".diff-table")!.textContent ?? "";
    expect(text).toContain("Trạng thái");
    expect(text).toContain("Bản nháp");
    expect(text).toContain("Đã công khai");
    expect(text).toContain("Tên (Tiếng Anh)");
    expect(text).toContain("Xã, phường");
    expect(text).toContain("Xã Chi Lăng");
    expect(text).toContain("Có");
    expect(text).toMatch(/65[.,\s]?000/);
    expect(text).not.toContain("version");
    expect(text).not.toContain("updatedAt");
    expect(text).not.toContain("communeCode");
    // Unchanged fields stay hidden until asked for.
    expect(text).not.toContain("Ghi chú nội bộ");
  });

  it("offers the authors as a list to choose from, by name", async () => {
    renderPage(<AuditPage />, { path: "/audit", mocks });
    const select = await screen.findByRole("combobox", { name: "Người thực hiện" });
    await within(select).findByRole("option", { name: "Nguyễn Biên Tập" });
    expect(screen.queryByRole("textbox", { name: /Mã người thực hiện/ })).toBeNull();
  });
});
