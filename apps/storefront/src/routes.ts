import { createElement, lazy, type ComponentType } from "react";
import { matchPath, type RouteName } from "@ocop/schema/routes";

type PageModule = { default: ComponentType<never> };

/**
 * The pages of the route table (@ocop/schema/routes) and the 404 page, with their chunks. `load` is the dynamic import React.lazy uses; main.tsx calls it
 * for the opened URL as soon as the entry runs, so the page's chunk downloads in parallel with
 * the language catalog instead of after it.
 */
export const PAGES = {
  home: { load: () => import("./routes/home/HomePage") },
  catalog: { load: () => import("./routes/catalog/CatalogPage") },
  product: { load: () => import("./routes/product/ProductPage") },
  producers: { load: () => import("./routes/producers/ProducersPage") },
  producer: { load: () => import("./routes/producer/ProducerPage") },
  communes: { load: () => import("./routes/communes/CommunesPage") },
  commune: { load: () => import("./routes/commune/CommunePage") },
  events: { load: () => import("./routes/events/EventsPage") },
  event: { load: () => import("./routes/event/EventPage") },
  distributors: { load: () => import("./routes/distributors/DistributorsPage") },
  distributor: { load: () => import("./routes/distributor/DistributorPage") },
  about: { load: () => import("./routes/about/AboutPage") },
  shortlist: { load: () => import("./routes/shortlist/ShortlistPage") },
  trackedRequest: { load: () => import("./routes/tracked-request/TrackedRequestPage") },
  notFound: { load: () => import("./routes/not-found/NotFoundPage") },
} satisfies Record<RouteName | "notFound", { load: () => Promise<PageModule> }>;

export type PageName = keyof typeof PAGES;

/** Which page a path (without language prefix) opens; the 404 page for anything else. */
export function pageFor(path: string): PageName {
  return matchPath(path)?.name ?? "notFound";
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
