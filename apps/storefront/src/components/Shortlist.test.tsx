import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { Router } from "wouter";
import { memoryLocation } from "wouter/memory-location";
import { LanguageProvider, loadLanguage } from "../i18n/i18n";
import { addToShortlist, clearShortlist, readShortlist, SHORTLIST_MAX } from "../lib/shortlist";
import { ShortlistLink, ShortlistToggle } from "./Shortlist";

const na = { slug: "na-chi-lang", name: "Na Chi Lăng", producerSlug: "htx-dong-banh", producerName: "HTX Đồng Bành" };

function renderWith(ui: React.ReactNode) {
  const { hook } = memoryLocation({ path: "/" });
  return render(
    <LanguageProvider lang="en">
      <Router hook={hook}>{ui}</Router>
    </LanguageProvider>,
  );
}

beforeAll(() => loadLanguage("en"));
afterEach(() => {
  cleanup();
  clearShortlist();
});

describe("add to my list", () => {
  it("toggles the product on and off the list, and the header count follows", () => {
    renderWith(
      <>
        <ShortlistLink />
        <ShortlistToggle item={na} />
      </>,
    );
    const link = screen.getByRole("link", { name: "My list: 0 products" });
    expect(link.getAttribute("href")).toBe("/danh-sach");
    const toggle = screen.getByRole("button", { name: /Add to my list/ });
    expect(toggle.getAttribute("aria-pressed")).toBe("false");

    fireEvent.click(toggle);
    expect(readShortlist()).toEqual([na]);
    expect(toggle.getAttribute("aria-pressed")).toBe("true");
    expect(toggle.textContent).toContain("On my list");
    expect(screen.getByRole("link", { name: "My list: 1 product" })).toBe(link);

    fireEvent.click(toggle);
    expect(readShortlist()).toEqual([]);
    expect(screen.getByRole("link", { name: "My list: 0 products" })).toBe(link);
  });

  it("says so when the list is full instead of silently dropping the product", () => {
    for (let n = 0; n < SHORTLIST_MAX; n++) addToShortlist({ ...na, slug: `p-${n}`, name: `P ${n}` });
    renderWith(<ShortlistToggle item={na} />);
    fireEvent.click(screen.getByRole("button", { name: /Add to my list/ }));
    expect(screen.getByRole("status").textContent).toContain(`already holds ${SHORTLIST_MAX} products`);
    expect(readShortlist().some((i) => i.slug === na.slug)).toBe(false);
  });

  it("shows a change made elsewhere (another tab) without a reload", () => {
    renderWith(<ShortlistLink />);
    act(() => {
      addToShortlist(na);
    });
    expect(screen.getByRole("link", { name: "My list: 1 product" })).toBeTruthy();
  });
});
