import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ADMIN, makeJpeg, makePng, poll, useAdminSuite, withoutDiacritics } from "./admin";

/**
 * From nothing to the storefront: an administrator creates a producer and a product, uploads its
 * photos, adds its certificate, publishes it, finds it on the storefront, and puts it on a table
 * of the review conference. The tests of this file follow one another (one product's journey).
 */
const suite = useAdminSuite();

const PRODUCER = "HTX Gừng sạch Đồng Bành thử nghiệm";
const PRODUCT = "Mứt gừng Đồng Bành thử nghiệm";
const CATEGORY = "Chế biến từ rau, củ, quả, hạt (TP-CB-3)";
const DECISION = "1234/QĐ-UBND";

let productId = "";
let productSlug = "";

/** Opens a storefront path in a fresh context: nothing cached from earlier visits. */
async function storefrontPage(path: string): Promise<Page> {
  const page = await (await suite.newContext()).newPage();
  await page.goto(suite.url(path));
  return page;
}

describe("an administrator publishes a new product", () => {
  it("creates a producer and a product, uploads photos, adds the certificate and publishes it", async () => {
    const page = await suite.signIn(ADMIN);

    // The producer, from the menu.
    await page.getByRole("navigation", { name: "Menu chính" }).getByRole("link", { name: "Chủ thể" }).click();
    await page.getByRole("heading", { level: 1, name: "Chủ thể" }).waitFor();
    await page.getByRole("link", { name: "Thêm chủ thể" }).click();
    await page.getByRole("heading", { level: 1, name: "Thêm chủ thể" }).waitFor();
    const producerForm = page.getByRole("form", { name: "Thông tin chủ thể" });
    await producerForm.getByLabel("Tên chủ thể").fill(PRODUCER);
    await producerForm.getByLabel("Loại hình").selectOption({ label: "Hợp tác xã" });
    await producerForm.getByLabel("Xã, phường").selectOption({ label: "Xã Chi Lăng (06463)" });
    await producerForm.getByRole("button", { name: "Tạo mới" }).click();
    await page.getByRole("heading", { level: 1, name: PRODUCER }).waitFor();
    await poll(() => new URL(page.url()).pathname).toMatch(/^\/admin\/producers\/\d+$/);
    const [producer] = await suite.sql<{ id: number; type: string; commune_code: string; province_code: string }>(
      "SELECT id, type, commune_code, province_code FROM producer WHERE name = $1",
      [PRODUCER],
    );
    expect(producer).toMatchObject({ type: "cooperative", commune_code: "06463", province_code: "20" });
    expect(new URL(page.url()).pathname).toBe(`/admin/producers/${producer!.id}`);

    // The product, from the producer's page.
    await page.getByRole("link", { name: "Thêm sản phẩm" }).click();
    await page.getByRole("heading", { level: 1, name: "Thêm sản phẩm" }).waitFor();
    const productForm = page.getByRole("form", { name: "Thông tin sản phẩm" });
    await productForm.getByLabel("Tên (Tiếng Việt)").fill(PRODUCT);
    await productForm.getByLabel("Nhóm sản phẩm").selectOption({ label: CATEGORY });
    await productForm.getByLabel("Tìm chủ thể").fill("gung sach dong banh");
    const producerSelect = productForm.getByRole("combobox", { name: "Chủ thể", exact: true });
    await poll(() => producerSelect.getByRole("option", { name: PRODUCER, exact: false }).count()).toBe(1);
    await producerSelect.selectOption({ label: `${PRODUCER} · Xã Chi Lăng` });
    await productForm.getByLabel("Quy cách đóng gói").fill("Hộp 300 g");
    await productForm.getByLabel("Giá thấp nhất (đồng)").fill("85000");
    await productForm.getByRole("button", { name: "Tạo mới" }).click();
    await page.getByRole("heading", { level: 1, name: PRODUCT }).waitFor();
    const [row] = await suite.sql<{
      id: number;
      slug: string;
      status: string;
      producer_id: number;
      category_code: string;
      price_min: number;
    }>("SELECT id, slug, status, producer_id, category_code, price_min FROM product WHERE name_vi = $1", [PRODUCT]);
    expect(row).toMatchObject({
      status: "draft",
      producer_id: producer!.id,
      category_code: "TP-CB-3",
      price_min: 85000,
    });
    productId = String(row!.id);
    productSlug = row!.slug;
    await poll(() => new URL(page.url()).pathname).toBe(`/admin/products/${productId}`);
    const header = page.locator("main header.page-header");
    await poll(() => header.getByText("Bản nháp", { exact: true }).isVisible()).toBe(true);

    // Publishing without a certificate is refused, and the product stays a draft.
    await page.getByRole("button", { name: "Công khai", exact: true }).click();
    const refusal = page.getByRole("main").getByRole("alert");
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(PRODUCT);
    expect(await suite.sql("SELECT status FROM product WHERE id = $1", [productId])).toEqual([{ status: "draft" }]);

    // A photo through the file chooser, on a slowed-down network so the progress bar is seen.
    const images = page.getByRole("region", { name: "Hình ảnh" });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 20,
      downloadThroughput: -1,
      uploadThroughput: 256 * 1024,
    });
    const jpeg = await makeJpeg();
    expect(jpeg.length).toBeGreaterThan(300_000);
    await images
      .getByLabel("Chọn ảnh từ máy")
      .setInputFiles({ name: "mut-gung.jpg", mimeType: "image/jpeg", buffer: jpeg });
    const uploads = images.getByRole("list", { name: "Ảnh đang tải lên" });
    const progress = uploads.getByRole("progressbar", { name: "Tiến độ tải mut-gung.jpg" });
    await progress.waitFor();
    await poll(async () => Number(await progress.getAttribute("value"))).toBeGreaterThan(0);
    await uploads
      .getByRole("listitem")
      .filter({ hasText: "mut-gung.jpg" })
      .getByText("Đã tải xong")
      .waitFor({ timeout: 20_000 });
    expect(await progress.count()).toBe(0);
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    const gallery = images.getByRole("list").filter({ has: page.getByRole("img") });
    await poll(() => gallery.getByRole("img", { name: PRODUCT }).count()).toBe(1);
    await poll(() =>
      gallery
        .getByRole("img", { name: PRODUCT })
        .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
    ).toBe(true);
    await images.getByText("Ảnh 1 · ").waitFor();

    // A second photo dropped on the drop zone.
    const png = await makePng();
    const dataTransfer = await page.evaluateHandle(
      ({ base64, name }) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], name, { type: "image/png" }));
        return transfer;
      },
      { base64: png.toString("base64"), name: "hop-mut-gung.png" },
    );
    const dropZone = images.getByText("Kéo thả ảnh vào đây, hoặc").locator("..");
    await dropZone.dispatchEvent("dragenter", { dataTransfer });
    await dropZone.dispatchEvent("dragover", { dataTransfer });
    await dropZone.dispatchEvent("drop", { dataTransfer });
    await uploads.getByRole("listitem").filter({ hasText: "hop-mut-gung.png" }).getByText("Đã tải xong").waitFor();
    await poll(() => gallery.getByRole("img", { name: PRODUCT }).count()).toBe(2);
    await images.getByText("Ảnh 2 · 640×640").waitFor();
    const stored = await suite.sql<{ width: number; height: number; position: number; alt_vi: string }>(
      "SELECT width, height, position, alt_vi FROM product_image WHERE product_id = $1 ORDER BY position",
      [productId],
    );
    expect(stored).toHaveLength(2);
    expect(stored.map((i) => i.alt_vi)).toEqual([PRODUCT, PRODUCT]);
    expect(stored[1]).toMatchObject({ width: 640, height: 640 });

    // Two photos chosen at once are stored in the order chosen, the large one first (sent in
    // parallel, the small one would finish first and take its place).
    const [large, small] = await Promise.all([makeJpeg(1500, 1000), makePng(320)]);
    await images.getByLabel("Chọn ảnh từ máy").setInputFiles([
      { name: "mut-gung-lon.jpg", mimeType: "image/jpeg", buffer: large },
      { name: "mut-gung-nho.png", mimeType: "image/png", buffer: small },
    ]);
    for (const name of ["mut-gung-lon.jpg", "mut-gung-nho.png"]) {
      await uploads.getByRole("listitem").filter({ hasText: name }).getByText("Đã tải xong").waitFor();
    }
    await poll(() => gallery.getByRole("img", { name: PRODUCT }).count()).toBe(4);
    const four = await suite.sql<{ width: number; position: number }>(
      "SELECT width, position FROM product_image WHERE product_id = $1 ORDER BY position",
      [productId],
    );
    expect(four.slice(2).map((i) => i.width)).toEqual([1500, 320]);

    // The certificate.
    const certificates = page.getByRole("region", { name: "Lịch sử chứng nhận" });
    await certificates.getByText("Chưa có chứng nhận nào.").waitFor();
    await certificates.getByRole("button", { name: "Thêm chứng nhận" }).click();
    const dialog = page.getByRole("dialog", { name: "Thêm chứng nhận" });
    await dialog.getByLabel("Số sao").selectOption({ label: "4 sao" });
    await dialog.getByLabel("Điểm (trên 100)").fill("78");
    await dialog.getByLabel("Cấp đánh giá").selectOption({ label: "Cấp tỉnh" });
    await dialog.getByLabel("Cơ quan ban hành").fill("UBND tỉnh Lạng Sơn");
    await dialog.getByLabel("Số quyết định").fill(DECISION);
    // Typed as Vietnamese staff write dates, whatever the browser's locale.
    await dialog.getByLabel("Ngày quyết định").fill("15/06/2025");
    await dialog.getByRole("button", { name: "Thêm chứng nhận" }).click();
    await dialog.waitFor({ state: "detached" });
    const certRow = certificates.getByRole("row").filter({ hasText: DECISION });
    await certRow.getByText("Còn hiệu lực").waitFor();
    // Valid 36 months from the decision.
    expect(await certRow.textContent()).toContain("15/06/2028");
    expect(
      await suite.sql("SELECT stars, score, valid_until::text FROM certification WHERE product_id = $1", [productId]),
    ).toEqual([{ stars: 4, score: 78, valid_until: "2028-06-15" }]);

    // Now it may be published.
    await page.getByRole("button", { name: "Công khai", exact: true }).click();
    await page.getByRole("button", { name: "Ngừng công khai" }).waitFor();
    await poll(() => header.getByText("Đã công khai", { exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole("main").getByRole("alert").count()).toBe(0);
    const [published] = await suite.sql<{ status: string; published_at: Date | null }>(
      "SELECT status, published_at FROM product WHERE id = $1",
      [productId],
    );
    expect(published!.status).toBe("published");
    expect(published!.published_at).not.toBeNull();
  });

  it("is found on the storefront by its name typed without diacritics, and its page opens", async () => {
    expect(productId, "the product of the previous test").not.toBe("");
    const query = withoutDiacritics(PRODUCT).toLowerCase();
    expect(query).toBe("mut gung dong banh thu nghiem");
    const page = await storefrontPage(`/san-pham?q=${encodeURIComponent(query)}`);
    const link = page.getByRole("main").getByRole("link", { name: PRODUCT, exact: true });
    await link.waitFor();
    await link.click();
    await page.getByRole("heading", { level: 1, name: PRODUCT }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/san-pham/${productSlug}`);
    const main = page.getByRole("main");
    expect(await main.textContent()).toContain(PRODUCER);
    expect(await main.textContent()).toContain(DECISION);
    // The uploaded photo is shown (first of four: two uploaded one by one, two chosen together).
    const photo = main.getByRole("img", { name: PRODUCT }).first();
    await poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await main.getByRole("button", { name: "Ảnh 2 / 4" }).waitFor();
  });
});

describe("the product on the review conference's tables", () => {
  it("is placed on a table with the board, saved, and shown under that table on the storefront", async () => {
    expect(productId, "the product of the first test").not.toBe("");
    const [event] = await suite.sql<{ id: number; slug: string; name_vi: string }>(
      "SELECT id, slug, name_vi FROM showcase_event WHERE kind = 'conference'",
    );
    const page = await suite.signIn(ADMIN);
    await page.getByRole("navigation", { name: "Menu chính" }).getByRole("link", { name: "Sự kiện trưng bày" }).click();
    await page.getByRole("heading", { level: 1, name: "Sự kiện trưng bày" }).waitFor();
    await page.getByRole("main").getByRole("link", { name: event!.name_vi, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: event!.name_vi }).waitFor();

    const board = page.getByRole("region", { name: "Bàn trưng bày" });
    const tables = board.getByRole("list", { name: "Các bàn" });
    const table = (n: number) =>
      tables
        .getByRole("listitem")
        .filter({ has: page.getByRole("heading", { level: 3, name: new RegExp(`^Bàn ${n}\\b`) }) });
    await table(11).waitFor();

    // Search the product (typed without diacritics) and put it on table 4 with its "place on table" select.
    const pool = board.getByRole("complementary", { name: "Tìm và đặt sản phẩm" });
    await pool.getByLabel("Tìm sản phẩm").fill("mut gung");
    await poll(() => pool.getByRole("status").textContent(), "the board's product search answers").toBe("1 kết quả");
    const place = pool.getByLabel(`Đặt ${PRODUCT} vào bàn`);
    const table4 = await place.getByRole("option", { name: /^Bàn 4\b/ }).getAttribute("value");
    await place.selectOption(table4!);
    const card = (n: number) => table(n).getByRole("listitem").filter({ hasText: PRODUCT });
    await card(4).waitFor();
    const unsaved = board.getByRole("region", { name: "Sắp xếp chưa lưu" });
    expect(await unsaved.textContent()).toContain("1 bàn thay đổi");

    // Then drag its card from table 4 to its neighbour, table 3 (side by side on the board).
    // (Dropped beside the card, on table 3's column: the drag cannot scroll the page.)
    await card(4).scrollIntoViewIfNeeded();
    const from = (await card(4).boundingBox())!;
    const to = (await table(3).boundingBox())!;
    expect(from.y + from.height / 2, "table 3's column reaches beside the card").toBeLessThan(to.y + to.height);
    await card(4).dragTo(table(3), {
      sourcePosition: { x: 8, y: 8 },
      targetPosition: { x: to.width / 2, y: from.y + from.height / 2 - to.y },
      // A hand's drag: the board picks a card up after a few pixels of travel, then follows it.
      steps: 10,
    });
    await card(3).waitFor();
    expect(await card(4).count()).toBe(0);
    expect(await unsaved.textContent()).toContain("1 bàn thay đổi");

    // Table 3's commune/ward is part of the same draft, saved with the products in one action.
    const communes = new Map(
      (
        await suite.sql<{ number: number; commune_code: string | null }>(
          "SELECT number, commune_code FROM showcase_table WHERE event_id = $1 AND number IN (3, 5)",
          [event!.id],
        )
      ).map((r) => [r.number, r.commune_code === "06463" ? "06187" : "06463"]),
    );
    await table(3)
      .getByLabel(/^Xã, phường của Bàn 3/)
      .selectOption(communes.get(3)!);
    expect(await unsaved.textContent()).toContain("1 bàn thay đổi");
    await table(5)
      .getByLabel(/^Xã, phường của Bàn 5/)
      .selectOption(communes.get(5)!);
    expect(await unsaved.textContent()).toContain("2 bàn thay đổi");

    await unsaved.getByRole("button", { name: "Lưu sắp xếp" }).click();
    await unsaved.waitFor({ state: "detached" });
    await page.getByRole("status").filter({ hasText: "Đã lưu sắp xếp bàn." }).waitFor();
    await card(3).waitFor();
    const placed = await suite.sql<{ number: number }>(
      "SELECT t.number FROM showcase_placement p JOIN showcase_table t ON t.id = p.table_id WHERE p.product_id = $1 AND p.event_id = $2",
      [productId, event!.id],
    );
    expect(placed).toEqual([{ number: 3 }]);
    expect(
      await suite.sql(
        "SELECT number, commune_code FROM showcase_table WHERE event_id = $1 AND number IN (3, 5) ORDER BY number",
        [event!.id],
      ),
    ).toEqual([
      { number: 3, commune_code: communes.get(3) },
      { number: 5, commune_code: communes.get(5) },
    ]);
    // One action, one audit entry.
    const [audit] = await suite.sql<{ action: string }>("SELECT action FROM audit_entry ORDER BY id DESC LIMIT 1");
    expect(audit!.action).toBe("showcaseEvent.setPlacements");

    // The storefront's event page, in a fresh context (public answers may be cached for 15 s).
    const storefront = await storefrontPage(`/su-kien/${event!.slug}`);
    await storefront.getByRole("heading", { level: 1, name: event!.name_vi }).waitFor();
    const publicTable = (n: number) =>
      storefront
        .getByRole("main")
        .getByRole("listitem")
        .filter({ has: storefront.getByRole("heading", { level: 3, name: new RegExp(`^Bàn ${n}\\b`) }) });
    const link = publicTable(3).getByRole("link", { name: PRODUCT });
    await link.waitFor();
    expect(await publicTable(4).getByRole("link", { name: PRODUCT }).count()).toBe(0);
    await link.click();
    await storefront.getByRole("heading", { level: 1, name: PRODUCT }).waitFor();
  });

  it("is dragged from the search panel onto a table off screen, then moved up with the keyboard", async () => {
    expect(productId, "the product of the first test").not.toBe("");
    const [event] = await suite.sql<{ id: number; name_vi: string }>(
      "SELECT id, name_vi FROM showcase_event WHERE kind = 'conference'",
    );
    const onTable = (n: number) =>
      suite.sql<{ product_id: number }>(
        `SELECT p.product_id FROM showcase_placement p JOIN showcase_table t ON t.id = p.table_id
          WHERE t.event_id = $1 AND t.number = $2 ORDER BY p.position`,
        [event!.id, n],
      );
    const before = (await onTable(11)).map((r) => String(r.product_id));
    expect(before.length, "table 11 has products of its own").toBeGreaterThan(1);

    const page = await suite.signIn(ADMIN);
    await page.goto(suite.url(`/admin/events/${event!.id}`));
    await page.getByRole("heading", { level: 1, name: event!.name_vi }).waitFor();
    const board = page.getByRole("region", { name: "Bàn trưng bày" });
    const table = (n: number) =>
      board
        .getByRole("list", { name: "Các bàn" })
        .getByRole("listitem")
        .filter({ has: page.getByRole("heading", { level: 3, name: new RegExp(`^Bàn ${n}\\b`) }) });
    const cardNames = (n: number) =>
      table(n)
        .getByRole("listitem")
        .evaluateAll((cards) => cards.map((c) => c.querySelector(".board-card-title")?.textContent?.trim() ?? ""));
    await table(11).waitFor();

    // A real pointer drag: press on the search result's grip, travel, hold near the window's lower
    // edge until the board has scrolled table 11 into view, and let go over its free space.
    const pool = board.getByRole("complementary", { name: "Tìm và đặt sản phẩm" });
    await pool.getByLabel("Tìm sản phẩm").fill("mut gung");
    await poll(() => pool.getByRole("status").textContent(), "the board's product search answers").toBe("1 kết quả");
    const viewport = page.viewportSize()!;
    const poolGrip = pool.getByRole("button", { name: `Kéo ${PRODUCT} vào một bàn` });
    await poolGrip.scrollIntoViewIfNeeded();
    expect((await table(11).boundingBox())!.y, "table 11 starts below the window").toBeGreaterThan(viewport.height);
    const grip = (await poolGrip.boundingBox())!;
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await page.mouse.down();
    await page.mouse.move(grip.x - 20, grip.y + 20, { steps: 5 });
    await page.mouse.move(viewport.width / 3, viewport.height - 4, { steps: 10 });
    await poll(async () => {
      const box = (await table(11).boundingBox())!;
      return box.y + box.height < viewport.height - 40;
    }, "the page scrolls while the product is held at its edge").toBe(true);
    // Away from the edge the scrolling stops; then over table 11's heading (its free space).
    await page.mouse.move(viewport.width / 3, viewport.height / 2, { steps: 5 });
    const heading = (await table(11).getByRole("heading", { level: 3 }).boundingBox())!;
    await page.mouse.move(heading.x + heading.width / 2, heading.y + heading.height / 2, { steps: 10 });
    await page.mouse.up();
    await poll(() => cardNames(11)).toEqual([
      ...Array(before.length).fill(expect.any(String)),
      expect.stringContaining(PRODUCT),
    ]);
    expect(await table(3).getByRole("listitem").filter({ hasText: PRODUCT }).count()).toBe(0);

    // The keyboard: Space on the card's grip picks it up, an arrow moves it, Space puts it down.
    await table(11)
      .getByRole("button", { name: `Kéo ${PRODUCT}`, exact: true })
      .focus();
    const last = before.length + 1;
    const said = (text: string) =>
      page
        .getByRole("status")
        .filter({ hasText: new RegExp(text) })
        .waitFor();
    await page.keyboard.press("Space");
    await said(`Đã nhấc ${PRODUCT}\\.|${PRODUCT} đang ở trên Bàn 11\\b.*, vị trí ${last}\\.`);
    await page.keyboard.press("ArrowUp");
    await said(`${PRODUCT} đang ở trên Bàn 11\\b.*, vị trí ${last - 1}\\.`);
    await page.keyboard.press("Space");
    await said(`Đã chuyển ${PRODUCT} sang Bàn 11\\b.*\\. ${PRODUCT} ở vị trí ${last - 1} trên ${last}\\.`);
    await poll(async () => (await cardNames(11)).findIndex((name) => name.includes(PRODUCT))).toBe(last - 2);

    const unsaved = board.getByRole("region", { name: "Sắp xếp chưa lưu" });
    expect(await unsaved.textContent()).toContain("2 bàn thay đổi");
    await unsaved.getByRole("button", { name: "Lưu sắp xếp" }).click();
    await unsaved.waitFor({ state: "detached" });
    expect((await onTable(11)).map((r) => String(r.product_id))).toEqual([
      ...before.slice(0, -1),
      productId,
      before[before.length - 1],
    ]);
    expect(await onTable(3)).not.toContainEqual({ product_id: Number(productId) });
  });

  it("prints a sheet with every table and a QR code (SVG) for each of its products", async () => {
    const [event] = await suite.sql<{ id: number; name_vi: string }>(
      "SELECT id, name_vi FROM showcase_event WHERE kind = 'conference'",
    );
    const tables = await suite.sql<{ number: number; products: { name: string; slug: string }[] }>(
      `SELECT t.number, coalesce(json_agg(json_build_object('name', p.name_vi, 'slug', p.slug) ORDER BY pl.position)
                FILTER (WHERE p.id IS NOT NULL), '[]') AS products
         FROM showcase_table t
         LEFT JOIN showcase_placement pl ON pl.table_id = t.id
         LEFT JOIN product p ON p.id = pl.product_id
        WHERE t.event_id = $1 GROUP BY t.number ORDER BY t.number`,
      [event!.id],
    );
    expect(tables.length).toBe(11);

    const page = await suite.signIn(ADMIN);
    await page.goto(suite.url(`/admin/events/${event!.id}`));
    await page.getByRole("heading", { level: 1, name: event!.name_vi }).waitFor();
    await page.getByRole("link", { name: "In sơ đồ bàn" }).click();
    await page.getByRole("heading", { level: 1, name: new RegExp(`^${escapeRegExp(event!.name_vi)}`) }).waitFor();
    await page.getByRole("button", { name: "In", exact: true }).waitFor();

    for (const table of tables) {
      const sheet = page.getByRole("region", { name: new RegExp(`^Bàn ${table.number}\\b`) });
      await sheet.waitFor();
      const codes = sheet.getByRole("img", { name: /^Mã QR tới trang sản phẩm / });
      expect(await codes.count(), `QR codes on table ${table.number}`).toBe(table.products.length);
      for (const product of table.products) {
        const code = sheet.getByRole("img", { name: `Mã QR tới trang sản phẩm ${product.name}`, exact: true });
        await poll(() => code.locator("svg path").count(), `QR code of ${product.name}`).toBeGreaterThan(0);
        expect(await sheet.textContent()).toContain(`${suite.server.url}/san-pham/${product.slug}`);
      }
    }
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
