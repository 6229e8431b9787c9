import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser";
import { startProductServer, type ProductServer } from "../support/product-server";

let server: ProductServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([startProductServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("storefront search", () => {
  it('finds "Mật ong" from "mat ong" typed without diacritics, and opens the product', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.getByRole("search").first().getByRole("searchbox").fill("mat ong");
    await page.getByRole("search").first().getByRole("button").click();
    await page.waitForURL(/\/san-pham\?q=mat/);
    const first = page.getByRole("main").getByRole("link", { name: /Mật ong/ }).first();
    const name = (await first.textContent())!.trim();
    await first.click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain("Mật ong");
    expect(name).toContain("Mật ong");
    await page.close();
  });
});
