import { AdminSiteSettingsDocument, ProvinceOfficesDocument, RemoveSiteLogoDocument } from "@ocop/schema/admin";
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ADMIN, renderPage } from "../../test/render";
import { SettingsPage } from "./SettingsPage";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const LOGO = { logoUrl: "/media/site/logo-1-192x96.png", logoWidth: 192, logoHeight: 96 };
const NO_LOGO = { logoUrl: null, logoWidth: null, logoHeight: null };

const load = (logo: typeof LOGO | typeof NO_LOGO, version: number) => ({
  request: { query: AdminSiteSettingsDocument },
  result: {
    data: {
      adminSiteSettings: {
        __typename: "SiteSettings",
        siteName: "OCOP Lạng Sơn",
        officeName: null,
        officeAddress: null,
        officePhone: null,
        officeEmail: null,
        officeHours: null,
        provinces: ["20"],
        defaultLanguage: "vi",
        ...logo,
        version,
        updatedAt: "2026-12-01T00:00:00.000Z",
      },
      provinces: [{ __typename: "Province", code: "20", name: "Lạng Sơn" }],
    },
  },
});
const offices = {
  request: { query: ProvinceOfficesDocument },
  result: { data: { provinceOffices: [] } },
};

/** The upload endpoint as the API answers it (the only request that is not GraphQL). */
function answerUpload(status: number, body: unknown) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
    }),
  );
  return calls;
}

const choose = (file: File) => fireEvent.change(screen.getByLabelText("Tệp logo"), { target: { files: [file] } });
const png = () => new File([new Uint8Array([137, 80, 78, 71])], "logo.png", { type: "image/png" });

describe("the site logo on the settings page", () => {
  it("uploads the chosen file with the settings' version and shows the stored logo at its size", async () => {
    const calls = answerUpload(201, { settings: { ...LOGO, version: 2 } });
    renderPage(<SettingsPage />, {
      path: "/settings",
      session: ADMIN,
      mocks: [load(NO_LOGO, 1), offices, load(LOGO, 2)],
    });
    expect(await screen.findByText(/Chưa có logo/)).toBeTruthy();
    choose(png());
    const img = await screen.findByRole("img", { name: "Logo hiện tại" });
    expect(img.getAttribute("src")).toBe(LOGO.logoUrl);
    expect([img.getAttribute("width"), img.getAttribute("height")]).toEqual(["192", "96"]);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe("/admin/media/site/logo?version=1");
    expect(calls[0]!.init.method).toBe("POST");
    expect((calls[0]!.init.headers as Record<string, string>)["x-ocop-csrf"]).toBe("1");
    expect((calls[0]!.init.body as FormData).get("file")).toBeInstanceOf(File);
    expect(await screen.findByText("Đã lưu logo.")).toBeTruthy();
  });

  it("says in Vietnamese, beside the file field, why a file was refused, and keeps the page as it was", async () => {
    answerUpload(415, { error: { code: "NOT_AN_IMAGE", message: "Images must be JPEG…", field: "file" } });
    renderPage(<SettingsPage />, { path: "/settings", session: ADMIN, mocks: [load(NO_LOGO, 1), offices] });
    await screen.findByText(/Chưa có logo/);
    choose(new File(["<svg/>"], "logo.svg", { type: "image/svg+xml" }));
    const input = screen.getByLabelText("Tệp logo");
    await waitFor(() => expect(input.getAttribute("aria-invalid")).toBe("true"));
    const errorId = input.getAttribute("aria-describedby")!.split(" ")[0]!;
    expect(document.getElementById(errorId)?.textContent).toBe(
      "Tệp logo: Logo phải là ảnh PNG, JPEG hoặc WebP (không nhận SVG).",
    );
    expect(screen.queryByText(/Images must be/)).toBeNull();
    expect(screen.getByText(/Chưa có logo/)).toBeTruthy();
  });

  it("removes the logo with the settings' version", async () => {
    renderPage(<SettingsPage />, {
      path: "/settings",
      session: ADMIN,
      mocks: [
        load(LOGO, 4),
        offices,
        {
          request: { query: RemoveSiteLogoDocument, variables: { version: 4 } },
          result: { data: { removeSiteLogo: load(NO_LOGO, 5).result.data.adminSiteSettings } },
        },
        load(NO_LOGO, 5),
      ],
    });
    await screen.findByRole("img", { name: "Logo hiện tại" });
    fireEvent.click(screen.getByRole("button", { name: "Gỡ logo" }));
    expect(await screen.findByText(/Chưa có logo/)).toBeTruthy();
    expect(screen.queryByRole("img", { name: "Logo hiện tại" })).toBeNull();
    expect(await screen.findByText("Đã gỡ logo.")).toBeTruthy();
  });
});
