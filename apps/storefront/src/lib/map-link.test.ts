import { describe, expect, it } from "vitest";
import { mapSearchUrl, productSetLabel } from "./map-link";

describe("mapSearchUrl", () => {
  it("pins the coordinates when the place has them", () => {
    const url = new URL(mapSearchUrl({ location: { lat: 21.6, lng: 106.3 }, name: "Đền Bắc Lệ", address: "x" }));
    expect(url.origin + url.pathname).toBe("https://www.google.com/maps/search/");
    expect(url.searchParams.get("api")).toBe("1");
    expect(url.searchParams.get("query")).toBe("21.6,106.3");
  });

  it("searches the name and address, encoded, when there are no coordinates", () => {
    const url = new URL(
      mapSearchUrl({ location: null, name: "Điểm du lịch Đền Bắc Lệ", address: "Xã Tân Thành, tỉnh Lạng Sơn" }),
    );
    expect(url.searchParams.get("query")).toBe("Điểm du lịch Đền Bắc Lệ, Xã Tân Thành, tỉnh Lạng Sơn");
    expect(url.href).not.toContain(" ");
  });
});

describe("productSetLabel", () => {
  it("is null when the set repeats its group's name", () => {
    const name = "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch";
    expect(productSetLabel({ name, parent: { name: `${name} ` } })).toBeNull();
  });

  it("names a set that differs from its group, and nothing for a group itself", () => {
    expect(productSetLabel({ name: "Chè", parent: { name: "Thực phẩm" } })).toBe("Chè");
    expect(productSetLabel({ name: "Thực phẩm", parent: null })).toBeNull();
  });
});
