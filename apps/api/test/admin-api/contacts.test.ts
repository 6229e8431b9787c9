import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, EDITOR, errorCode, OFFICER, signedIn, type StaffClient } from "../../src/test-support/staff-client";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

let api: TestApi;
let editor: StaffClient;
let admin: StaffClient;
let officer: StaffClient;

beforeAll(async () => {
  api = await startTestApi();
  [editor, admin, officer] = await Promise.all([signedIn(api, EDITOR), signedIn(api, ADMIN), signedIn(api, OFFICER)]);
});
afterAll(() => api?.close());

/** Each failing field of a BAD_USER_INPUT answer with its code, in the order the API named them. */
function fieldCodes(result: { body: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> } }) {
  const fields = (result.body.errors?.[0]?.extensions?.fields ?? []) as Array<{ field: string; code?: string }>;
  return fields.map((f) => [f.field, f.code]);
}

const CONTACT = `contactPerson contactPersonPublic phone phonePublic zalo zaloPublic email emailPublic
  website websitePublic address addressPublic`;
const PRODUCER_FIELDS = `id version ${CONTACT} productionCapacity minimumOrder packaging shelfLife standards contactPublished`;
const UPDATE_PRODUCER = `mutation($id: ID!, $v: Int!, $input: ProducerInput!) {
  updateProducer(id: $id, version: $v, input: $input) { ${PRODUCER_FIELDS} } }`;
const UPDATE_DISTRIBUTOR = `mutation($id: ID!, $v: Int!, $input: DistributorInput!) {
  updateDistributor(id: $id, version: $v, input: $input) { id version ${CONTACT} } }`;

/** What no public answer may contain: the private values of the producer and distributor below. */
const PRIVATE_PHONE = "0912 777 888";
const PRIVATE_EMAIL = "chu.ho.rieng@example.vn";
const PRIVATE_PERSON = "Hoàng Văn Riêng";
const PRIVATE_ZALO = "0987 111 222";

async function demoProducer() {
  return api.one<{ id: number; version: number; slug: string; name: string; product_slug: string }>(
    `SELECT pr.id, pr.version, pr.slug, pr.name, p.slug AS product_slug
       FROM producer pr JOIN product p ON p.producer_id = pr.id
      WHERE p.slug = 'rau-cai-bo-xoi-huu-co-huu-lung'`,
  );
}

function producerInput(p: { name: string }, contact: Record<string, unknown>) {
  return { name: p.name, type: "COOPERATIVE", provinceCode: "20", ...contact };
}

