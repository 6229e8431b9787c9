import type { DataSource, EntityManager } from "typeorm";
import { ProductStatus } from "../../modules/product/product.entity";
import { uniqueSlug } from "../../lib/slug";
import { readDemoDataset, type DemoDataset } from "./demo-dataset";
import { ORGANIZERS, PRODUCER_DESCRIPTIONS, translationOf } from "./demo-translations";

/**
 * A dataset text without its research remarks: a parenthesised remark is taken out ("(tên chủ thể
 * chưa xác minh)", "(nguồn khác ghi xã Tô Hiệu)", "(theo bản dịch 'Man Duong')") except "(cũ)",
 * which says a unit no longer exists and belongs to the address.
 */
export function publicText(text: string | null): { text: string; remarks: string[] } {
  if (!text) return { text: "", remarks: [] };
  const remarks: string[] = [];
  const cleaned = text
    .replace(/\s*\(([^()]*)\)/g, (whole, inner: string) => {
      if (inner.trim() === "cũ") return whole;
      remarks.push(inner.trim());
      return "";
    })
    .replace(/\s+,/g, ",")
    .trim();
  return { text: cleaned, remarks };
}

export interface SeedResult {
  inserted: Record<string, number>;
}

/** Other provinces the demo dataset names (by official 2025 code). */
const EXTRA_PROVINCES: Record<string, { code: string; fullName: string }> = {
  "Lai Châu": { code: "12", fullName: "Tỉnh Lai Châu" },
};

/** Regional words and variant spellings Vietnamese searchers use (shared/DOMAIN.md). */
const DEMO_SYNONYMS: Array<[string, string[]]> = [
  ["lạc / đậu phộng", ["lạc", "đậu phộng"]],
  ["ngô / bắp", ["ngô", "bắp"]],
  ["dứa / thơm", ["dứa", "thơm", "khóm"]],
  ["chè / trà", ["chè", "trà"]],
  ["lợn / heo", ["lợn", "heo"]],
  ["na / mãng cầu", ["na", "mãng cầu"]],
  ["thạch đen / sương sáo", ["thạch đen", "sương sáo"]],
  ["hồi / đại hồi", ["hồi", "đại hồi", "bát giác"]],
];

/**
 * Loads the demo dataset. Idempotent: each record is keyed by its natural key (codes, slugs, the
 * dataset's product ids) and inserted only when missing, so a re-run adds nothing and never
 * overwrites what staff changed. All or nothing: one transaction.
 */
export async function seedDemoData(dataSource: DataSource, dataset?: DemoDataset): Promise<SeedResult> {
  const data = dataset ?? (await readDemoDataset());
  return dataSource.transaction((em) => new DemoSeeder(em, data).run());
}

export async function isDatabaseEmpty(dataSource: DataSource): Promise<boolean> {
  const [row] = await dataSource.query(`SELECT NOT EXISTS (SELECT 1 FROM province) AS empty`);
  return Boolean(row?.empty);
}

class DemoSeeder {
  private readonly inserted: Record<string, number> = {};
  private readonly provinceCodeByName = new Map<string, string>();
  private readonly productIdByRef = new Map<string, number>();

  constructor(
    private readonly em: EntityManager,
    private readonly data: DemoDataset,
  ) {}

  async run(): Promise<SeedResult> {
    await this.places();
    await this.categories();
    const producerIds = await this.producers();
    await this.products(producerIds);
    await this.showcase();
    await this.distributors();
    await this.synonyms();
    await this.siteSettings();
    return { inserted: this.inserted };
  }

  private count(what: string, rows: unknown[]) {
    this.inserted[what] = (this.inserted[what] ?? 0) + rows.length;
  }

  private async insert(what: string, sql: string, params: unknown[]): Promise<Array<Record<string, unknown>>> {
    const rows = (await this.em.query(sql, params)) as Array<Record<string, unknown>>;
    this.count(what, rows);
    return rows;
  }

