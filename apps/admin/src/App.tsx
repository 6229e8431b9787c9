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
import { RESOURCE_VIEWS } from "./lib/resourceViews";
import { RESOURCES, resource, type ResourceId } from "./lib/resources";
import { SignInPage } from "./routes/sign-in/SignInPage";

// The print sheet pulls in the QR code encoder: load it only when someone prints.
const EventPrintPage = lazy(() =>
  import("./routes/events/EventPrintPage").then((m) => ({ default: m.EventPrintPage })),
);

/** A route the signed-in user's permissions must allow (the server checks again). */
function Allowed({ id, children }: { id: ResourceId; children: ReactNode }) {
  const permissions = usePermissions();
  return resource(id).canView(permissions) ? <>{children}</> : <NotAllowed />;
}

/** Every resource's list and detail routes, generated from the registry, each behind its guard. */
export function SignedInRoutes() {
  const { t } = useI18n();
  return (
    <Suspense fallback={<p role="status">{t("common.loading")}</p>}>
      <Switch>
        {RESOURCES.flatMap(({ id, path }) => {
          const { list: List, detail: Detail } = RESOURCE_VIEWS[id];
          const routes = [
            <Route key={path} path={path}>
              <Allowed id={id}>
                <List />
              </Allowed>
            </Route>,
          ];
          if (Detail) {
            routes.push(
              <Route key={`${path}/new`} path={`${path}/new`}>
                <Allowed id={id}>
                  <Detail id={null} />
                </Allowed>
              </Route>,
              <Route key={`${path}/:id`} path={`${path}/:id`}>
                {(p) => (
                  <Allowed id={id}>
                    <Detail key={p.id} id={p.id} />
                  </Allowed>
                )}
              </Route>,
            );
          }
          return routes;
        })}
        <Route>
          <NotFoundPage />
        </Route>
      </Switch>
    </Suspense>
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
