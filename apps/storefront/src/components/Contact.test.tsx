import { MockedProvider } from "@apollo/client/testing/react";
import { SiteSettingsDocument } from "@ocop/schema/public";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { LanguageProvider, loadLanguage } from "../i18n/i18n";
import type { Language } from "../i18n/lang";
import { BuyerInfo, Contact, showsAnyContact } from "./Contact";
import { OfficeContact } from "./OfficeContact";

beforeAll(() => Promise.all((["vi", "en", "zh"] as const).map((l) => loadLanguage(l))));
afterEach(cleanup);

const EMPTY = { contactPerson: null, phone: null, zalo: null, email: null, website: null, address: null };

function renderContact(contact: Parameters<typeof Contact>[0]["contact"], lang: Language = "vi") {
  return render(
    <LanguageProvider lang={lang}>
      <dl aria-label="contact">
        <Contact contact={contact} empty="nothing published" />
      </dl>
    </LanguageProvider>,
  );
}

const links = () =>
  screen.queryAllByRole("link").map((a) => [a.textContent?.replace(/ \(.*\)$/, ""), a.getAttribute("href")]);

describe("a producer's public contact", () => {
  it("is links a phone opens: tap to call, chat on Zalo, write an email, open the website", () => {
    renderContact({
      contactPerson: "Hứa Quốc Công",
      phone: "0205 3.812.345",
      zalo: "+84 912 345 678",
      email: "htx@example.vn",
      website: "https://htx.example.vn/",
      address: "Thôn Bến, xã Chi Lăng",
    });
    expect(screen.getByText("Hứa Quốc Công")).toBeTruthy();
    expect(screen.getByRole("link", { name: "0205 3.812.345" }).getAttribute("href")).toBe("tel:02053812345");
    expect(screen.getByRole("link", { name: /Nhắn Zalo/ }).getAttribute("href")).toBe("https://zalo.me/0912345678");
    expect(screen.getByRole("link", { name: "htx@example.vn" }).getAttribute("href")).toBe("mailto:htx@example.vn");
    expect(screen.getByRole("link", { name: /htx\.example\.vn/ }).getAttribute("href")).toBe("https://htx.example.vn/");
    expect(screen.getByText("Thôn Bến, xã Chi Lăng")).toBeTruthy();
    expect(screen.queryByText("nothing published")).toBeNull();
  });

  it("leaves out what is not public, and says so when nothing is", () => {
    renderContact({ ...EMPTY, email: "htx@example.vn" });
    expect(links()).toEqual([["htx@example.vn", "mailto:htx@example.vn"]]);
    expect(screen.queryByText("Điện thoại")).toBeNull();
    cleanup();
    renderContact(EMPTY);
    expect(links()).toEqual([]);
    expect(screen.getByText("nothing published")).toBeTruthy();
  });

  it("opens a zalo.me id as given, and has its labels in English and Chinese", () => {
    renderContact({ ...EMPTY, zalo: "https://zalo.me/htxdongbanh", phone: "0912345678" }, "en");
    expect(screen.getByRole("link", { name: /Chat on Zalo/ }).getAttribute("href")).toBe("https://zalo.me/htxdongbanh");
    expect(screen.getByText("Phone")).toBeTruthy();
    cleanup();
    renderContact({ ...EMPTY, zalo: "htxdongbanh", contactPerson: "Công" }, "zh");
    expect(screen.getByText("联系人")).toBeTruthy();
    expect(screen.getByRole("link", { name: /在 Zalo 上联系/ }).getAttribute("href")).toBe(
      "https://zalo.me/htxdongbanh",
    );
  });

  it("answers a buyer's first questions, leaving out the unanswered ones", () => {
    render(
      <LanguageProvider lang="vi">
        <dl>
          <BuyerInfo
            producer={{
              productionCapacity: "20 tấn/năm",
              minimumOrder: null,
              packaging: null,
              shelfLife: "6 tháng",
              standards: "VietGAP",
            }}
          />
        </dl>
      </LanguageProvider>,
    );
    expect(screen.getAllByRole("term").map((dt) => dt.textContent)).toEqual([
      "Năng lực sản xuất",
      "Hạn sử dụng",
      "Tiêu chuẩn, chứng nhận",
    ]);
  });
});

