import { describe, expect, it } from "vitest";
import { seriousA11yViolations } from "../support/browser";
import { pageReady, productWithCertificate, results, settledResults, useStorefront, type Sql } from "./storefront";

// axe-core on every kind of storefront page: no serious or critical violations.
const sf = useStorefront();

/** The product with the most on its page (where to buy, events), its producer and commune. */
async function richProduct(sql: Sql) {
  const [row] = await sql<{
    slug: string;
    name: string;
    producer_slug: string;
    producer: string;
    commune_code: string;
    commune: string;
  }>(
    `SELECT p.slug, p.name_vi AS name, pr.slug AS producer_slug, pr.name AS producer, au.code AS commune_code, au.full_name AS commune
       FROM product p JOIN producer pr ON pr.id = p.producer_id JOIN administrative_unit au ON au.code = pr.commune_code
      WHERE p.status = 'published'
      ORDER BY (SELECT count(*) FROM distributor_link d WHERE d.product_id = p.id)
             + (SELECT count(*) FROM showcase_placement s WHERE s.product_id = p.id) DESC, p.slug
      LIMIT 1`,
  );
  return row!;
}

const CONFERENCE = "hoi-nghi-tong-ket-ocop-lang-son-2021-2025";

/** Each page: its path and the h1 that shows it is that page (not a 404 or an error). */
const PAGES: [name: string, page: (sql: Sql) => Promise<{ path: string; h1: string }>][] = [
  ["home", async () => ({ path: "/", h1: "Sản phẩm OCOP Lạng Sơn" })],
  ["catalog", async () => ({ path: "/san-pham", h1: "Sản phẩm OCOP" })],
  ["product", async (sql) => richProduct(sql).then((p) => ({ path: `/san-pham/${p.slug}`, h1: p.name }))],
  [
    "product with an expired certificate",
    async (sql) => productWithCertificate(sql, "expired").then((p) => ({ path: `/san-pham/${p.slug}`, h1: p.name_vi })),
  ],
  ["producer", async (sql) => richProduct(sql).then((p) => ({ path: `/chu-the/${p.producer_slug}`, h1: p.producer }))],
  ["communes", async () => ({ path: "/xa-phuong", h1: "Xã, phường" })],
  [
    "commune",
    async (sql) =>
      richProduct(sql).then((p) => ({ path: `/xa-phuong/${p.commune_code}`, h1: `${p.commune}, tỉnh Lạng Sơn` })),
  ],
  ["events", async () => ({ path: "/su-kien", h1: "Sự kiện trưng bày" })],
  [
    "event",
    async (sql) => ({
      path: `/su-kien/${CONFERENCE}`,
      h1: (await sql<{ name_vi: string }>(`SELECT name_vi FROM showcase_event WHERE slug = $1`, [CONFERENCE]))[0]!
        .name_vi,
    }),
  ],
  ["distributors", async () => ({ path: "/nha-phan-phoi", h1: "Nhà phân phối và kênh bán" })],
  [
    "distributor",
    async (sql) => {
      const [d] = await sql<{ slug: string; name: string }>(
        `SELECT slug, name_vi AS name FROM distributor d
          WHERE EXISTS (SELECT 1 FROM distributor_link l WHERE l.distributor_id = d.id) ORDER BY id LIMIT 1`,
      );
      return { path: `/nha-phan-phoi/${d!.slug}`, h1: d!.name };
    },
  ],
  ["producer directory", async () => ({ path: "/chu-the?type=COOPERATIVE", h1: "Chủ thể OCOP" })],
  ["about", async () => ({ path: "/gioi-thieu", h1: "Giới thiệu chương trình OCOP" })],
  ["404", async () => ({ path: "/khong-co-trang-nay", h1: "Không tìm thấy trang" })],
  ["catalog with no results", async () => ({ path: "/san-pham?stars=5", h1: "Sản phẩm OCOP" })],
  ["shortlist (empty)", async () => ({ path: "/danh-sach", h1: "Danh sách quan tâm" })],
  ["tracking page of an unknown request", async () => ({ path: "/yeu-cau/khong-co", h1: "Không tìm thấy yêu cầu" })],
];

describe("no serious or critical axe violations", () => {
  it.each(PAGES)("%s", async (_name, pageFor) => {
    const { path, h1 } = await pageFor(sf.sql);
    const page = await sf.open(path);
    await pageReady(page, h1);
    if (/^\/san-pham(\?|$)/.test(path)) await settledResults(results(page));
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
