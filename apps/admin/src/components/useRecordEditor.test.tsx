import {
  AdminDistributorEditDocument,
  CreateDistributorDocument,
  DeleteDistributorDocument,
  UpdateDistributorDocument,
} from "@ocop/schema/admin";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { GraphQLError } from "graphql";
import { afterEach, describe, expect, it } from "vitest";
import { distributorRecord } from "../routes/distributors/distributorForm";
import { renderPage } from "../test/render";
import { SelectField, TextField } from "./fields";
import { RecordEditorFrame } from "./RecordEditorFrame";
import { useRecordEditor } from "./useRecordEditor";

afterEach(cleanup);

const labels = {
  nameVi: "Tên",
  nameEn: "Tên (EN)",
  nameZh: "Tên (ZH)",
  kind: "Loại",
  descriptionVi: "Mô tả",
  descriptionEn: "Mô tả (EN)",
  descriptionZh: "Mô tả (ZH)",
  internalNote: "Ghi chú nội bộ",
  website: "Trang web",
  verified: "Đã xác minh",
  contactPerson: "Người liên hệ",
  contactPersonPublic: "Công khai: Người liên hệ",
  phone: "Điện thoại",
  phonePublic: "Công khai: Điện thoại",
  zalo: "Zalo",
  zaloPublic: "Công khai: Zalo",
  email: "Email",
  emailPublic: "Công khai: Email",
  websitePublic: "Công khai: Trang web",
  address: "Địa chỉ",
  addressPublic: "Công khai: Địa chỉ",
};

/** The smallest page on the record editor: two fields of a distributor. */
function Editor({ id }: { id: string | null }) {
  const editor = useRecordEditor({
    ...distributorRecord,
    id,
    confirmDelete: (d) => ({ title: "Xóa?", message: `Xóa ${d.nameVi}?` }),
  });
  const { form } = editor;
  return (
    <RecordEditorFrame
      editor={editor}
      listTitle="Nhà phân phối"
      title={editor.record?.nameVi ?? "Mới"}
      formLabel="Nhà phân phối"
      labels={labels}
    >
      <TextField label={labels.nameVi} {...form.text("nameVi")} />
      <SelectField
        label={labels.kind}
        {...form.text("kind")}
        options={[
          { value: "DISTRIBUTOR", label: "Nhà phân phối" },
          { value: "ECOMMERCE", label: "Sàn" },
        ]}
        placeholder="–"
      />
      <TextField label={labels.website} {...form.text("website")} />
    </RecordEditorFrame>
  );
}

function distributor(overrides: Record<string, unknown> = {}) {
  return {
    __typename: "Distributor",
    id: "d1",
    slug: "lang-son-xanh",
    nameVi: "Lạng Sơn Xanh",
    nameEn: null,
    nameZh: null,
    kind: "DISTRIBUTOR",
    descriptionVi: null,
    descriptionEn: null,
    descriptionZh: null,
    internalNote: null,
    contactPerson: null,
    contactPersonPublic: false,
    phone: null,
    phonePublic: false,
    zalo: null,
    zaloPublic: false,
    email: null,
    emailPublic: false,
    website: null,
    websitePublic: true,
    address: null,
    addressPublic: false,
    verified: false,
    isDemo: false,
    version: 3,
    links: [],
    ...overrides,
  };
}

const loadMock = {
  request: { query: AdminDistributorEditDocument, variables: { id: "d1" } },
  result: { data: { adminDistributor: distributor() } },
};