  private async places() {
    const { province, communes } = this.data;
    const provinces = [
      { code: province.code, name: province.name, fullName: province.full_name },
      ...Object.entries(EXTRA_PROVINCES).map(([name, p]) => ({ code: p.code, name, fullName: p.fullName })),
    ];
    for (const p of provinces) {
      this.provinceCodeByName.set(p.name, p.code);
      await this.insert(
        "provinces",
        `INSERT INTO province (code, name, full_name) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING code`,
        [p.code, p.name, p.fullName],
      );
    }
    for (const c of communes) {
      await this.insert(
        "communes",
        `INSERT INTO administrative_unit (code, name, full_name, type, province_code)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING code`,
        [c.code, c.name, c.full_name, c.type, province.code],
      );
    }
  }

  private async categories() {
    let position = 0;
    for (const group of this.data.categories) {
      await this.insert(
        "categories",
        `INSERT INTO category (code, parent_code, name_vi, name_en, name_zh, position)
         VALUES ($1, NULL, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING code`,
        [group.code, group.name_vi, group.name_en ?? null, group.name_zh ?? null, position++],
      );
      for (const set of group.subgroups) {
        await this.insert(
          "categories",
          `INSERT INTO category (code, parent_code, name_vi, name_en, name_zh, family_vi, position)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING code`,
          [
            set.code,
            group.code,
            set.name_vi,
            set.name_en ?? null,
            set.name_zh ?? null,
            set.group_vi ?? null,
            position++,
          ],
        );
      }
    }
  }

