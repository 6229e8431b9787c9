import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderPage } from "../../test/render";
import { ProductEditPage } from "./ProductEditPage";

afterEach(cleanup);

const describedText = (el: HTMLElement) =>
  document.getElementById(el.getAttribute("aria-describedby")!.split(" ")[0]!)?.textContent;

describe("product form: the API's input rule, checked before sending", () => {
  it("refuses a highest price below the lowest with the server's code, worded in Vietnamese on its field", async () => {
    // No mock for the mutation: a request would fail the test with a network error.
    renderPage(<ProductEditPage id={null} />, { path: "/products/new" });
    fireEvent.change(screen.getByRole("textbox", { name: "Tên (Tiếng Việt)" }), { target: { value: "Mật ong" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Giá thấp nhất (đồng)" }), { target: { value: "200.000" } });
    const priceMax = screen.getByRole("textbox", { name: "Giá cao nhất (đồng)" });
    fireEvent.change(priceMax, { target: { value: "150.000" } });
    fireEvent.click(screen.getByRole("button", { name: "Tạo mới" }));
    await waitFor(() => expect(priceMax.getAttribute("aria-invalid")).toBe("true"));
    expect(describedText(priceMax)).toBe("Không được thấp hơn giá thấp nhất.");
    // The lowest price is fine; the empty required choices are named.
    expect(screen.getByRole("textbox", { name: "Giá thấp nhất (đồng)" }).getAttribute("aria-invalid")).toBeNull();
    expect(describedText(screen.getByRole("combobox", { name: /Chủ thể/ }))).toBe("Trường này là bắt buộc.");
  });
});
