import { AdminProductListDocument, CategoriesDocument, SetStatusOfMatchingProductsDocument } from "@ocop/schema/admin";
import { GraphQLError } from "graphql";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { CHI_LANG, communesMock, OFFICER, renderPage } from "../../test/render";
import { ProductListPage } from "./ProductListPage";

afterEach(cleanup);

function product(id: string, nameVi: string) {
  return {
    __typename: "Product",
    id,
    slug: id,
    nameVi,
    status: "PUBLISHED",
    featured: false,
    stars: null,
    isDemo: false,
    canEdit: true,
    version: 2,
    updatedAt: "2026-11-01T00:00:00.000Z",
    category: { __typename: "Category", code: "TP", name: "Thực phẩm" },
    producer: { __typename: "Producer", id: "pr1", name: "HTX Đồng Bành", commune: CHI_LANG },
    certification: {
      __typename: "Certification",
      id: `c${id}`,
      stars: 3,
      validUntil: "2025-01-01",
      status: "EXPIRED",
    },
  };
}

/** The first page of 45 products whose certificate has expired. */
const expiredPage = {
  request: {
    query: AdminProductListDocument,
    variables: (v: { filter?: { certificate?: string } }) => v.filter?.certificate === "EXPIRED",
  },
  result: {
    data: {
      adminProducts: {
        __typename: "ProductConnection",
        totalCount: 45,
        edges: [product("1", "Na Chi Lăng"), product("2", "Hồi Văn Quan")].map((node) => ({
          __typename: "ProductEdge",
          node,
        })),
      },
    },
  },
  maxUsageCount: 10,
};
const categoriesMock = {
  request: { query: CategoriesDocument },
  result: { data: { categories: [] } },
  maxUsageCount: 10,
};

/** Selects a row of the page, then every product the filter matches. */
async function selectAllMatching() {
  const bar = await screen.findByRole("group", { name: "Thao tác hàng loạt" });
  // Selection starts over whenever the list loads anew: select once the page has settled.
  await waitFor(() => {
    const box = screen.getByRole("checkbox", { name: /Na Chi Lăng/ }) as HTMLInputElement;
    if (!box.checked) fireEvent.click(box);
    expect(within(bar).getByText("Đã chọn 1")).toBeTruthy();
  });
  fireEvent.click(within(bar).getByRole("button", { name: "Chọn tất cả 45 sản phẩm khớp bộ lọc" }));
}

describe("bulk changes of the product list", () => {
  it("applies to every product the filter matches only after confirming that count", async () => {
    renderPage(<ProductListPage />, {
      path: "/products?cert=EXPIRED",
      mocks: [
        expiredPage,
        categoriesMock,
        communesMock,
        {
          request: {
            query: SetStatusOfMatchingProductsDocument,
            variables: { filter: { certificate: "EXPIRED" }, status: "ARCHIVED", expectedCount: 45 },
          },
          result: { data: { setStatusOfMatchingProducts: { __typename: "BulkChange", count: 45 } } },
        },
      ],
    });
    // The filter is read from the URL.
    expect(((await screen.findByRole("combobox", { name: "Chứng nhận" })) as HTMLSelectElement).value).toBe("EXPIRED");
    await selectAllMatching();
    const bar = screen.getByRole("group", { name: "Thao tác hàng loạt" });
    expect(within(bar).getByRole("status").textContent).toBe("Đã chọn tất cả 45 sản phẩm khớp bộ lọc.");

    // Cancelling the confirmation sends nothing (no mock would answer the first attempt twice).
    fireEvent.click(within(bar).getByRole("button", { name: "Lưu trữ" }));
    let dialog = await screen.findByRole("alertdialog", { name: "Chuyển 45 sản phẩm sang “Lưu trữ”?" });
    expect(dialog.textContent).toContain("Tất cả 45 sản phẩm khớp bộ lọc (trên mọi trang, không chỉ trang này)");
    fireEvent.click(within(dialog).getByRole("button", { name: "Hủy" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());

    fireEvent.click(within(bar).getByRole("button", { name: "Lưu trữ" }));
    dialog = await screen.findByRole("alertdialog", { name: "Chuyển 45 sản phẩm sang “Lưu trữ”?" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Chuyển 45 sản phẩm" }));
    expect(await screen.findByText("Đã chuyển 45 sản phẩm sang “Lưu trữ”.")).toBeTruthy();
  });

  it("shows the server's refusal to publish products without a valid certificate in the staff member's language", async () => {
    renderPage(<ProductListPage />, {
      path: "/products?cert=EXPIRED",
      mocks: [
        expiredPage,
        categoriesMock,
        communesMock,
        {
          request: { query: SetStatusOfMatchingProductsDocument, variables: () => true },
          result: {
            errors: [
              new GraphQLError("Invalid input", {
                extensions: {
                  code: "BAD_USER_INPUT",
                  fields: [
                    {
                      field: "status",
                      code: "noValidCertificate",
                      params: { count: 45, names: "“Na Chi Lăng”, “Hồi Văn Quan”, …" },
                      message: "45 products have no valid certificate and cannot be published",
                    },
                  ],
                },
              }),
            ],
          },
        },
      ],
    });
    await selectAllMatching();
    const bar = screen.getByRole("group", { name: "Thao tác hàng loạt" });
    fireEvent.click(within(bar).getByRole("button", { name: "Công khai" }));
    const dialog = await screen.findByRole("alertdialog");
    fireEvent.click(within(dialog).getByRole("button", { name: "Chuyển 45 sản phẩm" }));
    const alert = await screen.findByText(/chưa có chứng nhận còn hiệu lực/);
    expect(alert.textContent).toContain(
      "45 sản phẩm chưa có chứng nhận còn hiệu lực nên không thể công bố: “Na Chi Lăng”, “Hồi Văn Quan”, …",
    );
  });

  it("offers an officer every matching product only once the list is narrowed to the officer's unit", async () => {
    const ownUnitPage = {
      ...expiredPage,
      request: {
        query: AdminProductListDocument,
        variables: (v: { filter?: { certificate?: string; communeCode?: string } }) =>
          v.filter?.certificate === "EXPIRED" && v.filter.communeCode === CHI_LANG.code,
      },
    };
    const { location } = renderPage(<ProductListPage />, {
      path: "/products?cert=EXPIRED",
      session: OFFICER,
      mocks: [expiredPage, ownUnitPage, categoriesMock, communesMock],
    });
    const bar = await screen.findByRole("group", { name: "Thao tác hàng loạt" });
    await waitFor(() => {
      const box = screen.getByRole("checkbox", { name: /Na Chi Lăng/ }) as HTMLInputElement;
      if (!box.checked) fireEvent.click(box);
      expect(within(bar).getByText("Đã chọn 1")).toBeTruthy();
    });
    // The 45 products may include other units' ones, which the officer cannot change.
    expect(within(bar).queryByRole("button", { name: /Chọn tất cả 45/ })).toBeNull();
    fireEvent.click(within(bar).getByRole("button", { name: "Chỉ hiện sản phẩm của đơn vị mình để chọn tất cả" }));
    await waitFor(() => expect(location.history?.at(-1)).toContain(`commune=${CHI_LANG.code}`));
    await selectAllMatching();
    expect(within(bar).getByRole("status").textContent).toBe("Đã chọn tất cả 45 sản phẩm khớp bộ lọc.");
  });
});
