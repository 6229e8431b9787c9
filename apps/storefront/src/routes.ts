import { createElement, lazy, type ComponentType } from "react";
import { matchPath, type RouteName } from "@ocop/schema/routes";

type PageModule = { default: ComponentType<never> };

/**
 * Every page module (`routes/<folder>/<Name>Page.tsx`), each its own chunk. The keys are the
 * modules' paths, which is how the build's manifest names their chunks: the server looks the
 * opened page up there to announce its chunk in the HTML (<link rel="modulepreload">), so it
 * downloads alongside the entry instead of after it.
 */
const MODULES = import.meta.glob<PageModule>("./routes/*/*Page.tsx");

/**
 * The pages of the route table (@ocop/schema/routes) and the 404 page, by module path (a path
 * that is not a page module fails routes.test.ts). main.tsx loads the opened URL's page as soon
 * as the entry runs, in parallel with the language catalog.
 */
export const PAGES = {
  home: "./routes/home/HomePage.tsx",
  catalog: "./routes/catalog/CatalogPage.tsx",
  product: "./routes/product/ProductPage.tsx",
  producers: "./routes/producers/ProducersPage.tsx",
  producer: "./routes/producer/ProducerPage.tsx",
  communes: "./routes/communes/CommunesPage.tsx",
  commune: "./routes/commune/CommunePage.tsx",
  events: "./routes/events/EventsPage.tsx",
  event: "./routes/event/EventPage.tsx",
  distributors: "./routes/distributors/DistributorsPage.tsx",
  distributor: "./routes/distributor/DistributorPage.tsx",
  about: "./routes/about/AboutPage.tsx",
  shortlist: "./routes/shortlist/ShortlistPage.tsx",
  trackedRequest: "./routes/tracked-request/TrackedRequestPage.tsx",
  notFound: "./routes/not-found/NotFoundPage.tsx",
} satisfies Record<RouteName | "notFound", string>;

export type PageName = keyof typeof PAGES;

/** Which page a path (without language prefix) opens; the 404 page for anything else. */
export function pageFor(path: string): PageName {
  return matchPath(path)?.name ?? "notFound";
}

/** The dynamic import of a page's chunk. */
export function loadPage(name: PageName): Promise<PageModule> {
  const load = MODULES[PAGES[name]];
  if (!load) return Promise.reject(new Error(`${PAGES[name]} is not a page module (routes/<folder>/<Name>Page.tsx)`));
  return load();
}

/** The page's module as the build's manifest names it (its path from the app's folder). */
export function pageManifestKey(name: PageName): string {
  return PAGES[name].replace(/^\.\//, "src/");
}

/** Page components already loaded, rendered at once instead of through React.lazy. */
const loaded = new Map<PageName, ComponentType<never>>();

/**
 * Loads a page's chunk and keeps its component. The server renders with it, and the browser waits
 * for it before hydrating that HTML, so the first render of both has the page itself where
 * React.lazy would have suspended (and hydration would have matched a loading state instead).
 */
export async function preloadPage(name: PageName): Promise<void> {
  const mod = await loadPage(name);
  loaded.set(name, mod.default as ComponentType<never>);
}

/** The page as a component: the loaded one when preloadPage ran, React.lazy otherwise. */
export function pageComponent<P extends object>(name: PageName): ComponentType<P> {
  const Lazy = lazy(() => loadPage(name) as Promise<{ default: ComponentType<P> }>);
  function Page(props: P) {
    const Loaded = loaded.get(name) as ComponentType<P> | undefined;
    return createElement(Loaded ?? Lazy, props);
  }
  Page.displayName = `Page(${name})`;
  return Page;
}
