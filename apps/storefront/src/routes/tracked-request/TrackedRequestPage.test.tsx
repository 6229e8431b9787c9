import { MockedProvider } from "@apollo/client/testing/react";
import { TrackedConnectionRequestDocument } from "@ocop/schema/public";
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { LanguageProvider, loadLanguage } from "../../i18n/i18n";
import TrackedRequestPage from "./TrackedRequestPage";

beforeAll(() => Promise.all([loadLanguage("en"), loadLanguage("zh")]));
afterEach(cleanup);

const tracked = {
  __typename: "TrackedConnectionRequest",
  createdAt: "2026-12-01T03:00:00.000Z",
  updatedAt: "2026-12-02T03:00:00.000Z",
  status: "FORWARDED",
  outcome: null,
  products: [
    {
      __typename: "ConnectionRequestProduct",
      slug: "na-chi-lang",
      name: "Chi Lang custard apple",
      producerName: "HTX Đồng Bành",
    },
  ],
  replies: [
    {
      __typename: "ConnectionRequestReply",
      subject: "About your request",
      body: "Dear An,\nthe cooperative will call you.",
      sentAt: "2026-12-02T03:00:00.000Z",
    },
  ],
};

function renderPage(lang: "en" | "zh", answer: unknown) {
  return render(
    <LanguageProvider lang={lang}>
      <MockedProvider
        mocks={[
          {
            request: { query: TrackedConnectionRequestDocument, variables: { token: "tok-1" } },
            result: { data: { trackedConnectionRequest: answer } },
          },
        ]}
      >
        <TrackedRequestPage token="tok-1" />
      </MockedProvider>
    </LanguageProvider>,
  );
}

describe("the request's tracking page", () => {
  it("says where the request stands in words, with its products and the office's replies", async () => {
    renderPage("en", tracked);
    await screen.findByRole("heading", { level: 1, name: "Your connection request" });
    const status = screen.getByRole("region", { name: "Status" });
    expect(status.textContent).toContain("Forwarded to the producer");
    expect(within(status).getByText("Forwarded to the producer", { selector: "li" }).getAttribute("aria-current")).toBe(
      "step",
    );
    expect(screen.getByRole("link", { name: "Chi Lang custard apple" }).getAttribute("href")).toBe(
      "/san-pham/na-chi-lang",
    );
    const replies = screen.getByRole("region", { name: "The office’s replies" });
    expect(within(replies).getByRole("heading", { name: "About your request" })).toBeTruthy();
    expect(replies.textContent).toContain("the cooperative will call you.");
    // never indexed
    expect(document.head.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
  });

  it("shows a closed request's outcome, in Chinese too", async () => {
    renderPage("zh", { ...tracked, status: "CLOSED", outcome: "CONNECTED", replies: [] });
    const status = await screen.findByRole("region", { name: "状态" });
    expect(status.textContent).toContain("已结束 – 已对接");
    expect(screen.getByText(/暂无回复/)).toBeTruthy();
  });

  it("tells the visitor when the link is wrong, without saying whether any request exists", async () => {
    renderPage("en", null);
    await screen.findByRole("heading", { level: 1, name: "Request not found" });
  });
});
