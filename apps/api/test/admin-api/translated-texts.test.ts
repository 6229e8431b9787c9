import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EDITOR, errorCode, signedIn, type StaffClient } from "../../src/test-support/staff-client";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

let api: TestApi;
let editor: StaffClient;

beforeAll(async () => {
  api = await startTestApi();
  editor = await signedIn(api, EDITOR);
});
afterAll(() => api?.close());

const BUYER = ["productionCapacity", "minimumOrder", "packaging", "shelfLife", "standards"] as const;
const STAFF_PRODUCER = `id version descriptionVi descriptionEn descriptionZh
  ${BUYER.flatMap((f) => [f, `${f}En`, `${f}Zh`]).join(" ")}`;
const UPDATE_PRODUCER = `mutation($id: ID!, $v: Int!, $input: ProducerInput!) {
  updateProducer(id: $id, version: $v, input: $input) { ${STAFF_PRODUCER} } }`;
const PUBLIC_PRODUCER = `query($slug: String!) { producer(slug: $slug) { name description ${BUYER.join(" ")} } }`;

const UPDATE_EVENT = `mutation($id: ID!, $v: Int!, $input: ShowcaseEventInput!) {
  updateShowcaseEvent(id: $id, version: $v, input: $input) {
    version venueName venueNameEn venueNameZh organizer organizerEn organizerZh } }`;
const PUBLIC_EVENT = `query($slug: String!) { showcaseEvent(slug: $slug) { name description venueName organizer
  tables { number label } } }`;
const SET_PLACEMENTS = `mutation($e: ID!, $tables: [TablePlacementInput!]!) {
  setEventPlacements(eventId: $e, tables: $tables) { id number label labelEn labelZh version } }`;

/** A demo producer with published products, so the public API shows it. */
async function demoProducer() {
  return api.one<{ id: number; version: number; slug: string; name: string; description_vi: string }>(
    `SELECT pr.id, pr.version, pr.slug, pr.name, pr.description_vi FROM producer pr
      WHERE pr.id = (SELECT producer_id FROM product WHERE slug = 'rau-cai-bo-xoi-huu-co-huu-lung')`,
  );
}

type Texts = Record<string, string | null>;

/** The public producer in one language. */
async function producerIn(slug: string, lang: "vi" | "en" | "zh") {
  const answer = await api.gql<{ producer: Texts }>(PUBLIC_PRODUCER, { slug }, { lang });
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data?.producer;
}

/** The public event in one language. */
async function eventIn(slug: string, lang: "vi" | "en" | "zh") {
  const answer = await api.gql<{ showcaseEvent: Texts & { tables: Array<{ number: number; label: string | null }> } }>(
    PUBLIC_EVENT,
    { slug },
    { lang },
  );
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data?.showcaseEvent;
}

async function demoEvent() {
  return api.one<{
    id: number;
    version: number;
    slug: string;
    name_vi: string;
    starts_on: string;
    ends_on: string;
    organizer: string;
  }>(
    `SELECT id, version, slug, name_vi, to_char(starts_on, 'YYYY-MM-DD') AS starts_on,
            to_char(ends_on, 'YYYY-MM-DD') AS ends_on, organizer
       FROM showcase_event WHERE slug = 'hoi-nghi-tong-ket-ocop-lang-son-2021-2025'`,
  );
}

