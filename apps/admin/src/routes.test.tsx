import { StaffUserListDocument } from "@ocop/schema/admin";
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { SignedInRoutes } from "./App";
import { RESOURCES } from "./lib/resources";
import { RESOURCE_VIEWS } from "./lib/resourceViews";
import { ADMIN, OFFICER, renderPage } from "./test/render";

afterEach(cleanup);

const emptyStaffList = {
  request: { query: StaffUserListDocument, variables: { first: 20, offset: 0 } },
  result: {
    data: {
      staffUsers: {
        __typename: "StaffUserConnection",
        totalCount: 0,
        edges: [],
      },
    },
  },
};

describe("routes generated from the resource registry", () => {
  it("gives every resource a list page", () => {
    for (const r of RESOURCES) expect(RESOURCE_VIEWS[r.id]?.list, r.id).toBeTruthy();
  });

  it("opens a resource's list at its path, loading the page on demand", async () => {
    renderPage(<SignedInRoutes />, { path: "/staff", session: ADMIN, mocks: [emptyStaffList] });
    expect(await screen.findByRole("heading", { name: "Tài khoản cán bộ", level: 1 })).toBeTruthy();
  });

  it("guards each generated route with its resource's permission, detail pages included", async () => {
    renderPage(<SignedInRoutes />, { path: "/staff", session: OFFICER });
    expect(await screen.findByRole("heading", { name: "Không có quyền truy cập" })).toBeTruthy();
    cleanup();
    renderPage(<SignedInRoutes />, { path: "/events/12", session: OFFICER });
    expect(await screen.findByRole("heading", { name: "Không có quyền truy cập" })).toBeTruthy();
  });

  it("answers a path no resource owns with the not-found page", async () => {
    renderPage(<SignedInRoutes />, { path: "/nowhere", session: ADMIN });
    expect(await screen.findByRole("heading", { name: "Không tìm thấy trang" })).toBeTruthy();
  });
});
