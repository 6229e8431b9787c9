import { describe, expect, it } from "vitest";
import { breadcrumbs, menuFor, NO_PERMISSIONS, resource, resourceForPath } from "./resources";
import { ADMIN, EDITOR, OFFICER } from "../test/render";

const ids = (p: typeof NO_PERMISSIONS) => menuFor(p).map((r) => r.id);

describe("resource registry", () => {
  // The sessions hold each role's permissions from the shared table (test/render.tsx): an editor
  // reads the audit log (of what it may read), an officer the connection requests of its commune.
  it("gives each role only the areas it may open", () => {
    expect(ids(ADMIN.permissions)).toEqual([
      "dashboard",
      "products",
      "producers",
      "imports",
      "events",
      "distributors",
      "requests",
      "synonyms",
      "staff",
      "audit",
      "report",
      "outbox",
      "settings",
    ]);
    expect(ids(EDITOR.permissions)).toEqual([
      "dashboard",
      "products",
      "producers",
      "imports",
      "events",
      "distributors",
      "requests",
      "synonyms",
      "audit",
      "report",
    ]);
    expect(ids(OFFICER.permissions)).toEqual(["dashboard", "products", "producers", "imports", "requests", "report"]);
    expect(ids(NO_PERMISSIONS)).toEqual([]);
  });

  it("lets officers create products and producers, but nothing else", () => {
    expect(resource("products").canCreate(OFFICER.permissions)).toBe(true);
    expect(resource("producers").canCreate(OFFICER.permissions)).toBe(true);
    expect(resource("events").canCreate(OFFICER.permissions)).toBe(false);
    expect(resource("products").canCreate(NO_PERMISSIONS)).toBe(false);
    expect(resource("staff").canCreate(EDITOR.permissions)).toBe(false);
  });

  it("finds the area of a path by its longest prefix", () => {
    expect(resourceForPath("/products/abc")?.id).toBe("products");
    expect(resourceForPath("/products?page=2")?.id).toBe("products");
    expect(resourceForPath("/producers")?.id).toBe("producers");
    expect(resourceForPath("/")?.id).toBe("dashboard");
    expect(resourceForPath("/productsx")).toBeUndefined();
  });

  it("builds breadcrumbs: home, the area (linked on detail pages) and the page", () => {
    const label = (k: string) => k;
    expect(breadcrumbs("/products/p1", label, "Miến dong")).toEqual([
      { label: "nav.dashboard", href: "/" },
      { label: "nav.products", href: "/products" },
      { label: "Miến dong" },
    ]);
    expect(breadcrumbs("/products", label, "Sản phẩm")).toEqual([
      { label: "nav.dashboard", href: "/" },
      { label: "nav.products" },
    ]);
  });
});
