import { createElement, lazy, type ComponentType } from "react";

type PageModule = { default: ComponentType<never> };

/**
 * The pages and their chunks. `load` is the dynamic import React.lazy uses; main.tsx calls it
 * for the opened URL as soon as the entry runs, so the page's chunk downloads in parallel with
 * the language catalog instead of after it.
 */
export const PAGES = {
  home: { pattern: /^\/$/, load: () => import("./routes/home/HomePage") },
  catalog: { pattern: /^\/san-pham$/, load: () => import("./routes/catalog/CatalogPage") },
  product: { pattern: /^\/san-pham\/[^/]+$/, load: () => import("./routes/product/ProductPage") },
  producer: { pattern: /^\/chu-the\/[^/]+$/, load: () => import("./routes/producer/ProducerPage") },
  communes: { pattern: /^\/xa-phuong$/, load: () => import("./routes/communes/CommunesPage") },
  commune: { pattern: /^\/xa-phuong\/[^/]+$/, load: () => import("./routes/commune/CommunePage") },
  events: { pattern: /^\/su-kien$/, load: () => import("./routes/events/EventsPage") },
  event: { pattern: /^\/su-kien\/[^/]+$/, load: () => import("./routes/event/EventPage") },
  distributors: { pattern: /^\/nha-phan-phoi$/, load: () => import("./routes/distributors/DistributorsPage") },
  about: { pattern: /^\/gioi-thieu$/, load: () => import("./routes/about/AboutPage") },
  notFound: { pattern: /$^/, load: () => import("./routes/not-found/NotFoundPage") },
} satisfies Record<string, { pattern: RegExp; load: () => Promise<PageModule> }>;

export type PageName = keyof typeof PAGES;

/** Which page a path (without language prefix) opens; the 404 page for anything else. */
export function pageFor(path: string): PageName {
  const clean = path.length > 1 ? path.replace(/\/+$/, "") : path;
  for (const [name, page] of Object.entries(PAGES) as [PageName, (typeof PAGES)[PageName]][]) {
    if (page.pattern.test(clean)) return name;
  }
  return "notFound";
}

/** Page components already loaded, rendered at once instead of through React.lazy. */
const loaded = new Map<PageName, ComponentType<never>>();

/**
 * Loads a page's chunk and keeps its component. The server renders with it, and the browser waits
 * for it before hydrating that HTML, so the first render of both has the page itself where
 * React.lazy would have suspended (and hydration would have matched a loading state instead).
 */
export async function preloadPage(name: PageName): Promise<void> {
  const mod = await PAGES[name].load();
  loaded.set(name, mod.default as ComponentType<never>);
}

/** The page as a component: the loaded one when preloadPage ran, React.lazy otherwise. */
export function pageComponent<P extends object>(name: PageName): ComponentType<P> {
  const Lazy = lazy(PAGES[name].load as () => Promise<{ default: ComponentType<P> }>);
  function Page(props: P) {
    const Loaded = loaded.get(name) as ComponentType<P> | undefined;
    return createElement(Loaded ?? Lazy, props);
  }
  Page.displayName = `Page(${name})`;
  return Page;
}
