import { afterEach, describe, expect, it, vi } from "vitest";
import { navigationGuard } from "./navigationGuard";

afterEach(() => navigationGuard.reset());

describe("unsaved-changes guard", () => {
  it("navigates at once when no form has unsaved changes", () => {
    const go = vi.fn();
    navigationGuard.request(go);
    expect(go).toHaveBeenCalledOnce();
    expect(navigationGuard.pendingNavigation).toBeNull();
  });

  it("holds navigation while a form is dirty, until the user decides", () => {
    const key = Symbol("form");
    navigationGuard.setDirty(key, true);
    const go = vi.fn();
    navigationGuard.request(go);
    expect(go).not.toHaveBeenCalled();
    navigationGuard.pendingNavigation!.cancel();
    expect(go).not.toHaveBeenCalled();
    expect(navigationGuard.isDirty).toBe(true);

    navigationGuard.request(go);
    navigationGuard.pendingNavigation!.proceed();
    expect(go).toHaveBeenCalledOnce();
    expect(navigationGuard.isDirty).toBe(false);
  });

  it("stops guarding once the form is saved or unmounted", () => {
    const key = Symbol("form");
    navigationGuard.setDirty(key, true);
    navigationGuard.setDirty(key, false);
    const go = vi.fn();
    navigationGuard.request(go);
    expect(go).toHaveBeenCalledOnce();
  });

  it("asks the browser before unloading a page with unsaved changes", async () => {
    const { installHistoryGuard } = await import("./navigationGuard");
    const uninstall = installHistoryGuard();
    const clean = new Event("beforeunload", { cancelable: true });
    dispatchEvent(clean);
    expect(clean.defaultPrevented).toBe(false);
    navigationGuard.setDirty(Symbol("form"), true);
    const dirty = new Event("beforeunload", { cancelable: true });
    dispatchEvent(dirty);
    expect(dirty.defaultPrevented).toBe(true);
    uninstall();
  });
});