describe("the office's contact", () => {
  const settings = (office: Record<string, string | null>) => ({
    request: { query: SiteSettingsDocument },
    result: {
      data: {
        siteSettings: {
          __typename: "SiteSettings",
          siteName: "OCOP Lạng Sơn",
          officeName: null,
          officeAddress: null,
          officePhone: null,
          officeEmail: null,
          officeHours: null,
          logoUrl: null,
          logoWidth: null,
          logoHeight: null,
          provinces: [{ __typename: "Province", code: "20", name: "Lạng Sơn", fullName: "Tỉnh Lạng Sơn" }],
          ...office,
        },
      },
    },
  });
  const renderOffice = (office: Record<string, string | null>) =>
    render(
      <LanguageProvider lang="vi">
        <MockedProvider mocks={[settings(office)]}>
          <div data-testid="office">
            <OfficeContact />
          </div>
        </MockedProvider>
      </LanguageProvider>,
    );

  it("shows the office's phone and email as links, and hides the empty fields", async () => {
    renderOffice({ officeName: "Văn phòng OCOP", officePhone: "0205 3812 345", officeEmail: "ocop@example.vn" });
    const section = await screen.findByRole("region", { name: "Liên hệ văn phòng OCOP" });
    expect(within(section).getByText("Văn phòng OCOP")).toBeTruthy();
    expect(within(section).getByRole("link", { name: "0205 3812 345" }).getAttribute("href")).toBe("tel:02053812345");
    expect(within(section).getByRole("link", { name: "ocop@example.vn" }).getAttribute("href")).toBe(
      "mailto:ocop@example.vn",
    );
    expect(within(section).queryByText("Giờ làm việc")).toBeNull();
    expect(within(section).queryByText("Địa chỉ")).toBeNull();
  });

  it("shows nothing when the settings name no office contact", async () => {
    let answered = false;
    const mock = settings({});
    render(
      <LanguageProvider lang="vi">
        <MockedProvider
          mocks={[
            {
              ...mock,
              result: () => {
                answered = true;
                return mock.result;
              },
            },
          ]}
        >
          <div data-testid="office">
            <OfficeContact />
          </div>
        </MockedProvider>
      </LanguageProvider>,
    );
    await waitFor(() => expect(answered).toBe(true));
    // The answer reaches the component on the next turn; it draws nothing then either.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByTestId("office").textContent).toBe("");
  });

  it("shows the office it is given (the one that receives a product's requests) instead of the site office", async () => {
    render(
      <LanguageProvider lang="vi">
        <MockedProvider mocks={[settings({ officeName: "Văn phòng OCOP (site)", officePhone: "0205 3812 345" })]}>
          <OfficeContact
            office={{
              name: "Văn phòng OCOP tỉnh Lai Châu",
              address: null,
              phone: "0213 3876 543",
              email: null,
              hours: null,
            }}
          />
        </MockedProvider>
      </LanguageProvider>,
    );
    const section = screen.getByRole("region", { name: "Liên hệ văn phòng OCOP" });
    expect(within(section).getByText("Văn phòng OCOP tỉnh Lai Châu")).toBeTruthy();
    expect(within(section).getByRole("link", { name: "0213 3876 543" }).getAttribute("href")).toBe("tel:02133876543");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText("Văn phòng OCOP (site)")).toBeNull();
  });
});

describe("showsAnyContact", () => {
  it("is true when any one field is published, the address alone included, and false for none", () => {
    expect(showsAnyContact(EMPTY)).toBe(false);
    expect(showsAnyContact({ ...EMPTY, address: "Số 1 Lê Lợi" })).toBe(true);
    expect(showsAnyContact({ ...EMPTY, zalo: "0912345678" })).toBe(true);
  });
});