  private async producers(): Promise<Map<string, number>> {
    const idByName = new Map<string, number>();
    const existing = (await this.em.query(`SELECT id, name, slug FROM producer`)) as Array<{
      id: number;
      name: string;
      slug: string;
    }>;
    const slugs = new Set(existing.map((p) => p.slug));
    // By the name as seeded (research markers taken out) and as an older seed stored it.
    for (const p of existing) {
      idByName.set(p.name, p.id);
      idByName.set(publicText(p.name).text, p.id);
    }
    const communeCodeByName = new Map(this.data.communes.map((c) => [c.name, c.code]));
    for (const p of this.data.producers) {
      const seeded = idByName.get(p.name) ?? idByName.get(publicText(p.name).text);
      if (seeded !== undefined) {
        idByName.set(p.name, seeded);
        continue;
      }
      // Research remarks ("tên chủ thể chưa xác minh", "nguồn khác ghi …") are staff's.
      const name = publicText(p.name);
      const address = publicText(p.address_as_reported ?? null);
      const remarks = [
        name.remarks.length ? `Tên trong nguồn: ${p.name}` : null,
        address.remarks.length ? `Địa chỉ trong nguồn: ${p.address_as_reported}` : null,
      ].filter(Boolean);
      const provinceCode = this.provinceCode(p.province);
      const communeCode = provinceCode === this.data.province.code ? (communeCodeByName.get(p.commune) ?? null) : null;
      const description = translationOf(PRODUCER_DESCRIPTIONS[p.name], p.description_vi);
      const [row] = await this.insert(
        "producers",
        `INSERT INTO producer (slug, name, type, description_vi, commune_code, province_code, address_as_reported,
                               is_demo, commune_inferred, type_inferred, sources, description_en, description_zh,
                               internal_note)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
        [
          uniqueSlug(p.name.replace(/\(.*?\)/g, ""), slugs),
          name.text,
          p.type,
          p.description_vi ?? null,
          communeCode,
          provinceCode,
          address.text || null,
          // A producer whose name the sources do not confirm is shown as demo data.
          p.illustrative === true || name.remarks.length > 0,
          p.commune_inferred === true || communeCode === null,
          p.type_inferred === true,
          JSON.stringify(p.sources),
          description?.en ?? null,
          description?.zh ?? null,
          remarks.length ? remarks.join("\n") : null,
        ],
      );
      idByName.set(p.name, Number(row!.id));
    }
    return idByName;
  }

  private provinceCode(name: string): string {
    const code = this.provinceCodeByName.get(name);
    if (!code) throw new Error(`demo dataset names an unknown province "${name}"`);
    return code;
  }

  private async products(producerIds: Map<string, number>) {
    const existing = (await this.em.query(`SELECT id, slug, external_ref FROM product`)) as Array<{
      id: number;
      slug: string;
      external_ref: string | null;
    }>;
    const slugs = new Set(existing.map((p) => p.slug));
    for (const p of existing) if (p.external_ref) this.productIdByRef.set(p.external_ref, p.id);

    for (const p of this.data.products) {
      if (this.productIdByRef.has(p.id)) continue;
      const producerId = producerIds.get(p.producer);
      if (producerId === undefined) throw new Error(`product ${p.id} names an unknown producer "${p.producer}"`);
      const certificates = certificatesOf(p);
      // Only certified products (3 stars and up, with a decision date) are public.
      const published = certificates.length > 0;
      const [row] = await this.insert(
        "products",
        `INSERT INTO product (slug, external_ref, name_vi, name_en, name_zh, description_vi, description_en,
                              description_zh, category_code, producer_id, status, featured, is_demo, verification,
                              internal_note, sources, published_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::product_status, $12, $13, $14, $15, $16,
                 CASE WHEN $11::product_status = '${ProductStatus.PUBLISHED}' THEN now() END)
         RETURNING id`,
        [
          uniqueSlug(p.name_vi.replace(/\(.*?\)/g, ""), slugs),
          p.id,
          p.name_vi,
          p.name_en ?? null,
          p.name_zh ?? null,
          p.description_vi ?? null,
          p.description_en ?? null,
          p.description_zh ?? null,
          p.subgroup,
          producerId,
          published ? ProductStatus.PUBLISHED : ProductStatus.DRAFT,
          p.stars === 4 && (p.year ?? 0) >= 2024,
          p.illustrative === true,
          p.verification ?? null,
          p.note ?? (published ? null : "Chưa có ngày quyết định công nhận: cần bổ sung trước khi công bố."),
          JSON.stringify(p.sources),
        ],
      );
      const productId = Number(row!.id);
      this.productIdByRef.set(p.id, productId);
      for (const c of certificates) {
        await this.insert(
          "certifications",
          `INSERT INTO certification (product_id, stars, score, level, legal_basis, issuer, decision_number,
                                      decision_date, decision_date_precision, is_demo)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
          [
            productId,
            c.stars,
            c.score,
            c.level,
            c.legalBasis,
            c.issuer,
            c.decisionNumber,
            c.date,
            c.precision,
            c.isDemo,
          ],
        );
      }
    }
  }

  private async showcase() {
    const e = this.data.showcase_event;
    const organizer = e.organizer ? ORGANIZERS[e.organizer] : undefined;
    const [event] = (await this.em.query(
      `INSERT INTO showcase_event (slug, name_vi, name_en, name_zh, description_vi, kind, venue_name, venue_address,
                                   commune_code, starts_on, ends_on, organizer, is_demo, description_en, description_zh,
                                   organizer_en, organizer_zh)
       VALUES ($1, $2, $3, $4, $5, 'conference', $6, $7, $8, $9, $9, $10, false, $11, $12, $13, $14)
       ON CONFLICT (slug) DO UPDATE SET slug = EXCLUDED.slug
       RETURNING id, (xmax = 0) AS inserted`,
      [
        "hoi-nghi-tong-ket-ocop-lang-son-2021-2025",
        e.name_vi,
        e.name_en ?? null,
        e.name_zh ?? null,
        [e.organizer && `Đơn vị tổ chức: ${e.organizer}.`, e.chair && `Chủ trì: ${e.chair}.`]
          .filter(Boolean)
          .join(" ") || null,
        e.venue.name,
        e.venue.address,
        e.venue.ward_code ?? null,
        e.date,
        e.organizer ?? null,
        e.organizer ? `Organised by the ${organizer?.en ?? e.organizer}.` : null,
        e.organizer ? `主办单位：${organizer?.zh ?? e.organizer}。` : null,
        organizer?.en ?? null,
        organizer?.zh ?? null,
      ],
    )) as Array<{ id: number; inserted: boolean }>;
    if (event!.inserted) this.inserted.showcaseEvents = (this.inserted.showcaseEvents ?? 0) + 1;
    for (const t of e.display_tables) {
      const number = Number(t.table_no.replace(/\D/g, ""));
      const [table] = (await this.em.query(
        // The dataset's table notes are the researchers' remarks (a pending certification): staff's only.
        `INSERT INTO showcase_table (event_id, number, commune_code, internal_note, is_demo) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (event_id, number) DO UPDATE SET number = EXCLUDED.number
         RETURNING id, (xmax = 0) AS inserted`,
        [event!.id, number, t.commune_code, t.note ?? null, t.illustrative ?? e.display_tables_illustrative ?? false],
      )) as Array<{ id: number; inserted: boolean }>;
      if (table!.inserted) this.inserted.showcaseTables = (this.inserted.showcaseTables ?? 0) + 1;
      for (const [position, ref] of t.product_ids.entries()) {
        const productId = this.productIdByRef.get(ref);
        if (productId === undefined) throw new Error(`table ${t.table_no} names an unknown product ${ref}`);
        await this.insert(
          "showcasePlacements",
          `INSERT INTO showcase_placement (table_id, product_id, event_id, position) VALUES ($1, $2, $3, $4)
           ON CONFLICT DO NOTHING RETURNING product_id`,
          [table!.id, productId, event!.id, position],
        );
      }
    }
  }

  private async distributors() {
    const slugs = new Set(
      ((await this.em.query(`SELECT slug FROM distributor`)) as Array<{ slug: string }>).map((d) => d.slug),
    );
    const idBySlug = new Map<string, number>();
    for (const d of this.data.distributors) {
      const slug = distributorSlug(d.name);
      if (!slugs.has(slug)) {
        const [row] = await this.insert(
          "distributors",
          // The dataset's notes on channels are source remarks ("not verified for Lạng Sơn"): staff's only.
          `INSERT INTO distributor (slug, name_vi, name_zh, kind, internal_note, website, website_public, verified, is_demo)
           VALUES ($1, $2, $3, $4, $5, $6, true, $7, $8) RETURNING id`,
          [
            slug,
            d.name,
            d.name_zh ?? null,
            d.kind,
            d.note ?? null,
            d.website,
            d.verified === true,
            d.illustrative === true,
          ],
        );
        slugs.add(slug);
        idBySlug.set(slug, Number(row!.id));
      } else {
        const [row] = (await this.em.query(`SELECT id FROM distributor WHERE slug = $1`, [slug])) as Array<{
          id: number;
        }>;
        idBySlug.set(slug, row!.id);
      }
    }
    // The dataset names channels but not which products each carries. These links are illustrative
    // (marked as demo): the provincial showroom shows every published Lạng Sơn product, the star
    // anise exporter the anise products, VnExpress Fair the tea its note names.
    const links: Array<[string, string]> = [];
    const byRef = new Map(this.data.products.map((p) => [p.id, p]));
    for (const [ref, p] of byRef) {
      if (!this.productIdByRef.has(ref) || !certificatesOf(p).length) continue;
      if (p.province === this.data.province.name)
        links.push([distributorSlug("Điểm giới thiệu và bán sản phẩm OCOP tỉnh Lạng Sơn (minh họa)"), ref]);
      if (/hồi/i.test(p.name_vi) && p.category !== "TP-CH")
        links.push([distributorSlug("Doanh nghiệp xuất khẩu hồi, tinh dầu hồi (minh họa)"), ref]);
      if (/chè dưới tán hồi/i.test(p.name_vi))
        links.push([distributorSlug("VnExpress Fair – Hội chợ nông nghiệp trực tuyến VIAE"), ref]);
    }
    for (const [slug, ref] of links) {
      const distributorId = idBySlug.get(slug);
      if (distributorId === undefined) continue;
      await this.insert(
        "distributorLinks",
        `INSERT INTO distributor_link (distributor_id, product_id, is_demo, note) VALUES ($1, $2, true, $3)
         ON CONFLICT DO NOTHING RETURNING id`,
        [distributorId, this.productIdByRef.get(ref), "Liên kết minh họa (dữ liệu demo)"],
      );
    }
  }

  /**
   * The site's name from the province the dataset is about. The dataset names no office, address,
   * phone, email or hours, so those stay empty (and hidden) until an administrator fills them in.
   * Only settings nobody has edited yet (version 1) are filled.
   */
  private async siteSettings() {
    await this.insert(
      "siteSettings",
      // Through a CTE: TypeORM answers a bare UPDATE with [rows, count], not rows.
      `WITH filled AS (
         UPDATE site_settings SET site_name = $1 WHERE id = 1 AND version = 1 AND site_name IS NULL RETURNING id)
       SELECT id FROM filled`,
      [`OCOP ${this.data.province.name}`],
    );
  }

  private async synonyms() {
    for (const [label, terms] of DEMO_SYNONYMS) {
      await this.insert(
        "searchSynonyms",
        `INSERT INTO search_synonym (label, terms) VALUES ($1, $2) ON CONFLICT (label) DO NOTHING RETURNING id`,
        [label, terms],
      );
    }
  }
}

