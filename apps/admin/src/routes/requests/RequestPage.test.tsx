import {
  ConnectionRequestDocument,
  ConnectionRequestDraftsDocument,
  ForwardToProducerDocument,
} from "@ocop/schema/admin";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { OFFICER, renderPage } from "../../test/render";
import { RequestPage } from "./RequestPage";

afterEach(cleanup);

const item = (n: number, inScope: boolean) => ({
  __typename: "ConnectionRequestItem",
  productId: `p-${n}`,
  productSlug: `product-${n}`,
  productName: `Sản phẩm ${n}`,
  producerId: `pr-${n}`,
  producerName: `HTX ${n}`,
  communeCode: inScope ? "06463" : "06187",
  inScope,
});

const request = (events: unknown[] = [], version = 3) => ({
  __typename: "ConnectionRequest",
  id: "r-1",
  version,
  requesterKind: "DISTRIBUTOR",
  name: "Lê Văn An",
  organisation: "Siêu thị Xanh",
  email: "an@example.vn",
  phone: null,
  message: "Cần 200 kg mỗi tháng.",
  language: "en",
  status: "NEW",
  outcome: null,
  createdAt: "2026-12-01T03:00:00.000Z",
  updatedAt: "2026-12-01T03:00:00.000Z",
  assignee: null,
  items: [item(1, true), item(2, false)],
  events,
});

const forwardEvent = {
  __typename: "ConnectionRequestEvent",
  id: "e-2",
  kind: "FORWARD",
  createdAt: "2026-12-01T04:00:00.000Z",
  staff: { __typename: "ConnectionRequestStaff", id: "u-1", displayName: "Cán bộ Chi Lăng" },
  assignee: null,
  status: null,
  outcome: null,
  text: "Kính gửi HTX 1 (đã sửa)",
  subject: "Yêu cầu kết nối (đã sửa)",
  mailTo: "htx1@example.vn",
  producerName: "HTX 1",
};

const requestMock = {
  request: { query: ConnectionRequestDocument, variables: { id: "r-1" } },
  result: {
    data: {
      connectionRequest: request(),
      connectionRequestAssignees: [{ __typename: "ConnectionRequestStaff", id: "u-1", displayName: "Cán bộ Chi Lăng" }],
    },
  },
  maxUsageCount: 5,
};

const draftsMock = {
  request: { query: ConnectionRequestDraftsDocument, variables: { id: "r-1" } },
  result: {
    data: {
      connectionRequestDrafts: {
        __typename: "ConnectionRequestDrafts",
        reply: {
          __typename: "ConnectionRequestMailDraft",
          subject: "Your request",
          body: "Dear Lê Văn An",
          to: "an@example.vn",
          language: "en",
        },
        forwards: [
          {
            __typename: "ConnectionRequestForwardDraft",
            producerId: "pr-1",
            producerName: "HTX 1",
            subject: "Yêu cầu kết nối",
            body: "Kính gửi HTX 1",
            to: "htx1@example.vn",
            language: "vi",
          },
        ],
      },
    },
  },
};

describe("a request's page for a commune officer", () => {
  it("links only its own unit's product and producer, and forwards only to them", async () => {
    renderPage(<RequestPage id="r-1" />, { session: OFFICER, path: "/requests/r-1", mocks: [requestMock] });
    await screen.findByRole("heading", { level: 1, name: "Yêu cầu của Lê Văn An" });
    const products = screen.getByRole("table", { name: "Sản phẩm" });
    expect(within(products).getByRole("link", { name: "Sản phẩm 1" }).getAttribute("href")).toBe("/products/p-1");
    expect(within(products).queryByRole("link", { name: "Sản phẩm 2" })).toBeNull();
    expect(within(products).getByText(/ngoài địa bàn của bạn/)).toBeTruthy();
    // one producer in scope: one forward button, named plainly
    expect(screen.getAllByRole("button", { name: /Chuyển tới/ }).map((b) => b.textContent)).toEqual([
      "Chuyển tới chủ thể",
    ]);
    expect(screen.getByRole("button", { name: "Trả lời người gửi" })).toBeTruthy();
    // a request moves on, never back
    const status = screen.getByRole("combobox", { name: /Trạng thái mới/ });
    expect([...(status as HTMLSelectElement).options].map((o) => o.value)).toEqual([
      "FORWARDED",
      "IN_CONTACT",
      "CLOSED",
    ]);
  });

  it("forwards the API's draft as staff edited it, and shows it in the history", async () => {
    const sent = {
      request: {
        query: ForwardToProducerDocument,
        variables: {
          id: "r-1",
          version: 3,
          input: {
            producerId: "pr-1",
            to: "htx1@example.vn",
            subject: "Yêu cầu kết nối (đã sửa)",
            body: "Kính gửi HTX 1 (đã sửa)",
          },
        },
      },
      result: { data: { forwardToProducer: { ...request([forwardEvent], 4), status: "FORWARDED" } } },
    };
    renderPage(<RequestPage id="r-1" />, {
      session: OFFICER,
      path: "/requests/r-1",
      mocks: [requestMock, draftsMock, sent],
    });
    fireEvent.click(await screen.findByRole("button", { name: "Chuyển tới chủ thể" }));
    const dialog = await screen.findByRole("dialog", { name: "Chuyển yêu cầu tới HTX 1" });
    const subject = await within(dialog).findByRole("textbox", { name: /Tiêu đề/ });
    expect((subject as HTMLInputElement).value).toBe("Yêu cầu kết nối");
    expect((within(dialog).getByRole("textbox", { name: /Gửi tới/ }) as HTMLInputElement).value).toBe(
      "htx1@example.vn",
    );
    fireEvent.change(subject, { target: { value: "Yêu cầu kết nối (đã sửa)" } });
    fireEvent.change(within(dialog).getByRole("textbox", { name: /Nội dung thư/ }), {
      target: { value: "Kính gửi HTX 1 (đã sửa)" },
    });
    fireEvent.click(within(dialog).getByRole("button", { name: "Gửi thư" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    const history = screen.getByRole("region", { name: "Lịch sử xử lý" });
    expect(history.textContent).toContain("Cán bộ Chi Lăng chuyển tới HTX 1 (htx1@example.vn)");
    expect(history.textContent).toContain("Kính gửi HTX 1 (đã sửa)");
  });
});
