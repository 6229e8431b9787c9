import { useQuery } from "@apollo/client/react";
import { SessionDocument } from "@ocop/schema/admin";
import { lazy, type ReactNode, Suspense, useEffect } from "react";
import { Redirect, Route, Switch, useLocation, useSearch } from "wouter";
import { ConfirmProvider } from "./components/ConfirmProvider";
import { Layout } from "./components/Layout";
import { NotAllowed, NotFoundPage } from "./components/NotAllowed";
import { Notifier } from "./components/Notifier";
import { SessionProvider, usePermissions } from "./components/session";
import { UnsavedChangesPrompt } from "./components/UnsavedChangesPrompt";
import { useI18n } from "./i18n/i18n";
import { problemOf } from "./lib/errors";
import { navigationGuard } from "./lib/navigationGuard";
import { resource, type ResourceId } from "./lib/resources";
import { AuditPage } from "./routes/audit/AuditPage";
import { DashboardPage } from "./routes/dashboard/DashboardPage";
import { DistributorEditPage } from "./routes/distributors/DistributorEditPage";
import { DistributorListPage } from "./routes/distributors/DistributorListPage";
import { EventEditPage } from "./routes/events/EventEditPage";
import { EventListPage } from "./routes/events/EventListPage";
import { ProducerEditPage } from "./routes/producers/ProducerEditPage";
import { ProducerListPage } from "./routes/producers/ProducerListPage";
import { ProductEditPage } from "./routes/products/ProductEditPage";
import { ProductListPage } from "./routes/products/ProductListPage";
import { RequestsPage } from "./routes/requests/RequestsPage";
import { SignInPage } from "./routes/sign-in/SignInPage";
import { StaffPage } from "./routes/staff/StaffPage";
import { SynonymsPage } from "./routes/synonyms/SynonymsPage";

// The print sheet pulls in the QR code encoder: load it only when someone prints.
const EventPrintPage = lazy(() =>
  import("./routes/events/EventPrintPage").then((m) => ({ default: m.EventPrintPage })),
);

/** A route the signed-in user's permissions must allow (the server checks again). */
function Allowed({ id, children }: { id: ResourceId; children: ReactNode }) {
  const permissions = usePermissions();
  return resource(id).canView(permissions) ? <>{children}</> : <NotAllowed />;
}

function SignedInRoutes() {
  return (
    <Switch>
      <Route path="/">
        <DashboardPage />
      </Route>
      <Route path="/products">
        <ProductListPage />
      </Route>
      <Route path="/products/new">
        <ProductEditPage id={null} />
      </Route>
      <Route path="/products/:id">{(p) => <ProductEditPage key={p.id} id={p.id} />}</Route>
      <Route path="/producers">
        <ProducerListPage />
      </Route>
      <Route path="/producers/new">
        <ProducerEditPage id={null} />
      </Route>
      <Route path="/producers/:id">{(p) => <ProducerEditPage key={p.id} id={p.id} />}</Route>
      <Route path="/events">
        <Allowed id="events">
          <EventListPage />
        </Allowed>
      </Route>
      <Route path="/events/new">
        <Allowed id="events">
          <EventEditPage id={null} />
        </Allowed>
      </Route>
      <Route path="/events/:id">
        {(p) => (
          <Allowed id="events">
            <EventEditPage key={p.id} id={p.id} />
          </Allowed>
        )}
      </Route>
      <Route path="/distributors">
        <Allowed id="distributors">
          <DistributorListPage />
        </Allowed>
      </Route>
      <Route path="/distributors/new">
        <Allowed id="distributors">
          <DistributorEditPage id={null} />
        </Allowed>
      </Route>
      <Route path="/distributors/:id">
        {(p) => (
          <Allowed id="distributors">
            <DistributorEditPage key={p.id} id={p.id} />
          </Allowed>
        )}
      </Route>
      <Route path="/requests">
        <Allowed id="requests">
          <RequestsPage />
        </Allowed>
      </Route>
      <Route path="/synonyms">
        <Allowed id="synonyms">
          <SynonymsPage />
        </Allowed>
      </Route>
      <Route path="/staff">
        <Allowed id="staff">
          <StaffPage />
        </Allowed>
      </Route>
      <Route path="/audit">
        <Allowed id="audit">
          <AuditPage />
        </Allowed>
      </Route>
      <Route>
        <NotFoundPage />
      </Route>
    </Switch>
  );
}

/** Only same-app paths are followed after sign-in (no open redirect). */
export function safeNext(next: string | null): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/sign-in") ? next : "/";
}

export function App() {
  const { t } = useI18n();
  const [location] = useLocation();
  const search = useSearch();
  const { data, loading, error, refetch } = useQuery(SessionDocument, {
    fetchPolicy: "cache-first",
    notifyOnNetworkStatusChange: false,
  });
  const session = data?.session ?? null;

  useEffect(() => {
    if (data && !data.session) navigationGuard.reset();
  }, [data]);

  if (!data && loading) {
    return (
      <p className="splash" role="status" aria-busy="true">
        {t("common.loading")}
      </p>
    );
  }
  if (!data && error && problemOf(error).code !== "UNAUTHENTICATED") {
    return (
      <main className="splash">
        <h1>{t("shell.brand")}</h1>
        <p role="alert">{t("error.network")}</p>
        <button type="button" onClick={() => void refetch()}>
          {t("common.retry")}
        </button>
      </main>
    );
  }

  if (!session) {
    if (location !== "/sign-in") {
      const here = location + (search ? `?${search}` : "");
      return <Redirect to={`/sign-in${here === "/" ? "" : `?next=${encodeURIComponent(here)}`}`} replace />;
    }
    return <SignInPage next={safeNext(new URLSearchParams(search).get("next"))} />;
  }
  if (location === "/sign-in") {
    return <Redirect to={safeNext(new URLSearchParams(search).get("next"))} replace />;
  }

  return (
    <SessionProvider session={session}>
      <ConfirmProvider>
        <Notifier>
          <UnsavedChangesPrompt />
          <Switch>
            <Route path="/events/:id/print">
              {(p) => (
                <Allowed id="events">
                  <Suspense fallback={<p role="status">{t("common.loading")}</p>}>
                    <EventPrintPage id={p.id} />
                  </Suspense>
                </Allowed>
              )}
            </Route>
            <Route>
              <Layout>
                <SignedInRoutes />
              </Layout>
            </Route>
          </Switch>
        </Notifier>
      </ConfirmProvider>
    </SessionProvider>
  );
}
