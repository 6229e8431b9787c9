import { describe, expect, it } from "vitest";
import { ADMIN, makePng, poll, useAdminSuite } from "./admin";

/**
 * The site's logo: an administrator uploads it on the settings page, the storefront's header shows
 * it beside the site's name at its size, and removing it brings the star mark back.
 */
const suite = useAdminSuite();

describe("the site logo", () => {
  it("is uploaded on the settings page, shown in the storefront's header, refused as SVG, and removed", async () => {
    const page = await suite.signIn(ADMIN);
    await page.goto(suite.url("/admin/settings"));
    const file = page.getByLabel("Tệp logo");
    await page.getByText(/Chưa có logo/).waitFor();

    await file.setInputFiles({
      name: "logo.svg",
      mimeType: "image/svg+xml",
      buffer: Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect width="200" height="100"/></svg>',
      ),
    });
    await page.getByText("Tệp logo: Logo phải là ảnh PNG, JPEG hoặc WebP (không nhận SVG).").waitFor();
    expect(await file.getAttribute("aria-invalid")).toBe("true");

    await file.setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: await makePng(400) });
    await page.getByText("Đã lưu logo.").waitFor();
    const preview = page.getByRole("img", { name: "Logo hiện tại" });
    expect([await preview.getAttribute("width"), await preview.getAttribute("height")]).toEqual(["96", "96"]);
    const [row] = await suite.sql<{ logo_path: string; action: string }>(
      `SELECT s.logo_path, (SELECT action FROM audit_entry ORDER BY id DESC LIMIT 1) AS action
         FROM site_settings s WHERE s.id = 1`,
    );
    expect(row).toMatchObject({
      logo_path: expect.stringMatching(/^site\/logo-.+\.png$/),
      action: "siteSettings.logo.upload",
    });

    const storefront = await page.context().newPage();
    await poll(async () => {
      await storefront.goto(suite.url("/"));
      return storefront.locator("header .brand img").count();
    }).toBe(1);
    const logo = storefront.locator("header .brand img");
    expect(await logo.getAttribute("src")).toBe(`/media/${row!.logo_path}`);
    expect([
      await logo.getAttribute("width"),
      await logo.getAttribute("height"),
      await logo.getAttribute("alt"),
    ]).toEqual(["96", "96", ""]);
    // Loaded, not a broken image.
    await poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(96);

    await page.getByRole("button", { name: "Gỡ logo" }).click();
    await page.getByText("Đã gỡ logo.").waitFor();
    await poll(async () => {
      await storefront.goto(suite.url("/"));
      return storefront.locator("header .brand img").count();
    }).toBe(0);
    expect(await storefront.locator("header .brand svg.brand__mark").count()).toBe(1);
  });
});
