import { useMutation, useQuery } from "@apollo/client/react";
import { SignOutDocument, UnreadConnectionRequestCountDocument } from "@ocop/schema/admin";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { Link, useLocation } from "wouter";
import { LANGS, type Lang, useI18n } from "../i18n/i18n";
import { navigationGuard } from "../lib/navigationGuard";
import { can, menuFor, type Permissions, resourceForPath } from "../lib/resources";
import { usePermissions, useSession } from "./session";

/** The main menu: only the areas the signed-in user may open (resource registry). */
export function MainMenu({ permissions, onNavigate }: { permissions: Permissions; onNavigate?: () => void }) {
  const { t } = useI18n();
  const [location] = useLocation();
  const active = resourceForPath(location);
  return (
    <ul className="menu">
      {menuFor(permissions).map((r) => (
        <li key={r.id}>
          <Link href={r.path} aria-current={active?.id === r.id ? "page" : undefined} onClick={onNavigate}>
            {t(r.label)}
          </Link>
          {r.id === "requests" && can(permissions, "request.read") && <UnreadRequestsBadge />}
        </li>
      ))}
    </ul>
  );
}

/** How often the menu asks for the unread count: new requests show within a minute on an open page. */
const UNREAD_POLL_MS = 60_000;

/** The count of requests in the user's scope they have not opened; nothing when there are none. */
export function UnreadRequestsBadge() {
  const { t } = useI18n();
  const { data } = useQuery(UnreadConnectionRequestCountDocument, { pollInterval: UNREAD_POLL_MS });
  const count = data?.unreadConnectionRequestCount ?? 0;
  if (count === 0) return null;
  return (
    <span className="menu-badge">
      <span aria-hidden="true">{count > 99 ? "99+" : count}</span>
      <span className="visually-hidden">{t("requests.unreadCount", { count })}</span>
    </span>
  );
}

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="lang-switch">
      <label htmlFor="ui-lang">{t("shell.language")}</label>
      <select id="ui-lang" value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`uiLang.${l}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

function UserMenu() {
  const { t } = useI18n();
  const session = useSession();
  const [signOut, { loading }] = useMutation(SignOutDocument);
  if (!session) return null;
  const onSignOut = () => {
    navigationGuard.request(async () => {
      try {
        await signOut();
      } finally {
        navigationGuard.reset();
        // A fresh document: nothing of the signed-in screens stays in memory, in the client cache or
        // in the history entry, and the sign-in screen shows at once instead of on the next click.
        window.location.replace(`${import.meta.env.BASE_URL.replace(/\/$/, "")}/sign-in`);
      }
    });
  };
  return (
    <div className="user-menu">
      <span className="user-name">
        {session.user.displayName}
        <span className="muted">
          {" "}
          · {t(`role.${session.user.role}`)}
          {session.user.commune ? ` · ${session.user.commune.fullName}` : ""}
        </span>
      </span>
      <button type="button" onClick={onSignOut} disabled={loading}>
        {t("shell.signOut")}
      </button>
    </div>
  );
}

/** The signed-in shell: skip link, banner, menu, breadcrumbs (in pages), main. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const permissions = usePermissions();
  const [location] = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const first = useRef(true);

  // After in-app navigation, focus goes to the new page's heading, so screen reader and keyboard
  // users start at the top of the new content instead of on a link that no longer exists.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setMenuOpen(false);
    const timer = setTimeout(() => {
      const heading = document.querySelector<HTMLElement>("main h1");
      (heading ?? document.getElementById("main"))?.focus();
    }, 0);
    return () => clearTimeout(timer);
  }, [location]);

  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        {t("shell.skip")}
      </a>
      <header className="topbar">
        <button
          type="button"
          className="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="main-menu"
          onClick={() => setMenuOpen((o) => !o)}
        >
          {t("shell.menu")}
        </button>
        <Link href="/" className="brand">
          {t("shell.brand")}
        </Link>
        <div className="topbar-tools">
          <a href="/" target="_blank" rel="noopener">
            {t("shell.storefront")}
          </a>
          <LanguageSwitch />
          <UserMenu />
        </div>
      </header>
      <div className="shell-body">
        <nav id="main-menu" className={menuOpen ? "sidebar open" : "sidebar"} aria-label={t("nav.main")}>
          <MainMenu permissions={permissions} onNavigate={() => setMenuOpen(false)} />
        </nav>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
