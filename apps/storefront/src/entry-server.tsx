import { ApolloClient, ApolloLink, InMemoryCache, type NormalizedCacheObject } from "@apollo/client";
import { prerenderStatic } from "@apollo/client/react/ssr";
import { print } from "@apollo/client/utilities";
import type { FormattedExecutionResult } from "graphql";
import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { Observable } from "rxjs";
import { Router } from "wouter";
import { App } from "./App";
import { loadLanguage } from "./i18n/i18n";
import { splitLanguage, type Language } from "./i18n/lang";
import { typePolicies } from "./lib/apollo";
import { pageFor, pageManifestKey, preloadPage } from "./routes";

export { SERVER_DATA_ID } from "./server-data";

/** Runs one public GraphQL operation in the server's process, in the page's language. */
export type ExecuteGraphQL = (
  operation: { query: string; variables: Record<string, unknown>; operationName: string | undefined },
  lang: Language,
) => Promise<FormattedExecutionResult>;

export interface RenderedPage {
  /** The app's markup for the inside of <div id="root">. */
  html: string;
  /** The Apollo cache the markup was rendered from, for the browser to hydrate with. */
  data: NormalizedCacheObject;
  /** False when `signal` stopped the wait for data: the markup shows loading states the browser fills in. */
  complete: boolean;
}

/**
 * What the browser runs before it hydrates a URL besides the entry, as the client build's
 * manifest (dist/.vite/manifest.json) names it: the page's module and the language's messages
 * (see main.tsx). The API announces their chunks in the page's HTML (<link rel="modulepreload">).
 */
export function pageModules(url: string): string[] {
  const { lang, rest } = splitLanguage(new URL(url, "http://storefront").pathname);
  return [pageManifestKey(pageFor(rest)), `virtual:i18n/${lang}`];
}

/** Waterfalls of queries deeper than this are left to the browser (none of the pages has one). */
const MAX_RENDERS = 4;

/**
 * Renders a storefront URL ("/en/san-pham?stars=5") to HTML on the server: the page is readable
 * (and its largest text or image painted) as soon as the HTML arrives, before any script has run
 * on a slow phone, and search engines index the content itself. Apollo's prerenderStatic renders,
 * waits for the queries that render started, and renders again with their answers.
 */
export async function renderPage(url: string, execute: ExecuteGraphQL, signal?: AbortSignal): Promise<RenderedPage> {
  const { pathname, search } = new URL(url, "http://storefront");
  const { lang, rest } = splitLanguage(pathname);
  await Promise.all([preloadPage(pageFor(rest)), loadLanguage(lang)]);
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        execute(
          { query: print(operation.query), variables: operation.variables, operationName: operation.operationName },
          lang,
        ).then(
          (result) => {
            observer.next(result);
            observer.complete();
          },
          (error: unknown) => observer.error(error),
        );
      }),
  );
  const client = new ApolloClient({ ssrMode: true, link, cache: new InMemoryCache({ typePolicies }) });
  // The cache as the last render saw it: answers that arrive after it (the wait cut short by
  // `signal`) are not in the markup, and a browser hydrating with them would render something else
  // than the server did (React's error #418). A render is synchronous: nothing lands in between.
  let renderedFrom: NormalizedCacheObject = {};
  try {
    const { result, aborted } = await prerenderStatic({
      tree: (
        <StrictMode>
          <Router ssrPath={pathname + search}>
            <App client={client} />
          </Router>
        </StrictMode>
      ),
      renderFunction: (tree) => {
        const html = renderToString(tree);
        renderedFrom = client.extract() as NormalizedCacheObject;
        return html;
      },
      maxRerenders: MAX_RENDERS,
      signal,
    });
    return { html: result, data: renderedFrom, complete: !aborted };
  } finally {
    client.stop();
  }
}