describe("useRecordEditor", () => {
  it("creates the record from the form's input, says so, and opens the new record's page", async () => {
    const { location } = renderPage(<Editor id={null} />, {
      path: "/distributors/new",
      mocks: [
        {
          request: {
            query: CreateDistributorDocument,
            variables: (v: { input: { nameVi: string; kind: string; website: string | null } }) =>
              v.input.nameVi === "Chợ Phiên" && v.input.kind === "ECOMMERCE" && v.input.website === null,
          },
          result: {
            data: {
              createDistributor: distributor({ id: "d9", nameVi: "Chợ Phiên", kind: "ECOMMERCE", version: 1 }),
            },
          },
        },
      ],
    });
    expect(screen.queryByRole("button", { name: "Xóa" })).toBeNull();
    fireEvent.change(screen.getByRole("textbox", { name: "Tên" }), { target: { value: " Chợ Phiên " } });
    fireEvent.change(screen.getByRole("combobox", { name: "Loại" }), { target: { value: "ECOMMERCE" } });
    fireEvent.click(screen.getByRole("button", { name: "Tạo mới" }));
    expect(await screen.findByText("Đã lưu.")).toBeTruthy();
    await waitFor(() => expect(location.history.at(-1)).toBe("/distributors/d9"));
  });

  it("updates with the loaded version; after a CONFLICT, 'keep editing' re-saves mine over the new version", async () => {
    const current = distributor({ website: "https://lsx.example", version: 4 });
    renderPage(<Editor id="d1" />, {
      path: "/distributors/d1",
      mocks: [
        loadMock,
        {
          request: { query: UpdateDistributorDocument, variables: (v: { version: number }) => v.version === 3 },
          result: { errors: [new GraphQLError("Stale version", { extensions: { code: "CONFLICT", current } })] },
        },
        {
          request: {
            query: UpdateDistributorDocument,
            variables: (v: { id: string; version: number; input: { nameVi: string; website: string | null } }) =>
              v.id === "d1" &&
              v.version === 4 &&
              v.input.nameVi === "Lạng Sơn Xanh Sạch" &&
              v.input.website === "https://lsx.example",
          },
          result: {
            data: {
              updateDistributor: distributor({
                nameVi: "Lạng Sơn Xanh Sạch",
                website: "https://lsx.example",
                version: 5,
              }),
            },
          },
        },
      ],
    });
    const name = await screen.findByRole("textbox", { name: "Tên" });
    const save = screen.getByRole("button", { name: "Lưu thay đổi" });
    // Nothing to save until something changes.
    expect(save).toHaveProperty("disabled", true);
    fireEvent.change(name, { target: { value: "Lạng Sơn Xanh Sạch" } });
    fireEvent.click(save);

    const dialog = await screen.findByRole("alertdialog", { name: "Bản ghi đã được người khác sửa" });
    expect(within(dialog).getByRole("rowheader").textContent).toBe("Trang web");
    fireEvent.click(within(dialog).getByRole("button", { name: "Tiếp tục sửa" }));
    expect((screen.getByRole("textbox", { name: "Trang web" }) as HTMLInputElement).value).toBe("https://lsx.example");
    fireEvent.click(screen.getByRole("button", { name: "Lưu thay đổi" }));
    expect(await screen.findByText("Đã lưu.")).toBeTruthy();
    // Saved: the answer is the new base, nothing is unsaved.
    await waitFor(() => expect(screen.getByRole("button", { name: "Lưu thay đổi" })).toHaveProperty("disabled", true));
    expect((screen.getByRole("textbox", { name: "Tên" }) as HTMLInputElement).value).toBe("Lạng Sơn Xanh Sạch");
  });

  it("deletes only after the confirmation, with the form's version, then goes back to the list", async () => {
    const { location } = renderPage(<Editor id="d1" />, {
      path: "/distributors/d1",
      mocks: [
        loadMock,
        {
          request: { query: DeleteDistributorDocument, variables: { id: "d1", version: 3 } },
          result: { data: { deleteDistributor: true } },
        },
      ],
    });
    fireEvent.click(await screen.findByRole("button", { name: "Xóa" }));
    let confirm = await screen.findByRole("alertdialog", { name: "Xóa?" });
    expect(confirm.textContent).toContain("Xóa Lạng Sơn Xanh?");
    // Cancelling sends nothing (an unmatched request would fail the test) and stays.
    fireEvent.click(within(confirm).getByRole("button", { name: "Hủy" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(location.history.at(-1)).toBe("/distributors/d1");

    fireEvent.click(screen.getByRole("button", { name: "Xóa" }));
    confirm = await screen.findByRole("alertdialog", { name: "Xóa?" });
    fireEvent.click(within(confirm).getByRole("button", { name: "Xóa" }));
    expect(await screen.findByText("Đã xóa.")).toBeTruthy();
    await waitFor(() => expect(location.history.at(-1)).toBe("/distributors"));
  });

  it("says a record that does not exist is not found, with no form", async () => {
    renderPage(<Editor id="d404" />, {
      path: "/distributors/d404",
      mocks: [
        {
          request: { query: AdminDistributorEditDocument, variables: { id: "d404" } },
          result: { data: { adminDistributor: null } },
        },
      ],
    });
    expect(await screen.findByText("Không tìm thấy bản ghi này. Có thể nó đã bị xóa.")).toBeTruthy();
    expect(screen.queryByRole("form")).toBeNull();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Nhà phân phối");
  });
});
