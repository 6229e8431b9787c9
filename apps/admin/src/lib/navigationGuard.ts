/**
 * Unsaved-changes guard. Forms register while they hold unsaved edits; then closing the tab asks
 * the browser's own question (beforeunload), and navigating inside the app (links, the router's
 * navigate, Back and Forward) waits for the user's answer in our dialog.
 */
type Listener = () => void;

export interface PendingNavigation {
  proceed(): void;
  cancel(): void;
}

class NavigationGuard {
  private dirty = new Set<symbol>();
  private pending: PendingNavigation | null = null;
  private listeners = new Set<Listener>();

  get isDirty(): boolean {
    return this.dirty.size > 0;
  }

  get pendingNavigation(): PendingNavigation | null {
    return this.pending;
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): PendingNavigation | null => this.pending;

  private emit() {
    for (const l of this.listeners) l();
  }

  setDirty(key: symbol, dirty: boolean) {
    if (dirty) this.dirty.add(key);
    else this.dirty.delete(key);
  }

  /** Runs `go` now, or once the user agrees to drop their changes. */
  request(go: () => void) {
    if (!this.isDirty) {
      go();
      return;
    }
    this.pending = {
      proceed: () => {
        this.pending = null;
        this.dirty.clear();
        this.emit();
        go();
      },
      cancel: () => {
        this.pending = null;
        this.emit();
      },
    };
    this.emit();
  }

  /** For tests and sign-out: forget every registration. */
  reset() {
    this.dirty.clear();
    this.pending = null;
    this.emit();
  }
}

export const navigationGuard = new NavigationGuard();

/**
 * Back/Forward cannot be cancelled, only undone: when the user pops history away from unsaved
 * edits, we push the page they were on back and ask; if they leave after all, we go where they
 * wanted.
 */
export function installHistoryGuard(): () => void {
  let current = location.pathname + location.search + location.hash;
  const remember = () => {
    current = location.pathname + location.search + location.hash;
  };
  const onPop = (event: PopStateEvent) => {
    const target = location.pathname + location.search + location.hash;
    if (!navigationGuard.isDirty || target === current) {
      remember();
      return;
    }
    // Before the router hears of it (React renders popstate synchronously, which would unmount
    // the form and lose the edits): put the page back and ask.
    event.stopImmediatePropagation();
    const stay = current;
    history.pushState(null, "", stay);
    navigationGuard.request(() => history.pushState(null, "", target));
  };
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!navigationGuard.isDirty) return;
    event.preventDefault();
    event.returnValue = "";
  };
  // Listeners on window run in the order they were added: install this before the router renders,
  // so it hears of Back/Forward first.
  addEventListener("popstate", onPop, true);
  addEventListener("pushState", remember);
  addEventListener("replaceState", remember);
  addEventListener("beforeunload", onBeforeUnload);
  return () => {
    removeEventListener("popstate", onPop, true);
    removeEventListener("pushState", remember);
    removeEventListener("replaceState", remember);
    removeEventListener("beforeunload", onBeforeUnload);
  };
}
