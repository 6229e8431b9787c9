import { ApolloProvider } from "@apollo/client/react";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Router } from "wouter";
import { App } from "./App";
import { I18nProvider } from "./i18n/i18n";
import { createApolloClient } from "./lib/apollo";
import { installHistoryGuard, navigationGuard } from "./lib/navigationGuard";
import "./styles.css";

const client = createApolloClient();
// Before the router subscribes: the guard's popstate listener must run before the router's.
installHistoryGuard();

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <I18nProvider>
        {/* Every in-app navigation (links, navigate) passes the unsaved-changes guard. */}
        <Router
          base="/admin"
          aroundNav={(navigate, to, options) => navigationGuard.request(() => navigate(to, options))}
        >
          <App />
        </Router>
      </I18nProvider>
    </ApolloProvider>
  </StrictMode>,
);
