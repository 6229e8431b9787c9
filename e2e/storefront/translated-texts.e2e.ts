import { localizedPath, paths } from "@ocop/schema/routes";
import { describe, expect, it } from "vitest";
import { pageReady, useStorefront } from "./storefront";

// Producer, event and table texts staff wrote in English and Chinese reach readers of those
// languages, on the server-rendered page and in the app; an empty translation shows the Vietnamese.
const sf = useStorefront();

const CONFERENCE = "hoi-nghi-tong-ket-ocop-lang-son-2021-2025";

/** Waits until the server renders `text` at `path` (a replica trusts the revision it read for a second). */
async function rendered(path: string, text: string) {
  await expect
    .poll(async () => (await (await fetch(sf.url(path))).text()).includes(text), { timeout: 30_000, interval: 200 })
    .toBe(true);
}

async function conference() {
  const [event] = await sf.sql<{
    id: number;
    name_vi: string;
    name_en: string;
    name_zh: string;
    description_en: string;
    organizer: string;
    organizer_en: string;
    organizer_zh: string;
  }>(
    `SELECT id, name_vi, name_en, name_zh, description_en, organizer, organizer_en, organizer_zh
       FROM showcase_event WHERE slug = $1`,
    [CONFERENCE],
  );
  return event!;
}

describe("translated texts on the storefront", () => {
  it("shows an event's name, organizer, venue and table label in English and Chinese, and Vietnamese where one is missing", async () => {
    const e = await conference();
    // The demo seed translates the organizer; the venue and a table's label are given here, the
    // venue in Chinese only, so English readers get the Vietnamese.
    expect([e.organizer_en, e.organizer_zh]).toEqual(["Lạng Sơn Provincial People's Committee", "谅山省人民委员会"]);
    await sf.sql(
      `UPDATE showcase_event SET venue_name = 'Khách sạn The Pride', venue_name_zh = 'The Pride酒店' WHERE id = $1`,
      [e.id],
    );
    await sf.sql(
      `UPDATE showcase_table SET commune_code = NULL, label = 'Bàn khách mời', label_en = 'Guest table'
        WHERE event_id = $1 AND number = 1`,
      [e.id],
    );
    await rendered(localizedPath("zh", paths.event(CONFERENCE)), "The Pride酒店");

    const en = await sf.open(localizedPath("en", paths.event(CONFERENCE)));
    await pageReady(en, e.name_en);
    const facts = en.locator("dl.facts");
    await facts.getByText(e.organizer_en, { exact: true }).waitFor();
    await facts.getByText("Khách sạn The Pride", { exact: false }).waitFor();
    await en.getByText(e.description_en, { exact: true }).waitFor();
    await en.getByRole("heading", { level: 3, name: "Table 1 – Guest table" }).waitFor();

    const zh = await sf.open(localizedPath("zh", paths.event(CONFERENCE)));
    await pageReady(zh, e.name_zh);
    await zh.locator("dl.facts").getByText(e.organizer_zh, { exact: true }).waitFor();
    await zh.locator("dl.facts").getByText("The Pride酒店", { exact: false }).waitFor();
    // No Chinese label: the Vietnamese one.
    await zh.getByRole("heading", { level: 3, name: /Bàn khách mời$/ }).waitFor();

    // The event's card on the events page, in Chinese.
    const list = await sf.open(localizedPath("zh", paths.events()));
    const card = list.locator("article.event-card").filter({ has: list.getByRole("link", { name: e.name_zh }) });
    await card.getByText("The Pride酒店", { exact: false }).waitFor();
  });

  it("shows a producer's description and buyer texts in English and Chinese, and Vietnamese where one is missing", async () => {
    const [translated] = await sf.sql<{
      id: number;
      slug: string;
      name: string;
      description_vi: string;
      description_en: string;
      description_zh: string;
    }>(
      `SELECT id, slug, name, description_vi, description_en, description_zh FROM producer
        WHERE name = 'HTX Dịch vụ và Sản xuất nông nghiệp Đồng Bành'`,
    );
    const p = translated!;
    // Seeded from the demo dataset's Vietnamese, translated faithfully.
    expect(p.description_en).toMatch(/custard apples under VietGAP/);
    await sf.sql(
      `UPDATE producer SET production_capacity = '30 tấn mỗi vụ', production_capacity_zh = '每季30吨',
              minimum_order = '50 kg', minimum_order_en = '50 kg per order' WHERE id = $1`,
      [p.id],
    );
    await rendered(localizedPath("zh", paths.producer(p.slug)), "每季30吨");

    const en = await sf.open(localizedPath("en", paths.producer(p.slug)));
    await pageReady(en, p.name);
    await en.getByText(p.description_en, { exact: true }).waitFor();
    const enAside = en.getByRole("complementary");
    await enAside.getByText("50 kg per order", { exact: true }).waitFor();
    await enAside.getByText("30 tấn mỗi vụ", { exact: true }).waitFor();
    expect(await en.getByText(p.description_vi, { exact: true }).count()).toBe(0);

    const zh = await sf.open(localizedPath("zh", paths.producer(p.slug)));
    await pageReady(zh, p.name);
    await zh.getByText(p.description_zh, { exact: true }).waitFor();
    const zhAside = zh.getByRole("complementary");
    await zhAside.getByText("每季30吨", { exact: true }).waitFor();
    await zhAside.getByText("50 kg", { exact: true }).waitFor();
  });

  it("shows the Vietnamese description of a producer nobody has translated", async () => {
    // Whatever the dataset holds: a producer with published products, its description in Vietnamese only.
    const [untranslated] = await sf.sql<{ id: number; slug: string; name: string }>(
      `SELECT pr.id, pr.slug, pr.name FROM producer pr
        WHERE pr.id = (SELECT producer_id FROM product WHERE slug = 'rau-cai-bo-xoi-huu-co-huu-lung')`,
    );
    const p = untranslated!;
    const vi = "Hợp tác xã trồng rau hữu cơ ở Hữu Lũng (chỉ có bản tiếng Việt).";
    await sf.sql(`UPDATE producer SET description_vi = $2, description_en = NULL, description_zh = '' WHERE id = $1`, [
      p.id,
      vi,
    ]);
    await rendered(localizedPath("en", paths.producer(p.slug)), vi);
    for (const lang of ["en", "zh"] as const) {
      const page = await sf.open(localizedPath(lang, paths.producer(p.slug)));
      await pageReady(page, p.name);
      await page.getByText(vi, { exact: true }).waitFor();
    }
  });
});
