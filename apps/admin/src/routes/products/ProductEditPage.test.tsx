import { CategoriesDocument, ProducerPickerChosenDocument, ProducerPickerDocument } from "@ocop/schema/admin";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { CHI_LANG, OFFICER, renderPage } from "../../test/render";
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

describe("product form: the producer", () => {
  const chosen = { __typename: "Producer", id: "p7", name: "HTX Đồng Bành", commune: CHI_LANG };

  it("comes chosen, by name, from the producer's page", async () => {
    renderPage(<ProductEditPage id={null} />, {
      path: "/products/new?producer=p7",
      mocks: [
        {
          request: { query: ProducerPickerDocument, variables: () => true },
          result: { data: { adminProducers: { __typename: "ProducerConnection", edges: [] } } },
          maxUsageCount: 5,
        },
        {
          request: { query: ProducerPickerChosenDocument, variables: { id: "p7" } },
          result: { data: { adminProducer: chosen } },
        },
      ],
    });
    const select = screen.getByRole("combobox", { name: /Chủ thể/ }) as HTMLSelectElement;
    expect(select.value).toBe("p7");
    await waitFor(() => expect(select.selectedOptions[0]?.textContent).toBe("HTX Đồng Bành · Xã Chi Lăng"));
  });

  it("is looked for only in a commune officer's own unit", async () => {
    const asked: unknown[] = [];
    renderPage(<ProductEditPage id={null} />, {
      path: "/products/new",
      session: OFFICER,
      mocks: [
        {
          request: {
            query: ProducerPickerDocument,
            variables: (v: Record<string, unknown>) => {
              asked.push(v);
              return true;
            },
          },
          result: { data: { adminProducers: { __typename: "ProducerConnection", edges: [] } } },
          maxUsageCount: 5,
        },
      ],
    });
    await waitFor(() => expect(asked.length).toBeGreaterThan(0));
    expect(asked.every((v) => (v as { communeCode?: string }).communeCode === CHI_LANG.code)).toBe(true);
  });
});

describe("product form: a tourism product is a place", () => {
  const DV = "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch";
  const categories = [
    { __typename: "Category", code: "TP", name: "Thực phẩm", parent: null, children: [] },
    {
      __typename: "Category",
      code: "DV",
      name: DV,
      parent: null,
      children: [{ __typename: "Category", code: "DV-1", name: DV }],
    },
    { __typename: "Category", code: "DV-1", name: DV, parent: { __typename: "Category", code: "DV" }, children: [] },
  ];

  it("asks for its address and its opening hours in three languages instead of a price", async () => {
    renderPage(<ProductEditPage id={null} />, {
      path: "/products/new",
      mocks: [{ request: { query: CategoriesDocument }, result: { data: { categories } } }],
    });
    const category = screen.getByRole("combobox", { name: /Nhóm/ }) as HTMLSelectElement;
    await waitFor(() => expect(category.querySelector('option[value="DV-1"]')).not.toBeNull());
    expect(screen.queryByRole("textbox", { name: "Địa chỉ điểm đến" })).toBeNull();
    expect(screen.getByRole("textbox", { name: "Giá thấp nhất (đồng)" })).toBeTruthy();

    fireEvent.change(category, { target: { value: "DV-1" } });
    expect(await screen.findByRole("textbox", { name: "Địa chỉ điểm đến" })).toBeTruthy();
    expect(screen.queryByRole("textbox", { name: "Giá thấp nhất (đồng)" })).toBeNull();
    const visiting = screen.getByRole("region", { name: "Thông tin tham quan" });
    // Every language's field stays mounted; the others' tabs are only hidden.
    expect(
      within(visiting)
        .getAllByRole("textbox", { hidden: true })
        .map((box) => box.getAttribute("lang")),
    ).toEqual(["vi", "en", "zh"]);
    expect(within(visiting).getByRole("textbox", { name: "Giờ mở cửa (Tiếng Anh)", hidden: true })).toBeTruthy();
  });
});
