import { AdminProducerEditDocument, CreateProducerDocument, UpdateProducerDocument } from "@ocop/schema/admin";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { GraphQLError } from "graphql";
import { afterEach, describe, expect, it } from "vitest";
import { ADMIN, CHI_LANG, communesMock, EDITOR, OFFICER, renderPage } from "../../test/render";
import { ProducerEditPage } from "./ProducerEditPage";

afterEach(cleanup);

function producer(overrides: Record<string, unknown> = {}) {
  return {
    __typename: "Producer",
    id: "p1",
    slug: "htx-dong-banh",
    name: "HTX Đồng Bành",
    type: "COOPERATIVE",
    descriptionVi: null,
    descriptionEn: null,
    descriptionZh: null,
    internalNote: null,
    commune: CHI_LANG,
    province: CHI_LANG.province,
    addressAsReported: "Thị trấn Đồng Mỏ, huyện Chi Lăng",
    contactPerson: null,
    contactPersonPublic: false,
    phone: null,
    phonePublic: false,
    zalo: null,
    zaloPublic: false,
    email: "htx@example.vn",
    emailPublic: false,
    website: null,
    websitePublic: true,
    address: null,
    addressPublic: false,
    productionCapacity: null,
    productionCapacityEn: null,
    productionCapacityZh: null,
    minimumOrder: null,
    minimumOrderEn: null,
    minimumOrderZh: null,
    packaging: null,
    packagingEn: null,
    packagingZh: null,
    shelfLife: null,
    shelfLifeEn: null,
    shelfLifeZh: null,
    standards: null,
    standardsEn: null,
    standardsZh: null,
    latitude: null,
    longitude: null,
    isDemo: true,
    productCount: 2,
    canEdit: true,
    version: 3,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-02T00:00:00.000Z",
    ...overrides,
  };
}

const editMock = (p: ReturnType<typeof producer>) => ({
  request: { query: AdminProducerEditDocument, variables: { id: "p1" } },
  result: { data: { adminProducer: p } },
});

function badInput(fields: { field: string; message: string }[]) {
  return { errors: [new GraphQLError("Invalid input", { extensions: { code: "BAD_USER_INPUT", fields } })] };
}

