import { describe, expect, it } from "vitest";
import { LANGUAGES } from "./enums";
import {
  buildPath,
  catalogSearch,
  localizedPath,
  matchPath,
  paths,
  ROUTE_NAMES,
  ROUTE_PATTERNS,
  splitLanguage,
  type RouteMatch,
} from "./routes";

/** One example of every route, with parameters a real page has (and one that needs escaping). */
const EXAMPLES: RouteMatch[] = [
  { name: "home", params: {} },
  { name: "catalog", params: {} },
  { name: "product", params: { slug: "mat-ong-van-lang" } },
  { name: "producers", params: {} },
  { name: "producer", params: { slug: "htx-dong-banh" } },
  { name: "communes", params: {} },
  { name: "commune", params: { code: "06463" } },
  { name: "events", params: {} },
  { name: "event", params: { slug: "hoi nghi/2025?x" } },
  { name: "distributors", params: {} },
  { name: "distributor", params: { slug: "winmart" } },
  { name: "about", params: {} },
  { name: "shortlist", params: {} },
  { name: "trackedRequest", params: { token: "Zm9vYmFy_-0123456789abcdefghijklmnopqrstuvw" } },
];

describe("the storefront's route table", () => {
  it("has an example here for every route", () => {
    expect(EXAMPLES.map((e) => e.name).sort()).toEqual([...ROUTE_NAMES].sort());
  });

  it.each(LANGUAGES)("round-trips every route in %s: build, add the language, split it off, match", (lang) => {
    for (const example of EXAMPLES) {
      const url = localizedPath(lang, buildPath(example.name, example.params as never));
      expect(url.startsWith(lang === "vi" ? "/" : `/${lang}`), url).toBe(true);
      const { lang: back, rest } = splitLanguage(url);
      expect(back).toBe(lang);
      expect(matchPath(rest), url).toEqual(example);
    }
  });

  it("builds the URLs the site has always had", () => {
    expect(paths.home()).toBe("/");
    expect(paths.product("na-chi-lang")).toBe("/san-pham/na-chi-lang");
    expect(paths.producer("htx-dong-banh")).toBe("/chu-the/htx-dong-banh");
    expect(paths.commune("06463")).toBe("/xa-phuong/06463");
    expect(paths.communes({ all: true })).toBe("/xa-phuong?all=1");
    expect(paths.communes({ province: "12", all: true })).toBe("/xa-phuong?province=12&all=1");
    expect(paths.event("hoi-nghi")).toBe("/su-kien/hoi-nghi");
    expect(paths.distributors()).toBe("/nha-phan-phoi");
    expect(paths.producers()).toBe("/chu-the");
    expect(paths.producers({ q: "đồng bành", type: "COOPERATIVE", stars: [3, 4], page: 2 })).toBe(
      "/chu-the?q=%C4%91%E1%BB%93ng+b%C3%A0nh&stars=4,3&type=COOPERATIVE&page=2",
    );
    expect(localizedPath("en", paths.producers({ group: "DU" }))).toBe("/en/chu-the?group=DU");
    expect(paths.distributor("winmart")).toBe("/nha-phan-phoi/winmart");
    expect(paths.distributor("winmart", 3)).toBe("/nha-phan-phoi/winmart?page=3");
    expect(paths.about()).toBe("/gioi-thieu");
    expect(paths.shortlist()).toBe("/danh-sach");
    expect(paths.trackedRequest("abc")).toBe("/yeu-cau/abc");
    expect(localizedPath("en", paths.home())).toBe("/en");
    expect(localizedPath("zh", paths.catalog({ stars: [4] }))).toBe("/zh/san-pham?stars=4");
    expect(localizedPath("vi", paths.catalog({ q: "mật ong" }))).toBe("/san-pham?q=m%E1%BA%ADt+ong");
  });

  it("writes the catalog's filters in one order with the defaults left out", () => {
    expect(catalogSearch({})).toBe("");
    expect(catalogSearch({ sort: "RELEVANCE", page: 1, stars: [] })).toBe("");
    expect(paths.catalog({ page: 2, sort: "NAME", stars: [4, 5], group: "TP", q: " mat ong " })).toBe(
      "/san-pham?q=mat+ong&group=TP&stars=5,4&sort=NAME&page=2",
    );
  });

  it("matches nothing else (the 404 page), and ignores a trailing slash", () => {
    for (const path of ["/san-pham/a/b", "/admin", "/gioi-thieu-x", "/fr/san-pham", "/san-pham/%E0%A4%A"]) {
      expect(matchPath(path), path).toBeNull();
    }
    expect(matchPath("/san-pham/")).toEqual({ name: "catalog", params: {} });
    expect(matchPath("/xa-phuong/06463/")).toEqual({ name: "commune", params: { code: "06463" } });
  });

  it("uses one parameter syntax the storefront's router understands", () => {
    for (const pattern of Object.values(ROUTE_PATTERNS))
      expect(pattern).toMatch(/^\/([a-z-]+|:[a-z]+)?(\/[a-z-]+|\/:[a-z]+)*$/);
  });
});
