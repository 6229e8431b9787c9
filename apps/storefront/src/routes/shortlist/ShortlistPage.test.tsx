import { MockedProvider } from "@apollo/client/testing/react";
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { Router } from "wouter";
import { memoryLocation } from "wouter/memory-location";
import { LanguageProvider, loadLanguage } from "../../i18n/i18n";
import { addToShortlist, clearShortlist, readShortlist } from "../../lib/shortlist";
import ShortlistPage from "./ShortlistPage";

beforeAll(() => loadLanguage("en"));
afterEach(() => {
  cleanup();
  clearShortlist();
});

function renderPage() {
  return render(
    <LanguageProvider lang="en">
      <MockedProvider mocks={[]}>
        <Router hook={memoryLocation({ path: "/danh-sach" }).hook}>
          <ShortlistPage />
        </Router>
      </MockedProvider>
    </LanguageProvider>,
  );
}

describe("my list", () => {
  it("groups the products by producer and offers one request about all of them", async () => {
    addToShortlist({ slug: "na", name: "Custard apple", producerSlug: "htx-a", producerName: "HTX A" });
    addToShortlist({ slug: "hoi", name: "Star anise", producerSlug: "htx-b", producerName: "HTX B" });
    addToShortlist({ slug: "mat", name: "Honey", producerSlug: "htx-a", producerName: "HTX A" });
    renderPage();
    const a = screen.getByRole("region", { name: "HTX A" });
    expect(
      within(a)
        .getAllByRole("link")
        .map((l) => l.textContent),
    ).toEqual(["HTX A", "Custard apple", "Honey"]);
    expect(
      within(screen.getByRole("region", { name: "HTX B" })).getByRole("link", { name: "Star anise" }),
    ).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Ask about these 3 products" })).toBeTruthy();
    // the form's code arrives on its own
    expect(await screen.findByRole("button", { name: /Send request|Gửi yêu cầu/ })).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Remove “Honey” from my list" }));
    expect(readShortlist().map((i) => i.slug)).toEqual(["na", "hoi"]);
    expect(screen.getByRole("heading", { name: "Ask about these 2 products" })).toBeTruthy();
  });

  it("says how to fill an empty list", () => {
    renderPage();
    expect(screen.getByText(/Your list is empty/)).toBeTruthy();
    act(() => {
      addToShortlist({ slug: "na", name: "Custard apple", producerSlug: "htx-a", producerName: "HTX A" });
    });
    expect(screen.getByRole("link", { name: "Custard apple" })).toBeTruthy();
  });
});
