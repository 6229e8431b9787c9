import {
  AdminSiteSettingsDocument,
  ProvinceOfficesDocument,
  UpdateProvinceOfficeDocument,
  UpdateSiteSettingsDocument,
} from "@ocop/schema/admin";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { GraphQLError } from "graphql";
import { afterEach, describe, expect, it } from "vitest";
import { ADMIN, renderPage } from "../../test/render";
import { SettingsPage } from "./SettingsPage";

afterEach(cleanup);

function settings(overrides: Record<string, unknown> = {}) {
  return {
    __typename: "SiteSettings",
    siteName: "OCOP Lạng Sơn",
    officeName: null,
    officeAddress: null,
    officePhone: null,
    officeEmail: null,
    officeHours: null,
    provinces: ["20"],
    defaultLanguage: "vi",
    logoUrl: null,
    logoWidth: null,
    logoHeight: null,
    version: 1,
    updatedAt: "2026-12-01T00:00:00.000Z",
    ...overrides,
  };
}

const loadMock = {
  request: { query: AdminSiteSettingsDocument },
  result: {
    data: {
      adminSiteSettings: settings(),
      provinces: [
        { __typename: "Province", code: "12", name: "Lai Châu" },
        { __typename: "Province", code: "20", name: "Lạng Sơn" },
      ],
    },
  },
};

function office(provinceCode: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: "ProvinceOffice",
    provinceCode,
    name: null,
    address: null,
    phone: null,
    email: null,
    hours: null,
    version: 0,
    ...overrides,
  };
}

/** The offices of the site's provinces: one (a province's site) shows no per-province offices. */
const officesMock = (codes: string[] = ["20"]) => ({
  request: { query: ProvinceOfficesDocument },
  result: { data: { provinceOffices: codes.map((c) => office(c)) } },
});

const describedText = (el: HTMLElement) =>
  document.getElementById(el.getAttribute("aria-describedby")!.split(" ")[0]!)?.textContent;

describe("site settings page", () => {
  it("checks the office's phone and email with the shared rule before sending, in Vietnamese", async () => {
    // No mock for the mutation: a request would fail the test.
    renderPage(<SettingsPage />, { path: "/settings", session: ADMIN, mocks: [loadMock, officesMock()] });
    const phone = await screen.findByRole("textbox", { name: "Điện thoại" });
    fireEvent.change(phone, { target: { value: "205 381" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Email" }), { target: { value: "ocop@" } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu thay đổi" }));
    await waitFor(() => expect(phone.getAttribute("aria-invalid")).toBe("true"));
    expect(describedText(phone)).toMatch(/^Số điện thoại Việt Nam không hợp lệ/);
    expect(describedText(screen.getByRole("textbox", { name: "Email" }))).toBe("Địa chỉ email không hợp lệ.");
  });

  it("saves with the loaded version, empty fields as nothing; after a CONFLICT, 'keep editing' re-saves", async () => {
    const current = settings({ officeHours: "7:30–17:00", version: 2 });
    renderPage(<SettingsPage />, {
      path: "/settings",
      session: ADMIN,
      mocks: [
        loadMock,
        officesMock(),
        {
          request: { query: UpdateSiteSettingsDocument, variables: (v: { version: number }) => v.version === 1 },
          result: { errors: [new GraphQLError("Stale", { extensions: { code: "CONFLICT", current } })] },
        },
        {
          request: {
            query: UpdateSiteSettingsDocument,
            variables: (v: { version: number; input: Record<string, unknown> }) =>
              v.version === 2 &&
              v.input.officePhone === "0205 3812 345" &&
              v.input.officeHours === "7:30–17:00" &&
              v.input.officeEmail === null,
          },
          result: {
            data: {
              updateSiteSettings: settings({ officePhone: "0205 3812 345", officeHours: "7:30–17:00", version: 3 }),
            },
          },
        },
      ],
    });
    fireEvent.change(await screen.findByRole("textbox", { name: "Điện thoại" }), {
      target: { value: "0205 3812 345" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Lưu thay đổi" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(
      within(dialog)
        .getAllByRole("rowheader")
        .map((r) => r.textContent),
    ).toEqual(["Giờ làm việc"]);
    fireEvent.click(within(dialog).getByRole("button", { name: "Tiếp tục sửa" }));
    fireEvent.click(screen.getByRole("button", { name: "Lưu thay đổi" }));
    expect(await screen.findByText("Đã lưu.")).toBeTruthy();
  });

  it("chooses the site's provinces (at least one, named in the error) and its default language", async () => {
    renderPage(<SettingsPage />, {
      path: "/settings",
      session: ADMIN,
      mocks: [
        loadMock,
        officesMock(),
        {
          request: {
            query: UpdateSiteSettingsDocument,
            variables: (v: { version: number; input: Record<string, unknown> }) =>
              v.version === 1 &&
              JSON.stringify(v.input.provinces) === JSON.stringify(["12", "20"]) &&
              v.input.defaultLanguage === "en",
          },
          result: {
            data: { updateSiteSettings: settings({ provinces: ["12", "20"], defaultLanguage: "en", version: 2 }) },
          },
        },
      ],
    });
    const langSon = await screen.findByRole("checkbox", { name: "Lạng Sơn" });
    const laiChau = screen.getByRole("checkbox", { name: "Lai Châu" });
    expect((langSon as HTMLInputElement).checked).toBe(true);
    expect((laiChau as HTMLInputElement).checked).toBe(false);
    // None chosen: refused before sending (no mock answers a request without provinces).
    fireEvent.click(langSon);
    fireEvent.click(screen.getByRole("button", { name: "Lưu thay đổi" }));
    const group = screen.getByRole("group", { name: "Tỉnh, thành phố của trang" });
    await waitFor(() => expect(describedText(group)).toBe("Cần ít nhất 1 mục."));
    fireEvent.click(langSon);
    fireEvent.click(laiChau);
    fireEvent.change(screen.getByRole("combobox", { name: "Ngôn ngữ mặc định" }), { target: { value: "en" } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu thay đổi" }));
    expect(await screen.findByText("Đã lưu.")).toBeTruthy();
  });

  it("records each province's office on a site of several provinces, each its own form and version", async () => {
    renderPage(<SettingsPage />, {
      path: "/settings",
      session: ADMIN,
      mocks: [
        loadMock,
        officesMock(["12", "20"]),
        {
          request: {
            query: UpdateProvinceOfficeDocument,
            variables: (v: { provinceCode: string; version: number; input: Record<string, unknown> }) =>
              v.provinceCode === "12" && v.version === 0 && v.input.email === "ocop@laichau.example.vn",
          },
          result: {
            data: { updateProvinceOffice: office("12", { email: "ocop@laichau.example.vn", version: 1 }) },
          },
        },
      ],
    });
    const laiChau = await screen.findByRole("form", { name: "Văn phòng OCOP tỉnh Lai Châu" });
    expect(screen.getByRole("form", { name: "Văn phòng OCOP tỉnh Lạng Sơn" })).toBeTruthy();
    const email = within(laiChau).getByRole("textbox", { name: "Email" });
    fireEvent.change(email, { target: { value: "ocop@" } });
    fireEvent.click(within(laiChau).getByRole("button", { name: "Lưu thay đổi" }));
    await waitFor(() => expect(describedText(email)).toBe("Địa chỉ email không hợp lệ."));
    fireEvent.change(email, { target: { value: "ocop@laichau.example.vn" } });
    fireEvent.click(within(laiChau).getByRole("button", { name: "Lưu thay đổi" }));
    expect(await screen.findByText("Đã lưu.")).toBeTruthy();
  });
});