describe("producer form: BAD_USER_INPUT → inline field errors", () => {
  it("puts each server message beside its field, marks the field invalid, and lists it in a summary", async () => {
    renderPage(<ProducerEditPage id={null} />, {
      path: "/producers/new",
      mocks: [
        communesMock,
        {
          request: {
            query: CreateProducerDocument,
            variables: (v: { input: { name: string } }) => v.input.name === "HTX Mật ong Mẫu Sơn",
          },
          result: badInput([
            { field: "email", message: "Email không hợp lệ" },
            { field: "phone", message: "Số điện thoại phải có 10 chữ số" },
          ]),
        },
      ],
    });
    fireEvent.change(screen.getByRole("textbox", { name: "Tên chủ thể" }), {
      target: { value: "HTX Mật ong Mẫu Sơn" },
    });
    fireEvent.change(screen.getByRole("combobox", { name: "Loại hình" }), { target: { value: "COOPERATIVE" } });
    // Well-formed, so the form's own check lets it through and the server's answer is what shows.
    fireEvent.change(screen.getByRole("textbox", { name: "Email" }), { target: { value: "lienhe@mauson.example" } });
    fireEvent.click(screen.getByRole("button", { name: "Tạo mới" }));

    const email = screen.getByRole("textbox", { name: "Email" });
    await waitFor(() => expect(email.getAttribute("aria-invalid")).toBe("true"));
    const describedBy = email.getAttribute("aria-describedby")!;
    expect(document.getElementById(describedBy.split(" ")[0]!)?.textContent).toBe("Email không hợp lệ");
    const phone = screen.getByRole("textbox", { name: "Điện thoại" });
    expect(phone.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(phone.getAttribute("aria-describedby")!.split(" ")[0]!)?.textContent).toBe(
      "Số điện thoại phải có 10 chữ số",
    );
    // Fields without a problem stay clean.
    expect(screen.getByRole("textbox", { name: "Tên chủ thể" }).getAttribute("aria-invalid")).toBeNull();
    // The summary names the fields with links to them.
    const summary = screen.getAllByRole("alert").find((a) => a.textContent?.includes("Có 2 trường cần sửa"))!;
    expect(
      within(summary)
        .getAllByRole("link")
        .map((l) => l.textContent),
    ).toEqual(["Email", "Điện thoại"]);
  });

  it("clears a field's error once the user edits that field", async () => {
    renderPage(<ProducerEditPage id={null} />, {
      path: "/producers/new",
      mocks: [
        communesMock,
        {
          request: { query: CreateProducerDocument, variables: () => true },
          result: badInput([{ field: "name", message: "Tên đã tồn tại" }]),
        },
      ],
    });
    const name = screen.getByRole("textbox", { name: "Tên chủ thể" });
    fireEvent.change(name, { target: { value: "HTX Đồng Bành" } });
    fireEvent.change(screen.getByRole("combobox", { name: "Loại hình" }), { target: { value: "COOPERATIVE" } });
    fireEvent.click(screen.getByRole("button", { name: "Tạo mới" }));
    await waitFor(() => expect(name.getAttribute("aria-invalid")).toBe("true"));
    fireEvent.change(name, { target: { value: "HTX Đồng Bành 2" } });
    expect(name.getAttribute("aria-invalid")).toBeNull();
    expect(screen.queryByText("Tên đã tồn tại")).toBeNull();
  });

  it("says which required fields are empty without asking the server", async () => {
    renderPage(<ProducerEditPage id={null} />, { path: "/producers/new", mocks: [communesMock] });
    fireEvent.click(screen.getByRole("button", { name: "Tạo mới" }));
    const name = screen.getByRole("textbox", { name: "Tên chủ thể" });
    await waitFor(() => expect(name.getAttribute("aria-invalid")).toBe("true"));
    expect(screen.getByRole("combobox", { name: "Loại hình" }).getAttribute("aria-invalid")).toBe("true");
    expect(name.hasAttribute("required")).toBe(true);
  });

  it("shows a problem about a field the form does not have in an alert", async () => {
    renderPage(<ProducerEditPage id={null} />, {
      path: "/producers/new",
      mocks: [
        communesMock,
        {
          request: { query: CreateProducerDocument, variables: () => true },
          result: badInput([{ field: "slug", message: "Đường dẫn đã được dùng" }]),
        },
      ],
    });
    fireEvent.change(screen.getByRole("textbox", { name: "Tên chủ thể" }), { target: { value: "HTX X" } });
    fireEvent.change(screen.getByRole("combobox", { name: "Loại hình" }), { target: { value: "HOUSEHOLD" } });
    fireEvent.click(screen.getByRole("button", { name: "Tạo mới" }));
    await waitFor(() =>
      expect(screen.getAllByRole("alert").some((a) => a.textContent?.includes("slug: Đường dẫn đã được dùng"))).toBe(
        true,
      ),
    );
  });
});

