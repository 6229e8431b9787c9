import { AddCertificationDecisionDocument } from "@ocop/schema/admin";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderPage } from "../../test/render";
import { DecisionDialog } from "./DecisionDialog";

afterEach(cleanup);

const products = [
  { id: "1", nameVi: "Na Chi Lăng", stars: 3 },
  { id: "2", nameVi: "Hồi Văn Quan", stars: null },
];

describe("one decision for the selected products", () => {
  it("checks each product's stars and score before sending, then sends the decision once with every product", async () => {
    const onClose = vi.fn();
    renderPage(<DecisionDialog products={products} onClose={onClose} />, {
      mocks: [
        {
          request: {
            query: AddCertificationDecisionDocument,
            variables: {
              input: {
                decisionNumber: "2865/QĐ-UBND",
                decisionDate: "2025-12-31",
                decisionDatePrecision: "DAY",
                level: "PROVINCE",
                legalBasis: null,
                issuer: "UBND tỉnh Lạng Sơn",
                items: [
                  { productId: "1", stars: 4, score: 78 },
                  { productId: "2", stars: 3, score: null },
                ],
              },
            },
          },
          result: {
            data: {
              addCertificationDecision: [
                { __typename: "Certification", id: "c1", stars: 4, status: "VALID" },
                { __typename: "Certification", id: "c2", stars: 3, status: "VALID" },
              ],
            },
          },
        },
      ],
    });
    const dialog = screen.getByRole("dialog", { name: "Một quyết định cho các sản phẩm đã chọn" });
    fireEvent.change(within(dialog).getByRole("textbox", { name: /Số quyết định/ }), {
      target: { value: "2865/QĐ-UBND" },
    });
    fireEvent.change(within(dialog).getByLabelText(/Ngày quyết định/), { target: { value: "2025-12-31" } });
    fireEvent.change(within(dialog).getByRole("textbox", { name: "Cơ quan ban hành" }), {
      target: { value: "UBND tỉnh Lạng Sơn" },
    });
    // A product without stars yet starts at 3; a score outside its band is refused on its row.
    expect((within(dialog).getByRole("combobox", { name: "Số sao của Hồi Văn Quan" }) as HTMLSelectElement).value).toBe(
      "3",
    );
    fireEvent.change(within(dialog).getByRole("combobox", { name: "Số sao của Na Chi Lăng" }), {
      target: { value: "4" },
    });
    const score = within(dialog).getByRole("textbox", { name: "Điểm của Na Chi Lăng" });
    fireEvent.change(score, { target: { value: "65" } });
    const submit = within(dialog).getByRole("button", { name: "Thêm chứng nhận cho 2 sản phẩm" });
    fireEvent.click(submit);
    await waitFor(() => expect(score.getAttribute("aria-invalid")).toBe("true"));
    expect(within(dialog).getByText("4 sao cần 70–89 điểm.")).toBeTruthy();

    fireEvent.change(score, { target: { value: "78" } });
    fireEvent.click(submit);
    expect(await screen.findByText("Đã thêm chứng nhận cho 2 sản phẩm.")).toBeTruthy();
    await waitFor(() => expect(onClose).toHaveBeenCalledWith(true));
  });
});
