import { print, type DocumentNode } from "graphql";
import {
  CatalogCountsDocument,
  CatalogFacetsDocument,
  CatalogProductsDocument,
  CommunePageDocument,
  CommunesPageDocument,
  DistributorsPageDocument,
  EventPageDocument,
  EventsPageDocument,
  HomePageDocument,
  ProducerPageDocument,
  ProductPageDocument,
  SiteSettingsDocument,
} from "@ocop/schema/public";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDemoDataset } from "../../src/db/seed/demo-dataset";
import { EDITOR, signedIn } from "../../src/test-support/staff-client";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

/**
 * What the demo dataset's researchers wrote for themselves: every `note`, and the remarks in
 * brackets inside names and addresses ("tên chủ thể chưa xác minh", "nguồn khác ghi xã Tô Hiệu").
 */
async function researchTexts(): Promise<string[]> {
  const data = await readDemoDataset();
  const bracketed = (text: string | null | undefined) =>
    [...(text ?? "").matchAll(/\(([^()]*)\)/g)].map((m) => m[1]!.trim()).filter((r) => r !== "cũ" && r.length > 8);
  const texts = [
    ...data.products.map((p) => p.note),
    ...data.distributors.map((d) => d.note),
    ...data.showcase_event.display_tables.map((t) => t.note),
    ...data.producers.flatMap((p) => [...bracketed(p.name), ...bracketed(p.address_as_reported)]),
  ];
  return [...new Set(texts.filter((t): t is string => !!t && t.length > 8))];
}

/** Every answer the storefront asks for over the demo, in every language. */
async function publicAnswers(): Promise<Array<[string, string]>> {
  const answers: Array<[string, string]> = [];
  const ask = async (doc: DocumentNode, variables: Record<string, unknown>, lang: string) => {
    const result = await api.gql(print(doc), variables, { lang });
    expect(result.body.errors, `${print(doc).slice(0, 40)} ${JSON.stringify(variables)}`).toBeUndefined();
    answers.push([`${lang} ${JSON.stringify(variables)}`, JSON.stringify(result.body.data)]);
    return result.body.data as Record<string, unknown>;
  };
  const products = await api.sql<{ slug: string }>(`SELECT slug FROM product WHERE status = 'published'`);
  const producers = await api.sql<{ slug: string }>(`SELECT DISTINCT pr.slug FROM producer pr
     JOIN product p ON p.producer_id = pr.id AND p.status = 'published'`);
  const communes = await api.sql<{ code: string }>(`SELECT DISTINCT commune_code AS code FROM producer
     WHERE commune_code IS NOT NULL`);
  const events = await api.sql<{ slug: string }>(`SELECT slug FROM showcase_event WHERE published`);
  for (const lang of ["vi", "en", "zh"]) {
    await ask(HomePageDocument, {}, lang);
    await ask(SiteSettingsDocument, {}, lang);
    await ask(CatalogFacetsDocument, { withCommunes: true }, lang);
    await ask(CatalogCountsDocument, { filter: {}, withCommunes: true }, lang);
    await ask(CatalogProductsDocument, { first: 100 }, lang);
    await ask(CommunesPageDocument, { withProducts: null, withUnits: true }, lang);
    await ask(DistributorsPageDocument, {}, lang);
    await ask(EventsPageDocument, {}, lang);
    // A few at a time, as pages of visitors would ask.
    const pages: Array<[DocumentNode, Record<string, unknown>]> = [
      ...products.map(({ slug }) => [ProductPageDocument, { slug }] as [DocumentNode, Record<string, unknown>]),
      ...producers.map(({ slug }) => [ProducerPageDocument, { slug }] as [DocumentNode, Record<string, unknown>]),
      ...communes.map(({ code }) => [CommunePageDocument, { code }] as [DocumentNode, Record<string, unknown>]),
      ...events.map(({ slug }) => [EventPageDocument, { slug }] as [DocumentNode, Record<string, unknown>]),
    ];
    for (let i = 0; i < pages.length; i += 8)
      await Promise.all(pages.slice(i, i + 8).map(([doc, variables]) => ask(doc, variables, lang)));
  }
  return answers;
}

