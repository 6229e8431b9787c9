import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ADMIN, EDITOR, OFFICER, renderPage } from "../test/render";
import { Layout, MainMenu } from "./Layout";

afterEach(cleanup);

function menuLinks() {
  const nav = screen.getByRole("navigation", { name: "Menu chính" });
  return within(nav)
    .getAllByRole("link")
    .map((a) => a.textContent);
}

describe("permission-driven menu", () => {
  it("shows an administrator every area, staff accounts and the audit log included", () => {
    renderPage(<Layout>x</Layout>, { session: ADMIN });
    expect(menuLinks()).toEqual([
      "Tổng quan",
      "Sản phẩm",
      "Chủ thể",
      "Sự kiện trưng bày",
      "Nhà phân phối",
      "Yêu cầu kết nối",
      "Từ đồng nghĩa",
      "Tài khoản cán bộ",
      "Nhật ký thay đổi",
      "Thư đi",
    ]);
  });

  it("hides staff accounts from an editor, who reads the audit log", () => {
    renderPage(<Layout>x</Layout>, { session: EDITOR });
    const links = menuLinks();
    expect(links).toContain("Sự kiện trưng bày");
    expect(links).not.toContain("Tài khoản cán bộ");
    expect(links).toContain("Nhật ký thay đổi");
    expect(links).not.toContain("Thư đi");
  });

  it("gives a commune officer only the dashboard, products, producers and its connection requests", () => {
    renderPage(<Layout>x</Layout>, { session: OFFICER });
    expect(menuLinks()).toEqual(["Tổng quan", "Sản phẩm", "Chủ thể", "Yêu cầu kết nối"]);
  });

  it("marks the current area, also on its detail pages", () => {
    renderPage(
      <nav aria-label="Menu chính">
        <MainMenu permissions={EDITOR.permissions} />
      </nav>,
      { path: "/producers/p-1" },
    );
    expect(screen.getByRole("link", { name: "Chủ thể" }).getAttribute("aria-current")).toBe("page");
    expect(screen.getByRole("link", { name: "Sản phẩm" }).getAttribute("aria-current")).toBeNull();
  });

  it("shows who is signed in, with role and commune", () => {
    renderPage(<Layout>x</Layout>, { session: OFFICER });
    expect(screen.getByRole("banner").textContent).toContain("Cán bộ xã, phường · Xã Chi Lăng");
  });
});