describe("producer form: coded field errors in the staff member's language", () => {
  const describedText = (el: HTMLElement) =>
    document.getElementById(el.getAttribute("aria-describedby")!.split(" ")[0]!)?.textContent;

  it("renders a server field error by its code and params in Vietnamese on its field, not the English text", async () => {
    renderPage(<ProducerEditPage id={null} />, {
      path: "/producers/new",
      mocks: [
        communesMock,
        {
          request: { query: CreateProducerDocument, variables: () => true },
          result: {
            errors: [
              new GraphQLError("Invalid input", {
                extensions: {
                  code: "BAD_USER_INPUT",
                  fields: [
                    {
                      field: "name",
                      message: "another producer already has this name",
                      code: "producerNameTaken",
                      params: {},
                    },
                    { field: "latitude", message: "must be at most 90", code: "tooLarge", params: { max: 90 } },
                  ],
                },
              }),
            ],
          },
        },
      ],
    });
    const name = screen.getByRole("textbox", { name: "Tên chủ thể" });
    fireEvent.change(name, { target: { value: "HTX Đồng Bành" } });
    fireEvent.change(screen.getByRole("combobox", { name: "Loại hình" }), { target: { value: "COOPERATIVE" } });
    fireEvent.click(screen.getByRole("button", { name: "Tạo mới" }));
    await waitFor(() => expect(name.getAttribute("aria-invalid")).toBe("true"));
    expect(describedText(name)).toBe("Đã có chủ thể khác trùng tên.");
    expect(describedText(screen.getByRole("textbox", { name: "Vĩ độ" }))).toBe("Không được lớn hơn 90.");
    expect(screen.queryByText(/another producer/)).toBeNull();
    // The first invalid field in form order takes the focus.
    await waitFor(() => expect(document.activeElement).toBe(name));
  });

  it("checks the shared input rule before sending, with the same codes, and focuses the first invalid field", async () => {
    // No mock for the mutation: a request would fail the test with a network error.
    renderPage(<ProducerEditPage id={null} />, { path: "/producers/new", mocks: [communesMock] });
    fireEvent.change(screen.getByRole("textbox", { name: "Tên chủ thể" }), { target: { value: "HTX Mẫu Sơn" } });
    fireEvent.change(screen.getByRole("combobox", { name: "Loại hình" }), { target: { value: "COOPERATIVE" } });
    const email = screen.getByRole("textbox", { name: "Email" });
    fireEvent.change(email, { target: { value: "not-an-email" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Trang web" }), { target: { value: "mauson" } });
    fireEvent.click(screen.getByRole("button", { name: "Tạo mới" }));
    await waitFor(() => expect(email.getAttribute("aria-invalid")).toBe("true"));
    expect(describedText(email)).toBe("Địa chỉ email không hợp lệ.");
    expect(describedText(screen.getByRole("textbox", { name: "Trang web" }))).toBe(
      "Phải là địa chỉ web bắt đầu bằng http:// hoặc https://.",
    );
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "Trang web" })));
  });
});

