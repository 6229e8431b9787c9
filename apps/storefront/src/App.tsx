import { ApolloProvider } from "@apollo/client/react";
import { lazy, Suspense } from "react";
import { Route, Router, Switch, useLocation } from "wouter";
import { Layout } from "./components/Layout";
import { Loading } from "./components/QueryState";
import { LanguageProvider } from "./i18n/i18n";
import { languageBase, splitLanguage } from "./i18n/lang";
import { clientFor } from "./lib/apollo";
import { PAGES } from "./routes";

// One chunk per page: the first visit downloads only the page it opens.
const HomePage = lazy(PAGES.home.load);
const CatalogPage = lazy(PAGES.catalog.load);
const ProductPage = lazy(PAGES.product.load);
const ProducerPage = lazy(PAGES.producer.load);
const CommunesPage = lazy(PAGES.communes.load);
const CommunePage = lazy(PAGES.commune.load);
const EventsPage = lazy(PAGES.events.load);
const EventPage = lazy(PAGES.event.load);
const DistributorsPage = lazy(PAGES.distributors.load);
const AboutPage = lazy(PAGES.about.load);
const NotFoundPage = lazy(PAGES.notFound.load);

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
