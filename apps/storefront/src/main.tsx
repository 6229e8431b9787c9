import type { NormalizedCacheObject } from "@apollo/client";
import { StrictMode, startTransition } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { App } from "./App";
import { loadLanguage } from "./i18n/i18n";
import { splitLanguage } from "./i18n/lang";
import { restoreServerData } from "./lib/apollo";
import { pageFor, preloadPage } from "./routes";
import { SERVER_DATA_ID } from "./server-data";
import "./styles.css";

const root = document.getElementById("root")!;
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
// Fetch the opened page's chunk and the language catalog at once, before React renders.
const { lang, rest } = splitLanguage(window.location.pathname);
const ready = Promise.all([preloadPage(pageFor(rest)), loadLanguage(lang)]);
const serverData = document.getElementById(SERVER_DATA_ID);

if (serverData?.textContent) {
  // The server rendered this page (apps/api, entry-server.tsx): take over its HTML instead of
  // painting it again. Hydration waits for the same page chunk, catalog and data the server had,
  // and runs as a transition so React yields to the browser every few milliseconds instead of
  // blocking a slow phone for the whole tree.
  restoreServerData(lang, JSON.parse(serverData.textContent) as NormalizedCacheObject);
  ready.then(
    () => startTransition(() => void hydrateRoot(root, app)),
    () => createRoot(root).render(app), // a chunk failed: render as without the server (it says so)
  );
} else {
  void ready.catch(() => undefined);
  createRoot(root).render(app);
}
