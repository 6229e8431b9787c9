import { StaffUserListDocument } from "@ocop/schema/admin";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { StaffPage } from "../routes/staff/StaffPage";
import { ADMIN, renderPage } from "../test/render";
import { defineListState, oneOf } from "../lib/listState";
import { column, DataList, type ListResult } from "./DataList";
import { useListState } from "./list";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function staffUser(n: number) {
  return {
    __typename: "StaffUser",
    id: `u${n}`,
    email: `user${n}@demo.ocop.vn`,
    displayName: `Cán bộ ${n}`,
    role: "EDITOR",
    commune: null,
    active: true,
    lastSignInAt: null,
    version: 1,
  };
}

describe("a staff list's page comes from the URL as an explicit offset", () => {
  it("opens page 2 of 50 rows by asking the API for offset 50, and shows the position and the pager", async () => {
    renderPage(<StaffPage />, {
      path: "/staff?page=2&size=50",
      session: ADMIN,
      mocks: [
        {
          request: { query: StaffUserListDocument, variables: { first: 50, offset: 50 } },
          result: {
            data: {
              staffUsers: {
                __typename: "StaffUserConnection",
                totalCount: 51,
                edges: [{ __typename: "StaffUserEdge", node: staffUser(51) }],
              },
            },
          },
        },
      ],
    });
    expect(await screen.findByRole("cell", { name: "user51@demo.ocop.vn" })).toBeTruthy();
    expect(screen.getByText("Hiển thị 51–51 trên 51")).toBeTruthy();
    const pager = screen.getByRole("navigation", { name: "Phân trang" });
    expect(within(pager).getByRole("link", { name: "Trang trước" }).getAttribute("href")).toBe("/staff?size=50");
    expect(within(pager).queryByRole("link", { name: "Trang sau" })).toBeNull();
  });
});

type Row = { id: string; name: string; mine: boolean };
const rows: Row[] = [
  { id: "a", name: "Miến dong", mine: true },
  { id: "b", name: "Hồi khô", mine: false },
  { id: "c", name: "Na Chi Lăng", mine: true },
];
const state = defineListState({ sort: oneOf(["NAME", "UPDATED"] as const, "UPDATED") });

function result(overrides: Partial<ListResult<Row>> = {}): ListResult<Row> {
  return { rows, total: 3, loading: false, error: null, refetch: async () => undefined, ...overrides };
}

function Harness({
  list: given,
  onSelect,
  exportAs,
}: {
  list?: ListResult<Row>;
  onSelect?: (ids: string[]) => void;
  exportAs?: string;
}) {
  const list = useListState(state);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  return (
    <DataList
      caption="Sản phẩm"
      columns={[
        column<Row>("name", "Tên", (r) => r.name, { sort: { value: "NAME", direction: "ascending" } }),
        column<Row>("plain", "Ghi chú", () => "–"),
      ]}
      result={given ?? result()}
      rowId={(r) => r.id}
      list={list}
      sort={{ current: list.state.sort, href: (sort) => list.href({ sort: sort as "NAME" | "UPDATED" }) }}
      filtered={list.state.sort !== "UPDATED"}
      emptyLabel="Chưa có sản phẩm."
      onReset={list.reset}
      selection={{
        selected,
        onChange: (next) => {
          setSelected(next);
          onSelect?.([...next].sort());
        },
        canSelect: (r) => r.mine,
        label: (r) => r.name,
      }}
      actions={<button type="button">Công bố</button>}
      exportAs={exportAs}
    />
  );
}

