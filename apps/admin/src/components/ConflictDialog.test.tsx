import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { I18nProvider } from "../i18n/i18n";
import { ConflictDialog } from "./ConflictDialog";

afterEach(cleanup);

const labels = { nameVi: "Tên (Tiếng Việt)", unit: "Đơn vị tính", featured: "Sản phẩm nổi bật" };

function renderDialog(onReloadTheirs = vi.fn(), onKeepEditing = vi.fn()) {
  render(
    <I18nProvider initialLang="vi">
      <ConflictDialog
        diff={[
          { field: "unit", mine: "gói", theirs: "hộp", bothChanged: false },
          { field: "nameVi", mine: "Miến dong Bình Liêu", theirs: "", bothChanged: true },
          { field: "featured", mine: false, theirs: true, bothChanged: false },
        ]}
        labels={labels}
        onReloadTheirs={onReloadTheirs}
        onKeepEditing={onKeepEditing}
      />
    </I18nProvider>,
  );
  return { onReloadTheirs, onKeepEditing };
}

describe("conflict dialog", () => {
  it("shows, field by field, my value next to the current one", () => {
    renderDialog();
    const dialog = screen.getByRole("alertdialog", { name: "Bản ghi đã được người khác sửa" });
    const rows = within(dialog).getAllByRole("row").slice(1);
    const cells = rows.map((r) =>
      within(r)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    );
    const heads = rows.map((r) => within(r).getByRole("rowheader").textContent);
    expect(heads).toEqual(["Đơn vị tính", "Tên (Tiếng Việt)cả hai cùng sửa", "Sản phẩm nổi bật"]);
    expect(cells).toEqual([
      ["gói", "hộp"],
      ["Miến dong Bình Liêu", "(trống)"],
      ["Không", "Có"],
    ]);
  });

  it("offers 'reload theirs' and 'keep editing'", () => {
    const { onReloadTheirs, onKeepEditing } = renderDialog();
    fireEvent.click(screen.getByRole("button", { name: "Tải bản hiện tại (bỏ thay đổi của tôi)" }));
    expect(onReloadTheirs).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole("button", { name: "Tiếp tục sửa" }));
    expect(onKeepEditing).toHaveBeenCalledOnce();
  });

  it("puts focus inside the dialog and closes on Escape as 'keep editing'", () => {
    const { onKeepEditing, onReloadTheirs } = renderDialog();
    expect(screen.getByRole("alertdialog").contains(document.activeElement)).toBe(true);
    fireEvent.keyDown(document, { key: "Escape" });
    expect(onKeepEditing).toHaveBeenCalledOnce();
    expect(onReloadTheirs).not.toHaveBeenCalled();
  });
});
