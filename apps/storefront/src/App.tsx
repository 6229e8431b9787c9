import type { ApolloClient } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { Suspense, useEffect } from "react";
import { Route, Router, Switch, useLocation } from "wouter";
import { Layout } from "./components/Layout";
import { Loading } from "./components/QueryState";
import { LanguageProvider } from "./i18n/i18n";
import { languageBase, splitLanguage } from "./i18n/lang";
import { clientFor } from "./lib/apollo";
import { pageComponent } from "./routes";
import { ROUTE_PATTERNS } from "@ocop/schema/routes";

// One chunk per page: the first visit downloads only the page it opens.
const HomePage = pageComponent("home");
const CatalogPage = pageComponent("catalog");
const ProductPage = pageComponent<{ slug: string }>("product");
const ProducersPage = pageComponent("producers");
const ProducerPage = pageComponent<{ slug: string }>("producer");
const CommunesPage = pageComponent("communes");
const CommunePage = pageComponent<{ code: string }>("commune");
const EventsPage = pageComponent("events");
const EventPage = pageComponent<{ slug: string }>("event");
const DistributorsPage = pageComponent("distributors");
const DistributorPage = pageComponent<{ slug: string }>("distributor");
const AboutPage = pageComponent("about");
const ShortlistPage = pageComponent("shortlist");
const TrackedRequestPage = pageComponent<{ token: string }>("trackedRequest");
const NotFoundPage = pageComponent("notFound");

export function Routes() {
  return (
    <Suspense fallback={<Loading />}>
      <Switch>
        <Route path={ROUTE_PATTERNS.home} component={HomePage} />
        <Route path={ROUTE_PATTERNS.catalog} component={CatalogPage} />
        <Route path={ROUTE_PATTERNS.product}>{(p) => <ProductPage slug={p.slug} />}</Route>
        <Route path={ROUTE_PATTERNS.producers} component={ProducersPage} />
        <Route path={ROUTE_PATTERNS.producer}>{(p) => <ProducerPage slug={p.slug} />}</Route>
        <Route path={ROUTE_PATTERNS.communes} component={CommunesPage} />
        <Route path={ROUTE_PATTERNS.commune}>{(p) => <CommunePage code={p.code} />}</Route>
        <Route path={ROUTE_PATTERNS.events} component={EventsPage} />
        <Route path={ROUTE_PATTERNS.event}>{(p) => <EventPage slug={p.slug} />}</Route>
        <Route path={ROUTE_PATTERNS.distributors} component={DistributorsPage} />
        <Route path={ROUTE_PATTERNS.distributor}>{(p) => <DistributorPage slug={p.slug} />}</Route>
        <Route path={ROUTE_PATTERNS.about} component={AboutPage} />
        <Route path={ROUTE_PATTERNS.shortlist} component={ShortlistPage} />
        <Route path={ROUTE_PATTERNS.trackedRequest}>{(p) => <TrackedRequestPage token={p.token} />}</Route>
        <Route component={NotFoundPage} />
      </Switch>
    </Suspense>
  );
}

/**
 * Language from the URL prefix (/en, /zh; Vietnamese unprefixed), then one router under it.
 * `client`: the server renders each request with its own Apollo Client; the browser keeps one per language.
 */
export function App({ client }: { client?: ApolloClient }) {
  const [location] = useLocation();
  // Says the app has taken over the page (the server's HTML is hydrated, or the first render is
  // done): until then links work as plain links and buttons do nothing. Tests wait for it.
  useEffect(() => {
    document.documentElement.dataset.appReady = "";
  }, []);
  const { lang } = splitLanguage(location);
  return (
    <LanguageProvider lang={lang}>
      <ApolloProvider client={client ?? clientFor(lang)}>
        <Router base={languageBase(lang)}>
          <Layout lang={lang}>
            <Routes />
          </Layout>
        </Router>
      </ApolloProvider>
    </LanguageProvider>
  );
}