describe("producer form: CONFLICT", () => {
  it("shows what changed meanwhile, and 'keep editing' re-saves with the new version", async () => {
    const current = { ...producer({ phone: "0205 3812 345", version: 4 }), commune: { code: CHI_LANG.code } };
    renderPage(<ProducerEditPage id="p1" />, {
      path: "/producers/p1",
      mocks: [
        communesMock,
        editMock(producer()),
        {
          request: { query: UpdateProducerDocument, variables: (v: { version: number }) => v.version === 3 },
          result: { errors: [new GraphQLError("Stale version", { extensions: { code: "CONFLICT", current } })] },
        },
        {
          // My change (email) and, for the field I did not touch, their value (phone).
          request: {
            query: UpdateProducerDocument,
            variables: (v: { version: number; input: { email: string; phone: string } }) =>
              v.version === 4 && v.input.email === "lienhe@dongbanh.vn" && v.input.phone === "0205 3812 345",
          },
          result: {
            data: { updateProducer: producer({ email: "lienhe@dongbanh.vn", phone: "0205 3812 345", version: 5 }) },
          },
        },
      ],
    });
    const email = await screen.findByRole("textbox", { name: "Email" });
    fireEvent.change(email, { target: { value: "lienhe@dongbanh.vn" } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu thay đổi" }));

    const dialog = await screen.findByRole("alertdialog", { name: "Bản ghi đã được người khác sửa" });
    const rows = within(dialog).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getByRole("rowheader").textContent)).toEqual(["Điện thoại"]);
    expect(
      within(rows[0]!)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["(trống)", "0205 3812 345"]);

    fireEvent.click(within(dialog).getByRole("button", { name: "Tiếp tục sửa" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect((screen.getByRole("textbox", { name: "Email" }) as HTMLInputElement).value).toBe("lienhe@dongbanh.vn");
    expect((screen.getByRole("textbox", { name: "Điện thoại" }) as HTMLInputElement).value).toBe("0205 3812 345");
    fireEvent.click(screen.getByRole("button", { name: "Lưu thay đổi" }));
    expect(await screen.findByText("Đã lưu.")).toBeTruthy();
    expect((screen.getByRole("textbox", { name: "Điện thoại" }) as HTMLInputElement).value).toBe("0205 3812 345");
  });

  it("'reload theirs' replaces my edits with the current record", async () => {
    const current = producer({ name: "HTX Nông nghiệp Đồng Bành", version: 4 });
    renderPage(<ProducerEditPage id="p1" />, {
      path: "/producers/p1",
      mocks: [
        communesMock,
        editMock(producer()),
        {
          request: { query: UpdateProducerDocument, variables: () => true },
          result: { errors: [new GraphQLError("Stale", { extensions: { code: "CONFLICT", current } })] },
        },
      ],
    });
    const name = await screen.findByRole("textbox", { name: "Tên chủ thể" });
    fireEvent.change(name, { target: { value: "HTX Đồng Bành Chi Lăng" } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu thay đổi" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(within(dialog).getByRole("rowheader").textContent).toContain("Tên chủ thể");
    expect(within(dialog).getByRole("rowheader").textContent).toContain("cả hai cùng sửa");
    fireEvent.click(within(dialog).getByRole("button", { name: "Tải bản hiện tại (bỏ thay đổi của tôi)" }));
    expect((screen.getByRole("textbox", { name: "Tên chủ thể" }) as HTMLInputElement).value).toBe(
      "HTX Nông nghiệp Đồng Bành",
    );
    // Nothing unsaved any more.
    expect(screen.getByRole("button", { name: "Lưu thay đổi" })).toHaveProperty("disabled", true);
  });
});

describe("commune scope: edit controls only where canEdit", () => {
  it("shows a read-only form without save or delete when canEdit is false", async () => {
    renderPage(<ProducerEditPage id="p1" />, {
      path: "/producers/p1",
      session: OFFICER,
      mocks: [communesMock, editMock(producer({ canEdit: false }))],
    });
    const name = await screen.findByRole("textbox", { name: "Tên chủ thể" });
    expect(name.closest("fieldset")?.disabled).toBe(true);
    expect(screen.queryByRole("button", { name: "Lưu thay đổi" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Xóa" })).toBeNull();
    expect(screen.getByText("Bạn chỉ có quyền xem bản ghi này.")).toBeTruthy();
  });

  it("lets the officer edit a producer of their own commune", async () => {
    renderPage(<ProducerEditPage id="p1" />, {
      path: "/producers/p1",
      session: OFFICER,
      mocks: [communesMock, editMock(producer({ canEdit: true }))],
    });
    const name = await screen.findByRole("textbox", { name: "Tên chủ thể" });
    expect(name.closest("fieldset")?.disabled).toBe(false);
    expect(screen.getByRole("button", { name: "Lưu thay đổi" })).toBeTruthy();
    // Editing, not deleting: that is an administrator's act (issue 11).
    expect(screen.queryByRole("button", { name: "Xóa" })).toBeNull();
  });

  it("an editor may edit any producer the API marks editable", async () => {
    renderPage(<ProducerEditPage id="p1" />, {
      path: "/producers/p1",
      session: EDITOR,
      mocks: [communesMock, editMock(producer())],
    });
    expect(await screen.findByRole("button", { name: "Lưu thay đổi" })).toBeTruthy();
  });
});

describe("producer page: what it offers", () => {
  it("offers Delete only to an administrator, and only for a producer without products", async () => {
    renderPage(<ProducerEditPage id="p1" />, {
      path: "/producers/p1",
      session: ADMIN,
      mocks: [communesMock, editMock(producer({ productCount: 0 }))],
    });
    expect(await screen.findByRole("button", { name: "Xóa" })).toBeTruthy();
    cleanup();

    // The server refuses to delete a producer with products: the page does not offer it.
    renderPage(<ProducerEditPage id="p1" />, {
      path: "/producers/p1",
      session: ADMIN,
      mocks: [communesMock, editMock(producer({ productCount: 2 }))],
    });
    await screen.findByRole("button", { name: "Lưu thay đổi" });
    expect(screen.queryByRole("button", { name: "Xóa" })).toBeNull();
    cleanup();

    // An editor archives; deleting is an administrator's act.
    renderPage(<ProducerEditPage id="p1" />, {
      path: "/producers/p1",
      session: EDITOR,
      mocks: [communesMock, editMock(producer({ productCount: 0 }))],
    });
    await screen.findByRole("button", { name: "Lưu thay đổi" });
    expect(screen.queryByRole("button", { name: "Xóa" })).toBeNull();
  });

  it("adds a product with this producer chosen", async () => {
    renderPage(<ProducerEditPage id="p1" />, { path: "/producers/p1", mocks: [communesMock, editMock(producer())] });
    const add = await screen.findByRole("link", { name: "Thêm sản phẩm" });
    expect(add.getAttribute("href")).toBe("/products/new?producer=p1");
  });
});

describe("producer form: contacts", () => {
  const describedText = (el: HTMLElement) =>
    document.getElementById(el.getAttribute("aria-describedby")!.split(" ")[0]!)?.textContent;

  it("sends each contact field with its own public switch, and names a wrong phone in Vietnamese", async () => {
    renderPage(<ProducerEditPage id="p1" />, {
      path: "/producers/p1",
      mocks: [
        communesMock,
        editMock(producer()),
        {
          request: {
            query: UpdateProducerDocument,
            variables: (v: { version: number; input: Record<string, unknown> }) =>
              v.version === 3 &&
              v.input.phone === "0912 345 678" &&
              v.input.phonePublic === true &&
              v.input.emailPublic === false &&
              v.input.zalo === "0912345678" &&
              v.input.zaloPublic === false &&
              v.input.minimumOrder === "100 kg",
          },
          result: {
            data: {
              updateProducer: producer({
                phone: "0912 345 678",
                phonePublic: true,
                zalo: "0912345678",
                minimumOrder: "100 kg",
                version: 4,
              }),
            },
          },
        },
      ],
    });
    const phone = await screen.findByRole("textbox", { name: "Điện thoại" });
    fireEvent.change(phone, { target: { value: "0912 345" } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu thay đổi" }));
    await waitFor(() => expect(phone.getAttribute("aria-invalid")).toBe("true"));
    expect(describedText(phone)).toMatch(/^Số điện thoại Việt Nam không hợp lệ/);

    fireEvent.change(phone, { target: { value: "0912 345 678" } });
    fireEvent.click(screen.getByRole("checkbox", { name: "Công khai: Điện thoại" }));
    fireEvent.change(screen.getByRole("textbox", { name: "Zalo" }), { target: { value: "0912345678" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Đơn hàng tối thiểu" }), { target: { value: "100 kg" } });
    // The email stays private: its switch was never turned on.
    expect((screen.getByRole("checkbox", { name: "Công khai: Email" }) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: "Lưu thay đổi" }));
    expect(await screen.findByText("Đã lưu.")).toBeTruthy();
  });
});

describe("producer form: what buyers read, in English and Chinese", () => {
  const buyers = () => screen.getByRole("region", { name: "Thông tin cho người mua" });

  it("edits each language in its tab, keeps the others, and saves them together", async () => {
    renderPage(<ProducerEditPage id="p1" />, {
      path: "/producers/p1",
      session: EDITOR,
      mocks: [
        communesMock,
        editMock(producer({ productionCapacity: "20 tấn/năm", productionCapacityZh: "每年20吨" })),
        {
          request: {
            query: UpdateProducerDocument,
            variables: (v: { version: number; input: Record<string, unknown> }) =>
              v.version === 3 &&
              v.input.productionCapacity === "20 tấn/năm" &&
              v.input.productionCapacityEn === "20 tonnes a year" &&
              v.input.productionCapacityZh === "每年20吨" &&
              v.input.minimumOrderEn === null,
          },
          result: {
            data: {
              updateProducer: producer({
                productionCapacity: "20 tấn/năm",
                productionCapacityEn: "20 tonnes a year",
                productionCapacityZh: "每年20吨",
                version: 4,
              }),
            },
          },
        },
      ],
    });
    const vi = await within(await screen.findByRole("region", { name: "Thông tin cho người mua" })).findByRole(
      "textbox",
      { name: "Năng lực sản xuất" },
    );
    expect((vi as HTMLInputElement).value).toBe("20 tấn/năm");
    // Only the Vietnamese panel shows until another language is chosen.
    expect(within(buyers()).queryByRole("textbox", { name: "Năng lực sản xuất (Tiếng Anh)" })).toBeNull();

    fireEvent.click(within(buyers()).getByRole("tab", { name: /Tiếng Anh/ }));
    const en = within(buyers()).getByRole("textbox", { name: "Năng lực sản xuất (Tiếng Anh)" });
    expect(en.getAttribute("lang")).toBe("en");
    fireEvent.change(en, { target: { value: "20 tonnes a year" } });

    fireEvent.click(within(buyers()).getByRole("tab", { name: /Tiếng Trung/ }));
    expect(
      (within(buyers()).getByRole("textbox", { name: "Năng lực sản xuất (Tiếng Trung)" }) as HTMLInputElement).value,
    ).toBe("每年20吨");

    fireEvent.click(screen.getByRole("button", { name: "Lưu thay đổi" }));
    expect(await screen.findByText("Đã lưu.")).toBeTruthy();
  });

  it("names a failing translation with its language, and brings its tab forward", async () => {
    renderPage(<ProducerEditPage id="p1" />, {
      path: "/producers/p1",
      session: EDITOR,
      // No update is mocked: a request would fail the save, and nothing may be sent.
      mocks: [communesMock, editMock(producer())],
    });
    await screen.findByRole("region", { name: "Thông tin cho người mua" });
    fireEvent.click(within(buyers()).getByRole("tab", { name: /Tiếng Trung/ }));
    fireEvent.change(within(buyers()).getByRole("textbox", { name: "Hạn sử dụng (Tiếng Trung)" }), {
      target: { value: "保".repeat(201) },
    });
    fireEvent.click(within(buyers()).getByRole("tab", { name: /Tiếng Việt/ }));
    fireEvent.click(screen.getByRole("button", { name: "Lưu thay đổi" }));

    const zh = await within(buyers()).findByRole("textbox", { name: "Hạn sử dụng (Tiếng Trung)" });
    expect(zh.getAttribute("aria-invalid")).toBe("true");
    expect(
      within(buyers())
        .getByRole("tab", { name: /Tiếng Trung/ })
        .getAttribute("aria-selected"),
    ).toBe("true");
    expect(within(buyers()).getByRole("tab", { name: /Tiếng Trung/ }).textContent).toContain("(có lỗi)");
    const summary = screen.getAllByRole("alert").find((a) => a.textContent?.includes("Có 1 trường cần sửa"))!;
    expect(
      within(summary)
        .getAllByRole("link")
        .map((l) => l.textContent),
    ).toEqual(["Hạn sử dụng (Tiếng Trung)"]);
    expect(screen.queryByText("Đã lưu.")).toBeNull();
  });
});
