import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { loadLanguage } from "./i18n/i18n";
import { splitLanguage } from "./i18n/lang";
import { PAGES, pageFor } from "./routes";
import "./styles.css";

// Fetch the opened page's chunk and the language catalog at once, before React renders.
const { lang, rest } = splitLanguage(window.location.pathname);
void PAGES[pageFor(rest)].load().catch(() => undefined);
void loadLanguage(lang).catch(() => undefined);

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