describe("research notes", () => {
  it("never reach a public answer: no dataset note, no bracketed remark, no “chưa xác minh”", async () => {
    const notes = await researchTexts();
    expect(notes.length).toBeGreaterThan(20);
    expect(notes).toContain("tên chủ thể chưa xác minh");
    const answers = await publicAnswers();
    expect(answers.length).toBeGreaterThan(300);
    const leaks: string[] = [];
    for (const [request, body] of answers) {
      if (/chưa xác minh|chua xac minh/i.test(body)) leaks.push(`${request}: “chưa xác minh”`);
      for (const note of notes) if (body.includes(note)) leaks.push(`${request}: ${note}`);
    }
    expect(leaks).toEqual([]);
  }, 240_000);

  it("are kept for staff as internal notes", async () => {
    const [table] = await api.sql<{ internal_note: string; note: string | null }>(
      `SELECT internal_note, note FROM showcase_table WHERE internal_note LIKE '%chờ công nhận%'`,
    );
    expect(table).toMatchObject({ note: null });
    const [producer] = await api.sql<{ name: string; internal_note: string; is_demo: boolean }>(
      `SELECT name, internal_note, is_demo FROM producer WHERE internal_note LIKE '%tên chủ thể chưa xác minh%' LIMIT 1`,
    );
    expect(producer!.name).not.toMatch(/\(/);
    expect(producer!.is_demo).toBe(true); // shown as demo data
    const [address] = await api.sql<{ address_as_reported: string; internal_note: string }>(
      `SELECT address_as_reported, internal_note FROM producer WHERE internal_note LIKE '%nguồn khác ghi%'`,
    );
    expect(address!.address_as_reported).toBe("thôn Khau Phụ, thị trấn Bình Gia, huyện Bình Gia (cũ)");
    const [shopee] = await api.sql<{ description_vi: string | null; internal_note: string }>(
      `SELECT description_vi, internal_note FROM distributor WHERE name_vi = 'Shopee'`,
    );
    expect(shopee).toMatchObject({ description_vi: null });
    expect(shopee!.internal_note).toMatch(/chưa xác minh/);
  });

  it("a board save that leaves the internal note out keeps it; one that names it changes it", async () => {
    const editor = await signedIn(api, EDITOR);
    const table = await api.one<{ id: number; version: number; event_id: number; internal_note: string }>(
      `SELECT id, version, event_id, internal_note FROM showcase_table WHERE internal_note IS NOT NULL ORDER BY id LIMIT 1`,
    );
    const products = await api.sql<{ product_id: number }>(
      `SELECT product_id FROM showcase_placement WHERE table_id = $1 ORDER BY position`,
      [table.id],
    );
    const SAVE = `mutation($e: ID!, $t: [TablePlacementInput!]!) { setEventPlacements(eventId: $e, tables: $t) { version internalNote note } }`;
    const step = (version: number, details: Record<string, unknown>) => ({
      tableId: String(table.id),
      version,
      productIds: products.map((p) => String(p.product_id)),
      details,
    });
    const kept = await editor.gql(SAVE, {
      e: table.event_id,
      t: [step(table.version, { label: "Bàn A", note: null })],
    });
    expect(kept.body.data?.setEventPlacements).toEqual([
      { version: table.version + 1, internalNote: table.internal_note, note: null },
    ]);
    const changed = await editor.gql(SAVE, {
      e: table.event_id,
      t: [step(table.version + 1, { label: "Bàn A", note: null, internalNote: "Đã công nhận" })],
    });
    expect(changed.body.data?.setEventPlacements).toEqual([
      { version: table.version + 2, internalNote: "Đã công nhận", note: null },
    ]);
  });
});