describe("the generic list", () => {
  it("sorts through the URL: a sortable header links to its sort and says when it is the active one", () => {
    const { location } = renderPage(<Harness />, { path: "/products" });
    const header = screen.getByRole("columnheader", { name: /Tên/ });
    expect(header.getAttribute("aria-sort")).toBeNull();
    expect(screen.getByRole("columnheader", { name: "Ghi chú" }).getAttribute("aria-sort")).toBeNull();
    fireEvent.click(within(header).getByRole("link"));
    expect(location.history.at(-1)).toBe("/products?sort=NAME");
    expect(screen.getByRole("columnheader", { name: /Tên/ }).getAttribute("aria-sort")).toBe("ascending");
  });

  it("selects only the rows that may be selected, one by one or all on the page", async () => {
    const picked: string[][] = [];
    renderPage(<Harness onSelect={(ids) => picked.push(ids)} />, { path: "/products" });
    expect(screen.queryByRole("checkbox", { name: "Chọn Hồi khô" })).toBeNull();
    fireEvent.click(screen.getByRole("checkbox", { name: "Chọn tất cả trên trang này" }));
    await waitFor(() => expect(picked.at(-1)).toEqual(["a", "c"]));
    expect(screen.getByRole("group", { name: "Thao tác hàng loạt" }).textContent).toContain("Đã chọn 2");
    fireEvent.click(screen.getByRole("checkbox", { name: "Chọn Miến dong" }));
    await waitFor(() => expect(picked.at(-1)).toEqual(["c"]));
    expect((screen.getByRole("checkbox", { name: "Chọn tất cả trên trang này" }) as HTMLInputElement).checked).toBe(
      false,
    );
  });

  it("shows an error instead of rows, and an empty filtered list offers to clear the filters", () => {
    renderPage(<Harness list={result({ rows: [], total: null, error: new Error("network down") })} />, {
      path: "/products",
    });
    expect(screen.getByRole("alert")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
    cleanup();
    const { location } = renderPage(<Harness list={result({ rows: [], total: 0 })} />, { path: "/products?sort=NAME" });
    expect(screen.getByText("Không có kết quả phù hợp với bộ lọc.")).toBeTruthy();
    expect(screen.queryByRole("navigation", { name: "Phân trang" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Xóa bộ lọc" }));
    expect(location.history.at(-1)).toBe("/products");
  });
});

describe("exporting a list to Excel", () => {
  function stubFetch(response: Response) {
    const calls: Array<{ url: string; headers: Record<string, string> }> = [];
    vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
      calls.push({ url, headers: init.headers as Record<string, string> });
      return response;
    });
    return calls;
  }

  it("asks the API for the list's own filters and sort, every page, in the staff member's language", async () => {
    const calls = stubFetch(
      new Response(new Blob(["xlsx"]), {
        status: 200,
        headers: { "content-disposition": 'attachment; filename="san-pham-ocop-2026-12-06.xlsx"' },
      }),
    );
    const saved: string[] = [];
    vi.stubGlobal("URL", Object.assign(URL, { createObjectURL: () => "blob:x", revokeObjectURL: () => {} }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    renderPage(<Harness exportAs="products" />, { path: "/products?sort=NAME&stars=4,5&page=3&size=50" });
    fireEvent.click(screen.getByRole("button", { name: "Xuất Excel" }));
    await waitFor(() => expect(saved).toEqual(["san-pham-ocop-2026-12-06.xlsx"]));
    expect(calls).toEqual([
      { url: "/admin/exports/products.xlsx?sort=NAME&stars=4%2C5&lang=vi", headers: { "x-ocop-csrf": "1" } },
    ]);
    click.mockRestore();
  });

  it("tells a refusal in the staff member's language, and offers no export of an empty list", async () => {
    stubFetch(
      new Response(JSON.stringify({ error: { code: "FORBIDDEN", message: "This needs the permission audit.read" } }), {
        status: 403,
      }),
    );
    renderPage(<Harness exportAs="audit-log" />, { path: "/audit" });
    fireEvent.click(screen.getByRole("button", { name: "Xuất Excel" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Bạn không có quyền xuất danh sách này.");
    cleanup();
    renderPage(<Harness exportAs="products" list={result({ rows: [], total: 0 })} />, { path: "/products" });
    expect(screen.queryByRole("button", { name: "Xuất Excel" })).toBeNull();
  });
});
