import { OutboxMailDocument, OutboxMailListDocument } from "@ocop/schema/admin";
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { SignedInRoutes } from "../../App";
import { ADMIN, EDITOR, renderPage } from "../../test/render";

afterEach(cleanup);

const failed = {
  __typename: "OutboxMail" as const,
  id: "5",
  kind: "connection-request.confirmation",
  recipients: ["buyer@example.com"],
  subject: "Đã nhận yêu cầu kết nối",
  status: "FAILED" as const,
  attempts: 1,
  lastErrorCode: "REJECTED" as const,
  lastErrorReply: "550 No such mailbox",
  createdAt: "2026-12-06T08:00:00.000Z",
  sentAt: null,
  nextAttemptAt: null,
};

const listMock = {
  request: { query: OutboxMailListDocument, variables: { first: 20, offset: 0, filter: null } },
  result: {
    data: {
      outboxMails: {
        __typename: "OutboxMailConnection",
        totalCount: 1,
        edges: [{ __typename: "OutboxMailEdge", node: failed }],
      },
    },
  },
};

const detailMock = {
  request: { query: OutboxMailDocument, variables: { id: "5" } },
  result: {
    data: {
      outboxMail: {
        ...failed,
        replyTo: "ocop@example.vn",
        textBody: "Kính gửi anh A,\n\nYêu cầu của anh đã được gửi.",
        messageId: "<abc@example.vn>",
        aboutType: "ConnectionRequest",
        aboutId: "12",
      },
    },
  },
};

describe("the outbox pages", () => {
  it("lists mail with its status and the failure in the staff member's language, beside the server's reply", async () => {
    renderPage(<SignedInRoutes />, { path: "/outbox", session: ADMIN, mocks: [listMock] });
    expect(await screen.findByRole("heading", { name: "Thư đi", level: 1 })).toBeTruthy();
    expect(await screen.findByRole("link", { name: "Xem thư Đã nhận yêu cầu kết nối" })).toBeTruthy();
    const table = within(screen.getByRole("table"));
    expect(table.getByText("Gửi thất bại")).toBeTruthy();
    expect(table.getByText("Máy chủ thư từ chối hẳn: 550 No such mailbox")).toBeTruthy();
    expect(table.getByText("buyer@example.com")).toBeTruthy();
  });

  it("shows one mail's text", async () => {
    renderPage(<SignedInRoutes />, { path: "/outbox/5", session: ADMIN, mocks: [detailMock] });
    expect(await screen.findByRole("heading", { name: "Đã nhận yêu cầu kết nối", level: 1 })).toBeTruthy();
    expect(screen.getByText(/Yêu cầu của anh đã được gửi\./)).toBeTruthy();
    expect(screen.getByText("<abc@example.vn>")).toBeTruthy();
  });

  it("is not open to editors", async () => {
    renderPage(<SignedInRoutes />, { path: "/outbox", session: EDITOR });
    expect(await screen.findByRole("heading", { name: "Không có quyền truy cập" })).toBeTruthy();
  });
});