describe("a producer's public texts in English and Chinese", () => {
  it("are saved by staff with a version check and audited, and served in the request's language or in Vietnamese", async () => {
    const p = await demoProducer();
    const input = {
      name: p.name,
      type: "COOPERATIVE",
      provinceCode: "20",
      descriptionVi: "Hợp tác xã trồng rau hữu cơ.",
      descriptionEn: "A cooperative growing organic vegetables.",
      // No Chinese description: Chinese readers get the Vietnamese.
      descriptionZh: "  ",
      productionCapacity: "20 tấn/năm",
      productionCapacityEn: "20 tonnes a year",
      productionCapacityZh: "每年20吨",
      minimumOrder: "100 kg",
      minimumOrderEn: "100 kg",
      packaging: "Túi 500 g",
      packagingZh: "500克袋装",
      shelfLife: "5 ngày (bảo quản lạnh)",
      standards: "VietGAP",
      standardsEn: "VietGAP",
      standardsZh: "越南良好农业规范（VietGAP）",
    };
    const result = await editor.gql(UPDATE_PRODUCER, { id: p.id, v: p.version, input });
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data?.updateProducer).toMatchObject({
      version: p.version + 1,
      descriptionZh: null,
      productionCapacityEn: "20 tonnes a year",
      productionCapacityZh: "每年20吨",
      packagingEn: null,
      packagingZh: "500克袋装",
      shelfLifeEn: null,
    });

    const audit = await api.one<{ before: Record<string, unknown>; after: Record<string, unknown> }>(
      `SELECT before, after FROM audit_entry WHERE action = 'producer.update' AND entity_id = $1
        ORDER BY id DESC LIMIT 1`,
      [String(p.id)],
    );
    expect(audit.before).toMatchObject({ productionCapacityEn: null, standardsZh: null });
    expect(audit.after).toMatchObject({ productionCapacityEn: "20 tonnes a year", standardsZh: input.standardsZh });

    const [vi, en, zh] = await Promise.all([
      producerIn(p.slug, "vi"),
      producerIn(p.slug, "en"),
      producerIn(p.slug, "zh"),
    ]);
    expect(vi).toMatchObject({
      description: input.descriptionVi,
      productionCapacity: "20 tấn/năm",
      packaging: "Túi 500 g",
    });
    expect(en).toEqual({
      // A producer's name is its legal name, the same in every language.
      name: p.name,
      description: input.descriptionEn,
      productionCapacity: "20 tonnes a year",
      minimumOrder: "100 kg",
      packaging: "Túi 500 g",
      shelfLife: "5 ngày (bảo quản lạnh)",
      standards: "VietGAP",
    });
    expect(zh).toEqual({
      name: p.name,
      description: input.descriptionVi,
      productionCapacity: "每年20吨",
      minimumOrder: "100 kg",
      packaging: "500克袋装",
      shelfLife: "5 ngày (bảo quản lạnh)",
      standards: input.standardsZh,
    });
  });

  it("are refused with the failing translation named, and a stale edit changes nothing", async () => {
    const p = await demoProducer();
    const before = await api.one(`SELECT version, shelf_life_en, standards_zh FROM producer WHERE id = $1`, [p.id]);
    const base = { name: p.name, type: "COOPERATIVE", provinceCode: "20" };
    const tooLong = await editor.gql(UPDATE_PRODUCER, {
      id: p.id,
      v: p.version,
      input: { ...base, shelfLifeEn: "x".repeat(201), standardsZh: "越南良好农业规范" },
    });
    expect(errorCode(tooLong)).toBe("BAD_USER_INPUT");
    const fields = (tooLong.body.errors?.[0]?.extensions?.fields ?? []) as unknown as Array<{
      field: string;
      code: string;
    }>;
    expect(fields.map((f) => [f.field, f.code])).toEqual([["shelfLifeEn", "tooLong"]]);

    const stale = await editor.gql(UPDATE_PRODUCER, {
      id: p.id,
      v: p.version - 1,
      input: { ...base, standardsZh: "越南良好农业规范" },
    });
    expect(errorCode(stale)).toBe("CONFLICT");
    expect(await api.one(`SELECT version, shelf_life_en, standards_zh FROM producer WHERE id = $1`, [p.id])).toEqual(
      before,
    );
  });

  it("come with the demo data where the dataset's Vietnamese could be translated faithfully", async () => {
    const seeded = await api.one<{
      slug: string;
      description_vi: string;
      description_en: string;
      description_zh: string;
    }>(
      `SELECT slug, description_vi, description_en, description_zh FROM producer
        WHERE name = 'HTX Dịch vụ và Sản xuất nông nghiệp Đồng Bành'`,
    );
    expect(seeded.description_en).toMatch(/custard apples/);
    const [en, zh] = await Promise.all([producerIn(seeded.slug, "en"), producerIn(seeded.slug, "zh")]);
    expect(en?.description).toBe(seeded.description_en);
    expect(zh?.description).toBe(seeded.description_zh);
  });
});

