import { MockedProvider, type MockedProviderProps } from "@apollo/client/testing/react";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { SendConnectionRequestDocument } from "@ocop/schema/public";
import { GraphQLError } from "graphql";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { LanguageProvider, loadLanguage } from "../../i18n/i18n";
import { formatLocalTime } from "../../lib/format";
import { ConnectionForm, type RequestReceiver } from "./ConnectionForm";

const input = {
  productSlugs: ["na-chi-lang"],
  requesterKind: "DISTRIBUTOR",
  name: "Lê Văn An",
  message: "x",
  organisation: null,
  email: "not-an-email",
  phone: null,
  website: null,
};

/**
 * Matches the form's variables: `input` as typed, plus the moment the form was opened (a time
 * before the send, not fixed in advance).
 */
const variables = (expected: Record<string, unknown> = input) =>
  ((v: { input: Record<string, unknown> }) => {
    const { startedAt, ...rest } = v.input;
    return (
      typeof startedAt === "string" &&
      Date.parse(startedAt) <= Date.now() &&
      JSON.stringify(rest, Object.keys(rest).sort()) === JSON.stringify(expected, Object.keys(expected).sort())
    );
  }) as never;

function renderForm(result: MockedProviderProps["mocks"], receiver?: RequestReceiver) {
  return render(
    <LanguageProvider lang="vi">
      <MockedProvider mocks={result}>
        <ConnectionForm
          products={[{ slug: "na-chi-lang", name: "Na Chi Lăng", producerName: "HTX Đồng Bành" }]}
          receiver={receiver}
        />
      </MockedProvider>
    </LanguageProvider>,
  );
}

function fillAndSend() {
  fireEvent.click(screen.getByRole("radio", { name: "Nhà phân phối" }));
  fireEvent.change(screen.getByRole("textbox", { name: "Họ và tên" }), { target: { value: "  Lê Văn An " } });
  fireEvent.change(screen.getByRole("textbox", { name: "Email" }), { target: { value: "not-an-email" } });
  fireEvent.change(screen.getByRole("textbox", { name: "Nội dung" }), { target: { value: "x" } });
  fireEvent.click(screen.getByRole("button", { name: "Gửi yêu cầu" }));
}

beforeAll(() => loadLanguage("vi"));
afterEach(cleanup);

