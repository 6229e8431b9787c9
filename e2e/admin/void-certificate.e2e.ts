import { describe, expect, it } from "vitest";
import { EDITOR, poll, useAdminSuite } from "./admin";

/**
 * A mistyped certificate (a wrong decision, entered after the right one) superseded the product's
 * valid certificate, and the public page showed the wrong one. An editor voids it as entered in
 * error from the product page: the right certificate is current again, on the admin and on the
 * storefront, and the audit log keeps who did it and why.
 */
const suite = useAdminSuite();

const WRONG = "9999/QĐ-NHẦM";
const REASON = "Nhập nhầm quyết định của sản phẩm khác";

describe("voiding a certificate entered in error", () => {
  it("restores the certificate it had superseded, on the product page and the storefront", async () => {
    // A published product whose newest certificate is valid today, with its decision number.
    const [product] = await suite.sql<{ id: number; slug: string; name_vi: string; number: string; stars: number }>(
      `SELECT p.id, p.slug, p.name_vi, c.decision_number AS number, c.stars FROM product p
         JOIN LATERAL (SELECT * FROM certification c WHERE c.product_id = p.id
                        ORDER BY c.decision_date DESC, c.id DESC LIMIT 1) c ON true
        WHERE p.status = 'published' AND c.revoked_on IS NULL AND c.decision_number IS NOT NULL
          AND c.valid_until >= (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
        ORDER BY p.id LIMIT 1`,
    );
    expect(product, "a published product with a valid, numbered certificate in the demo data").toBeDefined();
    // The mistake, as it was typed: a newer decision that supersedes the right certificate.
    const [wrong] = await suite.sql<{ id: number }>(
      `INSERT INTO certification (product_id, stars, level, decision_number, decision_date)
       VALUES ($1, 3, 'province', $2, (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - 1) RETURNING id`,
      [product!.id, WRONG],
    );

    const page = await suite.signIn(EDITOR);
    await page.goto(suite.url(`/admin/products/${product!.id}`));
    await page.getByRole("heading", { level: 1, name: product!.name_vi }).waitFor();
    const certificates = page.getByRole("region", { name: "Lịch sử chứng nhận" });
    const rightRow = certificates.getByRole("row").filter({ hasText: product!.number });
    await rightRow.getByText("Đã thay thế").waitFor();

    await certificates.getByRole("button", { name: `Hủy do nhập sai: chứng nhận ${WRONG}` }).click();
    const dialog = page.getByRole("dialog", { name: `Hủy chứng nhận ${WRONG} do nhập sai` });
    // The reason is required: nothing is sent without it.
    await dialog.getByRole("button", { name: "Hủy chứng nhận" }).click();
    await dialog.getByText("Trường này là bắt buộc.").waitFor();
    expect(
      (await suite.sql(`SELECT 1 FROM certification WHERE id = $1 AND voided_at IS NOT NULL`, [wrong!.id])).length,
    ).toBe(0);
    await dialog.getByLabel("Lý do hủy").fill(REASON);
    await dialog.getByRole("button", { name: "Hủy chứng nhận" }).click();
    await dialog.waitFor({ state: "detached" });

    // The voided one is listed last with its reason; the right one is valid again.
    const wrongRow = certificates.getByRole("row").filter({ hasText: WRONG });
    await wrongRow.getByText("Đã hủy (nhập sai)").waitFor();
    expect(await wrongRow.textContent()).toContain(REASON);
    await rightRow.getByText("Còn hiệu lực").waitFor();
    const rows = await certificates.getByRole("row").allTextContents();
    expect(rows.at(-1)).toContain(WRONG);

    const [stored] = await suite.sql<{ void_reason: string; email: string; newest_stars: number }>(
      `SELECT c.void_reason, u.email, p.newest_stars FROM certification c
         JOIN staff_user u ON u.id = c.voided_by JOIN product p ON p.id = c.product_id WHERE c.id = $1`,
      [wrong!.id],
    );
    expect(stored).toEqual({ void_reason: REASON, email: EDITOR, newest_stars: product!.stars });
    const audit = await suite.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_entry WHERE action = 'certification.void' AND entity_id = $1`,
      [String(wrong!.id)],
    );
    expect(audit).toEqual([{ n: 1 }]);

    // The storefront shows the right certificate again, and nothing of the voided one.
    const store = await (await suite.newContext()).newPage();
    await store.goto(suite.url(`/san-pham/${product!.slug}`));
    await store.getByRole("heading", { level: 1, name: product!.name_vi }).waitFor();
    await poll(async () => (await store.getByRole("main").textContent()) ?? "").toContain(product!.number);
    expect(await store.getByRole("main").textContent()).not.toContain(WRONG);
  });
});