describe("producer contacts, edited by staff", () => {
  it("saves each contact field with its own public switch and the buyer's questions, audited", async () => {
    const p = await demoProducer();
    const result = await editor.gql(UPDATE_PRODUCER, {
      id: p.id,
      v: p.version,
      input: producerInput(p, {
        contactPerson: PRIVATE_PERSON,
        phone: PRIVATE_PHONE,
        zalo: PRIVATE_ZALO,
        email: PRIVATE_EMAIL,
        website: "https://htx-huu-lung.example.vn",
        address: "Thôn Bến, xã Hữu Lũng",
        addressPublic: true,
        productionCapacity: "20 tấn/năm",
        minimumOrder: "100 kg",
        packaging: "Túi 500 g, thùng 10 kg",
        shelfLife: "5 ngày (bảo quản lạnh)",
        standards: "VietGAP, Giấy chứng nhận cơ sở đủ điều kiện ATTP",
      }),
    });
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data?.updateProducer).toMatchObject({
      version: p.version + 1,
      contactPerson: PRIVATE_PERSON,
      contactPersonPublic: false,
      phone: PRIVATE_PHONE,
      phonePublic: false,
      zaloPublic: false,
      emailPublic: false,
      // A website is public unless switched off; personal data is private unless switched on.
      websitePublic: true,
      addressPublic: true,
      contactPublished: true,
      standards: "VietGAP, Giấy chứng nhận cơ sở đủ điều kiện ATTP",
    });
    const audit = await api.one<{ before: Record<string, unknown>; after: Record<string, unknown> }>(
      `SELECT before, after FROM audit_entry WHERE action = 'producer.update' AND entity_id = $1
        ORDER BY id DESC LIMIT 1`,
      [String(p.id)],
    );
    expect(audit.before).toMatchObject({ phone: null, phonePublic: false });
    expect(audit.after).toMatchObject({ phone: PRIVATE_PHONE, phonePublic: false, minimumOrder: "100 kg" });
  });

  it("names each malformed contact field with its code, and changes nothing", async () => {
    const p = await api.one<{ id: number; version: number; name: string; phone: string | null }>(
      `SELECT id, version, name, phone FROM producer WHERE slug = (SELECT slug FROM producer pr
         WHERE pr.id = (SELECT producer_id FROM product WHERE slug = 'rau-cai-bo-xoi-huu-co-huu-lung'))`,
    );
    const result = await editor.gql(UPDATE_PRODUCER, {
      id: p.id,
      v: p.version,
      input: producerInput(p, {
        phone: "12345",
        zalo: "091 23",
        email: "not-an-email",
        website: "htx.example.vn",
      }),
    });
    expect(errorCode(result)).toBe("BAD_USER_INPUT");
    expect(Object.fromEntries(fieldCodes(result))).toEqual({
      phone: "notVietnamesePhone",
      zalo: "notZalo",
      email: "notEmail",
      website: "notUrl",
    });
    const after = await api.one<{ version: number; phone: string | null }>(
      `SELECT version, phone FROM producer WHERE id = $1`,
      [p.id],
    );
    expect(after).toEqual({ version: p.version, phone: p.phone });
  });

  it("refuses a stale version with CONFLICT and keeps the other editor's contact", async () => {
    const p = await demoProducer();
    const first = await editor.gql(UPDATE_PRODUCER, {
      id: p.id,
      v: p.version,
      input: producerInput(p, { phone: "0205 3812 345", phonePublic: true }),
    });
    expect(first.body.errors).toBeUndefined();
    const stale = await editor.gql(UPDATE_PRODUCER, {
      id: p.id,
      v: p.version,
      input: producerInput(p, { phone: "0912 000 111" }),
    });
    expect(errorCode(stale)).toBe("CONFLICT");
    expect(await api.one(`SELECT phone, phone_public FROM producer WHERE id = $1`, [p.id])).toEqual({
      phone: "0205 3812 345",
      phone_public: true,
    });
  });

  it("lets a commune officer edit contacts only in their own unit", async () => {
    const outside = await api.one<{ id: number; version: number; name: string }>(
      `SELECT id, version, name FROM producer WHERE commune_code IS DISTINCT FROM '06463' ORDER BY id LIMIT 1`,
    );
    const result = await officer.gql(UPDATE_PRODUCER, {
      id: outside.id,
      v: outside.version,
      input: producerInput(outside, { phone: "0912 345 678", phonePublic: true }),
    });
    expect(errorCode(result)).toBe("FORBIDDEN");
    expect(await api.one(`SELECT phone_public FROM producer WHERE id = $1`, [outside.id])).toEqual({
      phone_public: false,
    });
  });
});