describe("connection request form", () => {
  it("says what happens next before anything is sent: which office receives it", () => {
    renderForm([], {
      officeName: "Văn phòng điều phối OCOP tỉnh Lạng Sơn",
      province: { code: "20", name: "Lạng Sơn" },
    });
    expect(screen.getByText(/gửi tới Văn phòng điều phối OCOP tỉnh Lạng Sơn\./)).toBeTruthy();
    expect(screen.getByText(/chuyển tới HTX Đồng Bành/)).toBeTruthy();
  });

  it("names the office by the product's province when the office has no name, and no province when none is known", () => {
    renderForm([], { officeName: null, province: { code: "12", name: "Lai Châu", fullName: "Tỉnh Lai Châu" } });
    expect(screen.getByText(/gửi tới văn phòng OCOP tỉnh Lai Châu\./)).toBeTruthy();
    cleanup();
    renderForm([]);
    expect(screen.getByText(/gửi tới văn phòng OCOP của tỉnh có sản phẩm\./)).toBeTruthy();
    expect(screen.queryByText(/Lạng Sơn/)).toBeNull();
  });

  it("shows each BAD_USER_INPUT field error beside its field", async () => {
    renderForm([
      {
        request: { query: SendConnectionRequestDocument, variables: variables() },
        result: {
          errors: [
            new GraphQLError("Argument Validation Error", {
              extensions: {
                code: "BAD_USER_INPUT",
                fields: [
                  { field: "email", message: "Email không hợp lệ" },
                  { field: "message", message: "Nội dung cần ít nhất 10 ký tự" },
                  { field: "productSlug", message: "Sản phẩm không tồn tại" },
                ],
              },
            }),
          ],
        },
      },
    ]);
    fillAndSend();

    const email = screen.getByRole("textbox", { name: "Email" });
    await waitFor(() => expect(email.getAttribute("aria-invalid")).toBe("true"));
    // the message is announced with the field (aria-describedby) and shown in its wrapper
    const describedBy = (email.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent ?? "");
    expect(describedBy.join(" ")).toContain("Email không hợp lệ");
    expect(email.closest(".field")?.textContent).toContain("Email không hợp lệ");

    const message = screen.getByRole("textbox", { name: "Nội dung" });
    expect(message.getAttribute("aria-invalid")).toBe("true");
    expect(message.closest(".field")?.textContent).toContain("Nội dung cần ít nhất 10 ký tự");

    // fields without an error stay clean; an error for a field the form lacks goes in the summary
    const name = screen.getByRole("textbox", { name: "Họ và tên" });
    expect(name.getAttribute("aria-invalid")).toBeNull();
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("Vui lòng kiểm tra lại");
    expect(alert.textContent).toContain("Sản phẩm không tồn tại");
    // focus goes to the first invalid field (moved by an effect after the render that marked it)
    await waitFor(() => expect(document.activeElement).toBe(email));
    // what was typed is kept
    expect((name as HTMLInputElement).value).toBe("  Lê Văn An ");
  });

  it("tells the visitor to wait when throttled", async () => {
    renderForm([
      {
        request: { query: SendConnectionRequestDocument, variables: variables() },
        result: { errors: [new GraphQLError("Too many requests", { extensions: { code: "TOO_MANY_REQUESTS" } })] },
      },
    ]);
    fillAndSend();
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("quá nhiều yêu cầu"));
  });

  it("reports a network failure without blaming the fields", async () => {
    renderForm([
      {
        request: { query: SendConnectionRequestDocument, variables: variables() },
        error: new Error("Failed to fetch"),
      },
    ]);
    fillAndSend();
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("chưa kết nối được máy chủ"));
    expect(screen.getByRole("textbox", { name: "Email" }).getAttribute("aria-invalid")).toBeNull();
  });

  it("replaces the form with the receipt on success", async () => {
    renderForm([
      {
        request: { query: SendConnectionRequestDocument, variables: variables() },
        result: {
          data: {
            sendConnectionRequest: {
              __typename: "ConnectionRequestReceipt",
              id: "42",
              createdAt: "2026-11-25T08:00:00Z",
              trackingToken: "tok-123",
              products: [
                {
                  __typename: "ConnectionRequestProduct",
                  slug: "na-chi-lang",
                  name: "Na Chi Lăng",
                  producerName: "HTX Đồng Bành",
                },
              ],
            },
          },
        },
      },
    ]);
    fillAndSend();
    await waitFor(() => expect(screen.getByRole("heading", { name: "Đã gửi yêu cầu" })).toBeTruthy());
    expect(screen.getByText("Mã yêu cầu: 42")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Gửi yêu cầu" })).toBeNull();
    // the private tracking link, written out in full so it can be copied and kept
    const link = screen.getByRole("link", { name: `${location.origin}/yeu-cau/tok-123` });
    expect(link.getAttribute("href")).toBe("/yeu-cau/tok-123");
  });

  it("keeps its bot trap out of sight, out of the tab order and away from screen readers", () => {
    renderForm([]);
    const trap = document.querySelector<HTMLInputElement>('input[name="website"]')!;
    expect(trap.tabIndex).toBe(-1);
    expect(trap.getAttribute("autocomplete")).toBe("off");
    expect(trap.closest("[aria-hidden='true']")).not.toBeNull();
    expect(screen.queryByRole("textbox", { name: /Trang web/ })).toBeNull();
  });

  it("says at what time the visitor may send again when a limit is hit", async () => {
    const retryAt = new Date(Date.now() + 45 * 60_000).toISOString();
    renderForm([
      {
        request: { query: SendConnectionRequestDocument, variables: variables() },
        result: {
          errors: [
            new GraphQLError("Too many requests", {
              extensions: { code: "TOO_MANY_REQUESTS", reason: "LIMIT", retryAt, retryAfterSeconds: 2700 },
            }),
          ],
        },
      },
    ]);
    fillAndSend();
    await waitFor(() =>
      expect(screen.getByRole("alert").textContent).toContain(
        `Bạn có thể gửi lại lúc ${formatLocalTime(retryAt, "vi")}`,
      ),
    );
  });

  it("asks about several products of several producers in one request", async () => {
    render(
      <LanguageProvider lang="vi">
        <MockedProvider
          mocks={[
            {
              request: {
                query: SendConnectionRequestDocument,
                variables: variables({ ...input, productSlugs: ["na-chi-lang", "hoi-van-quan"] }),
              },
              result: {
                errors: [new GraphQLError("Too many requests", { extensions: { code: "TOO_MANY_REQUESTS" } })],
              },
            },
          ]}
        >
          <ConnectionForm
            products={[
              { slug: "na-chi-lang", name: "Na Chi Lăng", producerName: "HTX Đồng Bành" },
              { slug: "hoi-van-quan", name: "Hồi Văn Quan", producerName: "HTX Hồi Văn Quan" },
            ]}
          />
        </MockedProvider>
      </LanguageProvider>,
    );
    expect(screen.getByText(/chuyển tới HTX Đồng Bành và HTX Hồi Văn Quan/)).toBeTruthy();
    fillAndSend();
    // the mock answers only the variables with both products
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("quá nhiều yêu cầu"));
  });
});
