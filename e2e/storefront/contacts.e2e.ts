import { describe, expect, it } from "vitest";
import { pageReady, useStorefront } from "./storefront";

// Producers' contacts and the office's: only what is public reaches any page, server-rendered
// HTML included, and what is public is a link a phone opens.
const sf = useStorefront();

const PRIVATE_PHONE = "0912 777 888";
const PRIVATE_EMAIL = "chu.ho.rieng@example.vn";
const PRIVATE_PERSON = "Hoàng Văn Riêng";

async function producerWithProduct() {
  const [row] = await sf.sql<{ id: number; slug: string; name: string; product: string }>(
    `SELECT pr.id, pr.slug, pr.name, p.slug AS product FROM producer pr JOIN product p ON p.producer_id = pr.id
      WHERE p.slug = 'rau-cai-bo-xoi-huu-co-huu-lung'`,
  );
  return row!;
}

const html = async (path: string) => (await fetch(sf.url(path))).text();
/** Waits out the second a replica trusts the catalog revision it read. */
const revisionSeen = () => new Promise((resolve) => setTimeout(resolve, 1100));

describe("contacts on the storefront", () => {
  it("never puts a private phone, email or contact person in a server-rendered page", async () => {
    const p = await producerWithProduct();
    await sf.sql(
      `UPDATE producer SET contact_person = $2, phone = $3, email = $4, zalo = '0987 111 222', zalo_public = true,
              website = 'https://htx-huu-lung.example.vn', website_public = true,
              contact_person_public = false, phone_public = false, email_public = false
        WHERE id = $1`,
      [p.id, PRIVATE_PERSON, PRIVATE_PHONE, PRIVATE_EMAIL],
    );
    await sf.sql(`UPDATE distributor SET phone = $1, email = $2, phone_public = false, email_public = false`, [
      PRIVATE_PHONE,
      PRIVATE_EMAIL,
    ]);
    await revisionSeen();
    for (const path of [
      `/chu-the/${p.slug}`,
      `/san-pham/${p.product}`,
      "/nha-phan-phoi",
      `/en/chu-the/${p.slug}`,
      `/zh/san-pham/${p.product}`,
    ]) {
      const page = await html(path);
      // Rendered on the server with the producer's data (not the empty shell).
      if (!path.endsWith("nha-phan-phoi")) expect(page, path).toContain(p.name);
      for (const secret of [PRIVATE_PHONE, PRIVATE_EMAIL, PRIVATE_PERSON, "0912777888"])
        expect(page, `${path} leaks ${secret}`).not.toContain(secret);
      if (!path.endsWith("nha-phan-phoi")) expect(page, path).toContain('href="https://zalo.me/0987111222"');
    }
  });

  it("shows public contacts as tap-to-call, Zalo and mail links on a phone", async () => {
    const p = await producerWithProduct();
    await sf.sql(
      `UPDATE producer SET phone = '0205 3812 345', phone_public = true, email = 'htx@example.vn', email_public = true,
              zalo = '0987 111 222', zalo_public = true, standards = 'VietGAP'
        WHERE id = $1`,
      [p.id],
    );
    await revisionSeen();
    const page = await sf.open(`/chu-the/${p.slug}`, { viewport: { width: 375, height: 740 }, isMobile: true });
    await pageReady(page, p.name);
    const contact = page.getByRole("complementary");
    expect(await contact.getByRole("link", { name: "0205 3812 345" }).getAttribute("href")).toBe("tel:02053812345");
    expect(await contact.getByRole("link", { name: "htx@example.vn" }).getAttribute("href")).toBe(
      "mailto:htx@example.vn",
    );
    expect(await contact.getByRole("link", { name: /Nhắn Zalo/ }).getAttribute("href")).toBe(
      "https://zalo.me/0987111222",
    );
    await contact.getByText("VietGAP").waitFor();
  });

  it("shows the office's contact in the footer, on the About page and beside the connection form, and a change at once", async () => {
    const p = await producerWithProduct();
    // Seeded with nothing but the site's name: no office contact is shown.
    expect(await html("/gioi-thieu")).not.toContain("Liên hệ văn phòng OCOP");
    await sf.sql(
      `UPDATE site_settings SET office_name = 'Văn phòng OCOP (thử nghiệm)', office_phone = '0205 3000 111',
              office_email = 'ocop@example.vn', version = version + 1`,
    );
    await revisionSeen();
    const about = await html("/gioi-thieu");
    expect(about).toContain('href="tel:02053000111"');
    expect(about).toContain('href="mailto:ocop@example.vn"');
    // Empty fields stay hidden.
    expect(about).not.toContain("Giờ làm việc");

    const page = await sf.open(`/san-pham/${p.product}`);
    await pageReady(page);
    const connect = page.locator("#connect");
    expect(await connect.getByRole("link", { name: "0205 3000 111" }).getAttribute("href")).toBe("tel:02053000111");
    expect(await page.getByRole("contentinfo").getByRole("link", { name: "ocop@example.vn" }).count()).toBe(1);
  });
});
