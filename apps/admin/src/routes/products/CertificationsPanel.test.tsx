import {
  type AdminCertificationFieldsFragment,
  CorrectCertificationDocument,
  VoidCertificationDocument,
} from "@ocop/schema/admin";
import { todayInVietnam } from "@ocop/schema/enums";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderPage } from "../../test/render";
import { CertificationsPanel } from "./CertificationsPanel";

afterEach(cleanup);

function cert(overrides: Partial<AdminCertificationFieldsFragment> = {}) {
  return {
    __typename: "Certification",
    id: "c2",
    stars: 4,
    score: 78,
    level: "PROVINCE",
    legalBasis: null,
    issuer: null,
    decisionNumber: "1234/QĐ-UBND",
    decisionDate: "2026-10-01",
    decisionDatePrecision: "DAY",
    validUntil: "2029-10-01",
    status: "VALID",
    revokedOn: null,
    revocationReason: null,
    voidedAt: null,
    voidReason: null,
    version: 3,
    ...overrides,
  } as AdminCertificationFieldsFragment;
}

const older = cert({
  id: "c1",
  stars: 3,
  score: 60,
  decisionNumber: "55/QĐ-UBND",
  decisionDate: "2024-05-01",
  validUntil: "2027-05-01",
  status: "SUPERSEDED",
  version: 1,
});

const describedText = (el: HTMLElement) =>
  document.getElementById(el.getAttribute("aria-describedby")!.split(" ")[0]!)?.textContent;

const tomorrow = () => {
  const d = new Date(`${todayInVietnam()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

describe("the certificate panel", () => {
  it("corrects a mistyped certificate with the version it edits; a date after today is refused before sending", async () => {
    const onChanged = vi.fn();
    renderPage(<CertificationsPanel productId="p1" certifications={[older, cert()]} canEdit onChanged={onChanged} />, {
      mocks: [
        {
          request: {
            query: CorrectCertificationDocument,
            variables: (v: { id: string; version: number; input: Record<string, unknown> }) =>
              v.id === "c2" &&
              v.version === 3 &&
              v.input.decisionDate === "2025-10-01" &&
              v.input.decisionNumber === "1234/QĐ-UBND" &&
              v.input.stars === 4 &&
              v.input.score === 78 &&
              !("productId" in v.input),
          },
          result: {
            data: {
              correctCertification: cert({ decisionDate: "2025-10-01", validUntil: "2028-10-01", version: 4 }),
            },
          },
        },
      ],
    });
    fireEvent.click(screen.getByRole("button", { name: "Sửa chứng nhận 1234/QĐ-UBND" }));
    const dialog = await screen.findByRole("dialog", { name: "Sửa chứng nhận 1234/QĐ-UBND nhập sai" });
    const date = within(dialog).getByLabelText(/Ngày quyết định/) as HTMLInputElement;
    // The form starts from the record as it is.
    expect(date.value).toBe("01/10/2026");
    expect((within(dialog).getByRole("textbox", { name: /Điểm/ }) as HTMLInputElement).value).toBe("78");

    // No mock answers a date after today: a request would fail the test.
    fireEvent.change(date, { target: { value: tomorrow() } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Lưu chỉnh sửa" }));
    await waitFor(() => expect(date.getAttribute("aria-invalid")).toBe("true"));
    expect(describedText(date)).toBe(`Không được sau ngày hôm nay (${todayInVietnam()}).`);

    fireEvent.change(date, { target: { value: "2025-10-01" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Lưu chỉnh sửa" }));
    expect(await screen.findByText("Đã sửa chứng nhận.")).toBeTruthy();
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("voids a certificate entered in error only with a reason", async () => {
    const onChanged = vi.fn();
    renderPage(<CertificationsPanel productId="p1" certifications={[older, cert()]} canEdit onChanged={onChanged} />, {
      mocks: [
        {
          request: {
            query: VoidCertificationDocument,
            variables: { id: "c2", version: 3, reason: "Nhập nhầm ngày quyết định" },
          },
          result: {
            data: {
              voidCertification: cert({
                status: "VOIDED",
                voidedAt: "2026-12-06T10:00:00.000Z",
                voidReason: "Nhập nhầm ngày quyết định",
                version: 4,
              }),
            },
          },
        },
      ],
    });
    fireEvent.click(screen.getByRole("button", { name: "Hủy do nhập sai: chứng nhận 1234/QĐ-UBND" }));
    const dialog = await screen.findByRole("dialog", { name: "Hủy chứng nhận 1234/QĐ-UBND do nhập sai" });
    const reason = within(dialog).getByRole("textbox", { name: /Lý do hủy/ });
    fireEvent.click(within(dialog).getByRole("button", { name: "Hủy chứng nhận" }));
    await waitFor(() => expect(reason.getAttribute("aria-invalid")).toBe("true"));
    expect(describedText(reason)).toBe("Trường này là bắt buộc.");
    expect(onChanged).not.toHaveBeenCalled();

    fireEvent.change(reason, { target: { value: " Nhập nhầm ngày quyết định " } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Hủy chứng nhận" }));
    expect(await screen.findByText("Đã hủy chứng nhận nhập sai.")).toBeTruthy();
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
  });

  it("lists a voided certificate last, with its reason and no actions", () => {
    const voided = cert({
      id: "c3",
      decisionNumber: "999/QĐ",
      decisionDate: "2026-11-30",
      status: "VOIDED",
      voidReason: "Nhầm sản phẩm",
    });
    renderPage(
      <CertificationsPanel
        productId="p1"
        certifications={[voided, older, cert({ status: "VALID" })]}
        canEdit
        onChanged={() => {}}
      />,
    );
    const rows = within(screen.getByRole("table")).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getAllByRole("cell")[3]!.textContent)).toEqual([
      expect.stringContaining("1234/QĐ-UBND"),
      expect.stringContaining("55/QĐ-UBND"),
      expect.stringContaining("999/QĐ"),
    ]);
    expect(rows[2]!.textContent).toContain("Nhầm sản phẩm");
    expect(within(rows[2]!).queryAllByRole("button")).toEqual([]);
  });
});
