import { DashboardDocument } from "@ocop/schema/admin";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ADMIN, renderPage } from "../../test/render";
import { productFilter, productListState } from "../products/productListState";
import { DashboardPage } from "./DashboardPage";

afterEach(cleanup);

const count = (key: string, label: string, n: number) => ({ __typename: "CountByKey", key, label, count: n });

const dashboard = {
  __typename: "Dashboard",
  productsByStars: [count("5", "5 sao", 2), count("4", "4 sao", 20), count("NONE", "Không còn hiệu lực", 7)],
  productsByGroup: [count("TP", "Thực phẩm", 15)],
  productsByCommune: [count("06463", "Xã Chi Lăng", 9)],
  expiringCertificates: [],
  newConnectionRequests: 3,
  incompleteProducts: 4,
  completeness: [{ __typename: "CountByKey", key: "PHOTO", label: "Ảnh", count: 4 }],
  recentChanges: [],
};

function renderDashboard() {
  return renderPage(<DashboardPage />, {
    path: "/",
    session: ADMIN,
    mocks: [{ request: { query: DashboardDocument }, result: { data: { dashboard } } }],
  });
}

/** The API filter a link's products list would query with. */
function filterOf(href: string | null) {
  const [path, search = ""] = (href ?? "").split("?");
  expect(path).toBe("/products");
  return productFilter(productListState.parse(search));
}

describe("the dashboard's figures open the products they count", () => {
  it("links each bar to the products list with its filter", async () => {
    renderDashboard();
    const stars = await screen.findByRole("figure", { name: "Sản phẩm theo số sao" });
    expect(filterOf(within(stars).getByRole("link", { name: "4 sao" }).getAttribute("href"))).toEqual({ stars: [4] });
    expect(filterOf(within(stars).getByRole("link", { name: "5 sao" }).getAttribute("href"))).toEqual({ stars: [5] });
    expect(filterOf(within(stars).getByRole("link", { name: "Không còn hiệu lực" }).getAttribute("href"))).toEqual({
      certificate: "NO_VALID_CERTIFICATE",
    });
    const groups = screen.getByRole("figure", { name: "Sản phẩm theo nhóm" });
    expect(filterOf(within(groups).getByRole("link", { name: "Thực phẩm" }).getAttribute("href"))).toEqual({
      categoryCode: "TP",
    });
    const communes = screen.getByRole("figure", { name: "Sản phẩm theo xã, phường" });
    expect(filterOf(within(communes).getByRole("link", { name: "Xã Chi Lăng" }).getAttribute("href"))).toEqual({
      communeCode: "06463",
    });
  });

  it("links the key figures to their lists, and a click opens it", async () => {
    const { location } = renderDashboard();
    const valid = await screen.findByRole("link", { name: "sản phẩm có chứng nhận còn hiệu lực" });
    expect(filterOf(valid.getAttribute("href"))).toEqual({ stars: [3, 4, 5] });
    const expiring = screen.getByRole("link", { name: "chứng nhận hết hạn trong 90 ngày" });
    expect(filterOf(expiring.getAttribute("href"))).toEqual({ expiringWithinDays: 90 });
    expect(productListState.parse(expiring.getAttribute("href")!.split("?")[1]!).sort).toBe("VALID_UNTIL");
    expect(filterOf(screen.getByRole("link", { name: "sản phẩm trong danh mục" }).getAttribute("href"))).toEqual({});
    fireEvent.click(
      within(screen.getByRole("figure", { name: "Sản phẩm theo số sao" })).getByRole("link", { name: "4 sao" }),
    );
    expect(location.history.at(-1)).toBe("/products?stars=4");
  });
});