describe("an event's venue, organizer and table labels in English and Chinese", () => {
  it("are saved by staff, audited, and served in the request's language or in Vietnamese", async () => {
    const e = await demoEvent();
    const result = await editor.gql(UPDATE_EVENT, {
      id: e.id,
      v: e.version,
      input: {
        nameVi: e.name_vi,
        kind: "CONFERENCE",
        startsOn: e.starts_on,
        endsOn: e.ends_on,
        venueName: "Khách sạn The Pride",
        venueNameEn: "The Pride hotel",
        organizer: e.organizer,
        organizerEn: "Lạng Sơn Provincial People's Committee",
        organizerZh: "谅山省人民委员会",
      },
    });
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data?.updateShowcaseEvent).toMatchObject({ version: e.version + 1, venueNameZh: null });
    const audit = await api.one<{ after: Record<string, unknown> }>(
      `SELECT after FROM audit_entry WHERE action = 'showcaseEvent.update' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [String(e.id)],
    );
    expect(audit.after).toMatchObject({ venueNameEn: "The Pride hotel", organizerZh: "谅山省人民委员会" });

    const table = await api.one<{ id: number; version: number; number: number; commune_code: string }>(
      `SELECT id, version, number, commune_code FROM showcase_table WHERE event_id = $1 ORDER BY number LIMIT 1`,
      [e.id],
    );
    const products = (
      await api.dataSource.query(`SELECT product_id FROM showcase_placement WHERE table_id = $1 ORDER BY position`, [
        table.id,
      ])
    ).map((r: { product_id: number }) => String(r.product_id));
    const placed = await editor.gql(SET_PLACEMENTS, {
      e: e.id,
      tables: [
        {
          tableId: table.id,
          version: table.version,
          productIds: products,
          details: { label: "Bàn chủ nhà", labelZh: "东道主展台", communeCode: table.commune_code },
        },
      ],
    });
    expect(placed.body.errors).toBeUndefined();
    expect(placed.body.data?.setEventPlacements[0]).toMatchObject({
      label: "Bàn chủ nhà",
      labelEn: null,
      labelZh: "东道主展台",
    });
    const tableAudit = await api.one<{ after: { details: Array<Record<string, unknown>> } }>(
      `SELECT after FROM audit_entry WHERE action = 'showcaseTable.setProducts' AND entity_id = $1
        ORDER BY id DESC LIMIT 1`,
      [String(table.id)],
    );
    expect(tableAudit.after.details[0]).toMatchObject({ label: "Bàn chủ nhà", labelZh: "东道主展台" });

    const [vi, en, zh] = await Promise.all([eventIn(e.slug, "vi"), eventIn(e.slug, "en"), eventIn(e.slug, "zh")]);
    const first = (answer: typeof vi) => answer?.tables.find((t) => t.number === table.number);
    expect(vi).toMatchObject({ venueName: "Khách sạn The Pride", organizer: e.organizer });
    expect(en).toMatchObject({
      venueName: "The Pride hotel",
      organizer: "Lạng Sơn Provincial People's Committee",
    });
    expect(zh).toMatchObject({
      venueName: "Khách sạn The Pride",
      organizer: "谅山省人民委员会",
    });
    expect([first(vi)?.label, first(en)?.label, first(zh)?.label]).toEqual([
      "Bàn chủ nhà",
      "Bàn chủ nhà",
      "东道主展台",
    ]);
  });
});

describe("a tourism product's place and opening hours", () => {
  const UPDATE_PRODUCT = `mutation($id: ID!, $v: Int!, $input: ProductInput!) {
    updateProduct(id: $id, version: $v, input: $input) {
      version placeAddress openingHours openingHoursEn openingHoursZh } }`;
  const PUBLIC_PRODUCT = `query($slug: String!) { product(slug: $slug) { isTourism placeAddress openingHours } }`;

  async function tourismProduct() {
    return api.one<{
      id: number;
      version: number;
      slug: string;
      name_vi: string;
      category_code: string;
      producer_id: number;
    }>(
      `SELECT p.id, p.version, p.slug, p.name_vi, p.category_code, p.producer_id FROM product p
        JOIN producer pr ON pr.id = p.producer_id
       WHERE p.category_code LIKE 'DV%' AND pr.province_code = '20' AND p.status = 'published' LIMIT 1`,
    );
  }

  it("are saved by staff, audited, and served in the visitor's language or in Vietnamese", async () => {
    const p = await tourismProduct();
    const input = {
      nameVi: p.name_vi,
      categoryCode: p.category_code,
      producerId: String(p.producer_id),
      placeAddress: "Đền Bắc Lệ, xã Tân Thành",
      openingHours: "Mở cửa hằng ngày, 6:00–18:00",
      openingHoursEn: "Open daily, 6:00–18:00",
      openingHoursZh: " ",
    };
    const result = await editor.gql(UPDATE_PRODUCT, { id: p.id, v: p.version, input });
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data?.updateProduct).toMatchObject({
      version: p.version + 1,
      placeAddress: input.placeAddress,
      openingHoursEn: input.openingHoursEn,
      openingHoursZh: null,
    });
    const audit = await api.one<{ before: Record<string, unknown>; after: Record<string, unknown> }>(
      `SELECT before, after FROM audit_entry WHERE action = 'product.update' AND entity_id = $1
        ORDER BY id DESC LIMIT 1`,
      [String(p.id)],
    );
    expect(audit.before).toMatchObject({ placeAddress: null, openingHoursEn: null });
    expect(audit.after).toMatchObject({ placeAddress: input.placeAddress, openingHoursEn: input.openingHoursEn });

    const shown = async (lang: "vi" | "en" | "zh") => {
      const answer = await api.gql<{ product: Texts }>(PUBLIC_PRODUCT, { slug: p.slug }, { lang });
      expect(answer.body.errors).toBeUndefined();
      return answer.body.data?.product;
    };
    expect(await shown("vi")).toEqual({
      isTourism: true,
      placeAddress: input.placeAddress,
      openingHours: input.openingHours,
    });
    expect((await shown("en"))?.openingHours).toBe(input.openingHoursEn);
    // No Chinese hours: Chinese readers get the Vietnamese ones.
    expect((await shown("zh"))?.openingHours).toBe(input.openingHours);
  });

  it("are refused with the field named when too long, changing nothing", async () => {
    const p = await tourismProduct();
    const before = await api.one(`SELECT version, place_address, opening_hours_zh FROM product WHERE id = $1`, [p.id]);
    const refused = await editor.gql(UPDATE_PRODUCT, {
      id: p.id,
      v: p.version,
      input: {
        nameVi: p.name_vi,
        categoryCode: p.category_code,
        producerId: String(p.producer_id),
        placeAddress: "x".repeat(301),
        openingHoursZh: "每天开放",
      },
    });
    expect(errorCode(refused)).toBe("BAD_USER_INPUT");
    const fields = (refused.body.errors?.[0]?.extensions?.fields ?? []) as unknown as Array<{ field: string }>;
    expect(fields.map((f) => f.field)).toEqual(["placeAddress"]);
    expect(await api.one(`SELECT version, place_address, opening_hours_zh FROM product WHERE id = $1`, [p.id])).toEqual(
      before,
    );
  });
});