function distributorSlug(name: string): string {
  return uniqueSlug(name.split(/ [–(]/)[0] ?? name, new Set());
}

type DemoProduct = DemoDataset["products"][number];

interface CertificateSeed {
  stars: number;
  score: number | null;
  level: "district" | "province" | "central";
  legalBasis: string | null;
  issuer: string | null;
  decisionNumber: string | null;
  date: string;
  precision: "day" | "month" | "year";
  isDemo: boolean;
}

/**
 * The certificates a demo product's record implies: its current one, dated as exactly as the source
 * allows (day, month or only year: the first day of that period), and earlier star levels from
 * `star_history` when their year is known and earlier. None when no date or year is known.
 */
export function certificatesOf(p: DemoProduct): CertificateSeed[] {
  const current = datedFrom(p.certified_on, p.year);
  if (!current) return [];
  const currentYear = Number(current.date.slice(0, 4));
  const earlier = (p.star_history ?? [])
    .filter((h) => h.year !== null && h.year < currentYear && h.stars !== p.stars)
    .map((h) => ({ stars: h.stars, ...datedFrom(null, h.year)! }));
  return [...earlier, { stars: p.stars, ...current }].map(({ stars, date, precision }, i, all) => {
    const isCurrent = i === all.length - 1;
    return {
      stars,
      score: isCurrent ? (p.score ?? null) : null,
      level: issuingLevel(stars, date, p.criteria_version ?? null),
      legalBasis: p.criteria_version ?? null,
      issuer: isCurrent && p.decision_no?.includes("UBND") ? `UBND tỉnh ${p.province}` : null,
      decisionNumber: isCurrent ? (p.decision_no ?? null) : null,
      date,
      precision,
      isDemo: p.illustrative === true,
    };
  });
}

function datedFrom(
  certifiedOn: string | null | undefined,
  year: number | null | undefined,
): { date: string; precision: "day" | "month" | "year" } | null {
  if (certifiedOn && /^\d{4}-\d{2}-\d{2}$/.test(certifiedOn)) return { date: certifiedOn, precision: "day" };
  if (certifiedOn && /^\d{4}-\d{2}$/.test(certifiedOn)) return { date: `${certifiedOn}-01`, precision: "month" };
  if (year) return { date: `${year}-01-01`, precision: "year" };
  return null;
}

/**
 * Who certified, by the rules in force (shared/DOMAIN.md): Decision 1048 (to 2/2023) the province
 * for 3-4 stars; Decision 148 (2/2023-6/2025) the district for 3 stars; Decision 1489 (from 7/2025)
 * the province again; 5 stars always the central council.
 */
export function issuingLevel(
  stars: number,
  date: string,
  legalBasis: string | null,
): "district" | "province" | "central" {
  if (stars >= 5) return "central";
  const under148 = legalBasis
    ? /148\/Q/.test(legalBasis) && !/1489/.test(legalBasis)
    : date >= "2023-02-24" && date < "2025-07-01";
  return stars === 3 && under148 && date < "2025-07-01" ? "district" : "province";
}