describe("distributor contacts", () => {
  it("are edited with their switches, audited, and version-checked", async () => {
    const d = await api.one<{ id: number; version: number; name_vi: string; kind: string }>(
      `SELECT id, version, name_vi, kind::text FROM distributor ORDER BY id LIMIT 1`,
    );
    const input = {
      nameVi: d.name_vi,
      kind: d.kind.toUpperCase(),
      contactPerson: PRIVATE_PERSON,
      phone: "1900 1234",
      phonePublic: true,
      email: PRIVATE_EMAIL,
      zalo: "https://zalo.me/ocoplangson",
      zaloPublic: true,
    };
    const saved = await editor.gql(UPDATE_DISTRIBUTOR, { id: d.id, v: d.version, input });
    expect(saved.body.errors).toBeUndefined();
    expect(saved.body.data?.updateDistributor).toMatchObject({
      version: d.version + 1,
      phone: "1900 1234",
      phonePublic: true,
      emailPublic: false,
      zalo: "https://zalo.me/ocoplangson",
    });
    const audit = await api.one<{ after: Record<string, unknown> }>(
      `SELECT after FROM audit_entry WHERE action = 'distributor.update' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [String(d.id)],
    );
    expect(audit.after).toMatchObject({ email: PRIVATE_EMAIL, emailPublic: false });
    const stale = await editor.gql(UPDATE_DISTRIBUTOR, { id: d.id, v: d.version, input: { ...input, phone: null } });
    expect(errorCode(stale)).toBe("CONFLICT");
  });
});

describe("the public API", () => {
  const PRODUCER = `query($slug: String!) { producer(slug: $slug) {
    contactPerson phone zalo email website address productionCapacity minimumOrder packaging shelfLife standards } }`;

  it("shows only the contact fields switched on, and never a private one in any answer", async () => {
    const p = await demoProducer();
    // Private phone, email, person and Zalo; a public address and website.
    await api.sql(
      `UPDATE producer SET contact_person = $2, phone = $3, email = $4, zalo = $5,
              address = 'Thôn Bến, xã Hữu Lũng', website = 'https://htx-huu-lung.example.vn', standards = 'VietGAP',
              contact_person_public = false, phone_public = false, email_public = false, zalo_public = false,
              address_public = true, website_public = true
        WHERE id = $1`,
      [p.id, PRIVATE_PERSON, PRIVATE_PHONE, PRIVATE_EMAIL, PRIVATE_ZALO],
    );
    const d = await api.one<{ id: number; slug: string }>(
      `SELECT d.id, d.slug FROM distributor d JOIN distributor_link dl ON dl.distributor_id = d.id
         JOIN product p ON p.id = dl.product_id WHERE p.slug = $1 LIMIT 1`,
      [p.product_slug],
    );
    await api.sql(
      `UPDATE distributor SET contact_person = $2, phone = $3, email = $4, zalo = $5,
              contact_person_public = false, phone_public = false, email_public = false, zalo_public = false
        WHERE id = $1`,
      [d.id, PRIVATE_PERSON, PRIVATE_PHONE, PRIVATE_EMAIL, PRIVATE_ZALO],
    );

    const producer = (await api.gql<any>(PRODUCER, { slug: p.slug })).body.data.producer;
    expect(producer).toEqual({
      contactPerson: null,
      phone: null,
      zalo: null,
      email: null,
      website: "https://htx-huu-lung.example.vn",
      address: "Thôn Bến, xã Hữu Lũng",
      productionCapacity: null,
      minimumOrder: null,
      packaging: null,
      shelfLife: null,
      standards: "VietGAP",
    });

    const contact = "contactPerson phone zalo email website address";
    const answers = await Promise.all([
      api.gql(PRODUCER, { slug: p.slug }, { method: "GET" }),
      api.gql(`{ producers(first: 100) { edges { node { id ${contact} } } } }`),
      api.gql(
        `query($slug: String!) { product(slug: $slug) { producer { ${contact} }
           whereToBuy { distributor { ${contact} } } } }`,
        { slug: p.product_slug },
      ),
      api.gql(`{ products(first: 100) { edges { node { producer { ${contact} } } } } }`),
      api.gql(`{ distributors(first: 100) { edges { node { ${contact} } } } }`),
      api.gql(`query($slug: String!) { distributor(slug: $slug) { ${contact} } }`, { slug: d.slug }),
      ...["en", "zh"].map((lang) => api.gql(PRODUCER, { slug: p.slug }, { lang })),
    ]);
    for (const answer of answers) {
      expect(answer.body.errors).toBeUndefined();
      const text = JSON.stringify(answer.body);
      for (const secret of [PRIVATE_PHONE, PRIVATE_EMAIL, PRIVATE_PERSON, PRIVATE_ZALO])
        expect(text).not.toContain(secret);
    }
    // The pages the API serves itself (titles, descriptions, structured data) do not carry them either.
    for (const path of [`/chu-the/${p.slug}`, `/san-pham/${p.product_slug}`, `/en/chu-the/${p.slug}`]) {
      const html = await (await fetch(`${api.url}${path}`)).text();
      for (const secret of [PRIVATE_PHONE, PRIVATE_EMAIL, PRIVATE_PERSON]) expect(html).not.toContain(secret);
    }

    // Switched on, the phone shows (and the cached answer does not hide the change).
    await api.sql(`UPDATE producer SET phone_public = true WHERE id = $1`, [p.id]);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await api.gql<any>(PRODUCER, { slug: p.slug }, { method: "GET" })).body.data.producer.phone).toBe(
      PRIVATE_PHONE,
    );
  });
});

describe("site settings", () => {
  const SETTINGS = `{ siteSettings { siteName officeName officeAddress officePhone officeEmail officeHours } }`;
  const UPDATE = `mutation($v: Int!, $input: SiteSettingsInput!) {
    updateSiteSettings(version: $v, input: $input) { siteName officeName officePhone officeEmail officeHours version } }`;

  it("are seeded with the site's name only: the dataset names no office contact", async () => {
    expect((await api.gql<any>(SETTINGS)).body.data.siteSettings).toEqual({
      siteName: "OCOP Lạng Sơn",
      officeName: null,
      officeAddress: null,
      officePhone: null,
      officeEmail: null,
      officeHours: null,
    });
  });

  it("are changed by an administrator only, audited, version-checked, and public at once", async () => {
    const { version } = await api.one<{ version: number }>(`SELECT version FROM site_settings`);
    const input = {
      siteName: "OCOP Lạng Sơn",
      officeName: "Văn phòng Điều phối OCOP tỉnh (thử nghiệm)",
      officePhone: "0205 3812 345",
      officeEmail: "ocop@example.vn",
      officeHours: "Thứ Hai–Thứ Sáu, 7:30–17:00",
    };
    for (const client of [editor, officer]) {
      expect(errorCode(await client.gql(UPDATE, { v: version, input }))).toBe("FORBIDDEN");
      expect(errorCode(await client.gql(`{ adminSiteSettings { siteName } }`))).toBe("FORBIDDEN");
    }
    const before = (await api.gql<any>(SETTINGS, undefined, { method: "GET" })).body.data.siteSettings;
    expect(before.officePhone).toBeNull();

    const bad = await admin.gql(UPDATE, { v: version, input: { ...input, officePhone: "12", officeEmail: "x@" } });
    expect(errorCode(bad)).toBe("BAD_USER_INPUT");
    expect(fieldCodes(bad)).toEqual([
      ["officePhone", "notVietnamesePhone"],
      ["officeEmail", "notEmail"],
    ]);

    const saved = await admin.gql(UPDATE, { v: version, input });
    expect(saved.body.errors).toBeUndefined();
    expect(saved.body.data?.updateSiteSettings).toMatchObject({ ...input, version: version + 1 });
    const audit = await api.one<{
      entity_type: string;
      before: { officePhone: unknown };
      after: { officePhone: unknown };
    }>(
      `SELECT entity_type, before, after FROM audit_entry WHERE action = 'siteSettings.update' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toMatchObject({
      entity_type: "SiteSettings",
      before: { officePhone: null },
      after: { officePhone: "0205 3812 345" },
    });
    // The admin's audit log shows it to whoever manages the settings.
    const log = await admin.gql(`{ auditEntries(first: 5) { edges { node { action } } } }`);
    expect(JSON.stringify(log.body)).toContain("siteSettings.update");

    expect(errorCode(await admin.gql(UPDATE, { v: version, input: { ...input, officeHours: null } }))).toBe("CONFLICT");

    // The catalog revision moved on: the cached public answer shows the new contact at once.
    expect((await api.gql<any>(SETTINGS, undefined, { method: "GET" })).body.data.siteSettings).toMatchObject({
      officePhone: "0205 3812 345",
      officeEmail: "ocop@example.vn",
      officeHours: "Thứ Hai–Thứ Sáu, 7:30–17:00",
    });
  });
});
