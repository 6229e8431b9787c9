import { MockedProvider } from "@apollo/client/testing/react";
import { SiteSettingsDocument } from "@ocop/schema/public";
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { LanguageProvider, loadLanguage } from "../i18n/i18n";
import { Layout } from "./Layout";

beforeAll(() => loadLanguage("vi"));
afterEach(cleanup);

const settings = (logo: { logoUrl: string | null; logoWidth: number | null; logoHeight: number | null }) => ({
  request: { query: SiteSettingsDocument },
  result: {
    data: {
      siteSettings: {
        __typename: "SiteSettings",
        siteName: "OCOP Lai Châu",
        officeName: null,
        officeAddress: null,
        officePhone: null,
        officeEmail: null,
        officeHours: null,
        ...logo,
        provinces: [{ __typename: "Province", code: "12", name: "Lai Châu", fullName: "Tỉnh Lai Châu" }],
      },
    },
  },
});

const renderLayout = (mock: ReturnType<typeof settings>) =>
  render(
    <LanguageProvider lang="vi">
      <MockedProvider mocks={[mock]}>
        <Layout lang="vi">
          <h1>Trang</h1>
        </Layout>
      </MockedProvider>
    </LanguageProvider>,
  );

describe("the site header and footer", () => {
  it("show the site's logo beside its name, with its size, and the settings' province, not Lạng Sơn", async () => {
    const { container } = renderLayout(
      settings({ logoUrl: "/media/site/logo-1-192x96.png", logoWidth: 192, logoHeight: 96 }),
    );
    const home = await screen.findByRole("link", { name: /OCOP Lai Châu/ });
    const logo = await waitFor(() => {
      const img = home.querySelector("img");
      if (!img) throw new Error("no logo yet");
      return img;
    });
    expect(logo.getAttribute("src")).toBe("/media/site/logo-1-192x96.png");
    expect([logo.getAttribute("width"), logo.getAttribute("height"), logo.getAttribute("alt")]).toEqual([
      "192",
      "96",
      "",
    ]);
    expect(home.querySelector("svg")).toBeNull();
    const footer = container.querySelector("footer")!;
    expect(footer.textContent).toContain("Danh mục sản phẩm OCOP tỉnh Lai Châu:");
    expect(container.textContent).not.toMatch(/Lạng Sơn/);
  });

  it("show the star mark when no logo is set", async () => {
    renderLayout(settings({ logoUrl: null, logoWidth: null, logoHeight: null }));
    const home = await screen.findByRole("link", { name: /OCOP Lai Châu/ });
    expect(home.querySelector("svg.brand__mark")).not.toBeNull();
    expect(home.querySelector("img")).toBeNull();
  });
});
