import { ProductPickerDocument, type TableFieldsFragment } from "@ocop/schema/admin";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ADMIN, CHI_LANG, communesMock, renderPage } from "../../test/render";
import { TableBoard } from "./TableBoard";

afterEach(cleanup);

function product(id: string, nameVi: string): TableFieldsFragment["products"][number] {
  return {
    __typename: "AdminProduct",
    id,
    slug: id,
    nameVi,
    stars: 4,
    status: "PUBLISHED",
    producer: { __typename: "Producer", id: `producer-${id}`, name: "HTX Đồng Bành", commune: CHI_LANG },
  } as TableFieldsFragment["products"][number];
}

function table(id: string, n: number, products: TableFieldsFragment["products"]): TableFieldsFragment {
  return {
    __typename: "ShowcaseTable",
    id,
    number: n,
    label: null,
    labelEn: null,
    labelZh: null,
    note: null,
    internalNote: null,
    version: 1,
    commune: null,
    products,
  } as TableFieldsFragment;
}

const tables = [table("t1", 1, [product("a", "Na Chi Lăng"), product("b", "Hồng Vành khuyên")]), table("t2", 2, [])];

function renderBoard() {
  return renderPage(<TableBoard eventId="e1" tables={tables} onChanged={async () => {}} />, {
    session: ADMIN,
    mocks: [
      communesMock,
      {
        request: { query: ProductPickerDocument, variables: () => true },
        result: { data: { adminProducts: { __typename: "ProductConnection", totalCount: 0, edges: [] } } },
        maxUsageCount: 10,
      },
    ],
  });
}

/** @dnd-kit's own live region (assertive), not the board's polite one. */
const dragAnnouncement = () => document.querySelector('[role="status"][aria-live="assertive"]')?.textContent ?? "";

describe("the event board's drag and drop", () => {
  it("gives every card a grip that tells, in the staff member's language, how to drag it with the keyboard", () => {
    renderBoard();
    const grip = screen.getByRole("button", { name: "Kéo Na Chi Lăng" });
    expect(grip.getAttribute("aria-roledescription")).toBe("sản phẩm kéo thả được");
    const instructions = document.getElementById(grip.getAttribute("aria-describedby") ?? "");
    expect(instructions?.textContent).toMatch(/^Nhấn phím cách hoặc Enter để nhấc sản phẩm\./);
    // The card's own controls are still there for those who do not drag.
    const card = grip.closest("li")!;
    expect(within(card).getByRole("button", { name: "Đưa Na Chi Lăng xuống" })).toBeTruthy();
    expect(within(card).getByLabelText("Chuyển Na Chi Lăng sang bàn")).toBeTruthy();
  });

  it("announces a keyboard pick-up and its cancellation in Vietnamese, and leaves the tables as they were", async () => {
    renderBoard();
    const grip = screen.getByRole("button", { name: "Kéo Hồng Vành khuyên" });
    grip.focus();
    fireEvent.keyDown(grip, { code: "Space", key: " " });
    await waitFor(() => expect(dragAnnouncement()).toMatch(/^Đã nhấc Hồng Vành khuyên\.|Hồng Vành khuyên đang ở trên/));
    fireEvent.keyDown(grip, { code: "Escape", key: "Escape" });
    await waitFor(() => expect(dragAnnouncement()).toBe("Đã hủy kéo. Hồng Vành khuyên vẫn ở chỗ cũ."));
    expect(screen.queryByRole("region", { name: "Sắp xếp chưa lưu" })).toBeNull();
    const cards = within(screen.getByRole("list", { name: "Các bàn" })).getAllByRole("button", { name: /^Kéo / });
    expect(cards.map((c) => c.getAttribute("aria-label"))).toEqual(["Kéo Na Chi Lăng", "Kéo Hồng Vành khuyên"]);
  });
});
