import { describe, expect, it } from "vitest";
import { isCentralCity, provinceNameIn } from "./provinces";
import { siteScopeValues } from "./site-texts";

const LANG_SON = { code: "20", name: "Lạng Sơn", fullName: "Tỉnh Lạng Sơn" };
const LAI_CHAU = { code: "12", name: "Lai Châu", fullName: "Tỉnh Lai Châu" };
const HUE = { code: "46", name: "Huế", fullName: "Thành phố Huế" };
// In Chinese the names come translated, as the API's Province.name gives them.
const inChinese = (p: { code: string; name: string; fullName: string }) => ({ ...p, name: provinceNameIn("zh", p) });

describe("siteScopeValues", () => {
  it("names one province in each language, a city as a city", () => {
    expect(siteScopeValues("vi", [LANG_SON])).toEqual({
      scope: "one",
      provinces: "Lạng Sơn",
      provincesFull: "tỉnh Lạng Sơn",
    });
    expect(siteScopeValues("zh", [inChinese(LANG_SON)]).provincesFull).toBe("谅山省");
    expect(siteScopeValues("en", [HUE]).provincesFull).toBe("Huế city");
    expect(siteScopeValues("zh", [inChinese(HUE)]).provincesFull).toBe("顺化市");
  });

  it("joins two, and names none for a national site or unknown settings", () => {
    expect(siteScopeValues("vi", [LANG_SON, LAI_CHAU]).provinces).toBe("Lạng Sơn và Lai Châu");
    expect(siteScopeValues("zh", [LANG_SON, LAI_CHAU].map(inChinese)).provinces).toBe("谅山和莱州");
    expect(siteScopeValues("en", [LANG_SON, LAI_CHAU, HUE])).toEqual({
      scope: "many",
      provinces: "",
      provincesFull: "",
    });
    expect(siteScopeValues("vi", null).scope).toBe("unknown");
  });
});

describe("isCentralCity", () => {
  it("reads the unit's full name", () => {
    expect(isCentralCity("Thành phố Hồ Chí Minh")).toBe(true);
    expect(isCentralCity("THÀNH PHỐ Huế")).toBe(true);
    expect(isCentralCity("Tỉnh Lạng Sơn")).toBe(false);
    expect(isCentralCity(null)).toBe(false);
  });
});
