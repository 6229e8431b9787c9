import { ApolloProvider } from "@apollo/client/react";
import { lazy, Suspense } from "react";
import { Route, Router, Switch, useLocation } from "wouter";
import { Layout } from "./components/Layout";
import { Loading } from "./components/QueryState";
import { LanguageProvider } from "./i18n/i18n";
import { languageBase, splitLanguage } from "./i18n/lang";
import { clientFor } from "./lib/apollo";

// One chunk per page: the first visit downloads only the page it opens.
const HomePage = lazy(() => import("./routes/home/HomePage"));
const CatalogPage = lazy(() => import("./routes/catalog/CatalogPage"));
const ProductPage = lazy(() => import("./routes/product/ProductPage"));
const ProducerPage = lazy(() => import("./routes/producer/ProducerPage"));
const CommunesPage = lazy(() => import("./routes/communes/CommunesPage"));
const CommunePage = lazy(() => import("./routes/commune/CommunePage"));
const EventsPage = lazy(() => import("./routes/events/EventsPage"));
const EventPage = lazy(() => import("./routes/event/EventPage"));
const DistributorsPage = lazy(() => import("./routes/distributors/DistributorsPage"));
const AboutPage = lazy(() => import("./routes/about/AboutPage"));
const NotFoundPage = lazy(() => import("./routes/not-found/NotFoundPage"));

export function Routes() {
  return (
    <Suspense fallback={<Loading />}>
      <Switch>
        <Route path="/" component={HomePage} />
        <Route path="/san-pham" component={CatalogPage} />
        <Route path="/san-pham/:slug">{(p) => <ProductPage slug={p.slug} />}</Route>
        <Route path="/chu-the/:slug">{(p) => <ProducerPage slug={p.slug} />}</Route>
        <Route path="/xa-phuong" component={CommunesPage} />
        <Route path="/xa-phuong/:code">{(p) => <CommunePage code={p.code} />}</Route>
        <Route path="/su-kien" component={EventsPage} />
        <Route path="/su-kien/:slug">{(p) => <EventPage slug={p.slug} />}</Route>
        <Route path="/nha-phan-phoi" component={DistributorsPage} />
        <Route path="/gioi-thieu" component={AboutPage} />
        <Route component={NotFoundPage} />
      </Switch>
    </Suspense>
  );
}

/** Language from the URL prefix (/en, /zh; Vietnamese unprefixed), then one router under it. */
export function App() {
  const [location] = useLocation();
  const { lang } = splitLanguage(location);
  return (
    <LanguageProvider lang={lang}>
      <ApolloProvider client={clientFor(lang)}>
        <Router base={languageBase(lang)}>
          <Layout lang={lang}>
            <Routes />
          </Layout>
        </Router>
      </ApolloProvider>
    </LanguageProvider>
  );
}
