import { describe, expect, it } from "vitest";
import { ROUTE_NAMES, ROUTE_PATTERNS } from "@ocop/schema/routes";
import { loadPage, PAGES, pageFor, pageManifestKey } from "./routes";

describe("page for a path (chunk preloading)", () => {
  it("maps every page URL to its page", () => {
    expect(pageFor("/")).toBe("home");
    expect(pageFor("/san-pham")).toBe("catalog");
    expect(pageFor("/san-pham/na-chi-lang")).toBe("product");
    expect(pageFor("/chu-the/htx-dong-banh")).toBe("producer");
    expect(pageFor("/xa-phuong")).toBe("communes");
    expect(pageFor("/xa-phuong/06463")).toBe("commune");
    expect(pageFor("/su-kien")).toBe("events");
    expect(pageFor("/su-kien/hoi-nghi")).toBe("event");
    expect(pageFor("/nha-phan-phoi")).toBe("distributors");
    expect(pageFor("/chu-the")).toBe("producers");
    expect(pageFor("/nha-phan-phoi/winmart")).toBe("distributor");
    expect(pageFor("/gioi-thieu")).toBe("about");
    expect(pageFor("/danh-sach")).toBe("shortlist");
  });
  it("gives the 404 page for anything else", () => {
    expect(pageFor("/san-pham/a/b")).toBe("notFound");
    expect(pageFor("/admin")).toBe("notFound");
    expect(pageFor("/gioi-thieu-x")).toBe("notFound");
  });
});

describe("pages of the shared route table", () => {
  it("opens every route of the table on its own page", () => {
    for (const name of ROUTE_NAMES) {
      const path = ROUTE_PATTERNS[name].replace(/:(\w+)/g, "x-1");
      expect(pageFor(path), path).toBe(name);
      expect(PAGES[name], name).toBeDefined();
    }
  });
});

describe("page modules", () => {
  it("names a page module for every page, as the build's manifest does", async () => {
    const modules = import.meta.glob("./routes/*/*Page.tsx");
    for (const [name, module] of Object.entries(PAGES)) {
      expect(Object.keys(modules), name).toContain(module);
      expect(pageManifestKey(name as keyof typeof PAGES), name).toBe(module.replace("./", "src/"));
    }
    expect(pageManifestKey("trackedRequest")).toBe("src/routes/tracked-request/TrackedRequestPage.tsx");
    expect(typeof (await loadPage("notFound")).default).toBe("function");
  });
});
