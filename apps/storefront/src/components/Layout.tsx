import { useQuery } from "@apollo/client/react";
import { SiteSettingsDocument } from "@ocop/schema/public";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { OfficeContact } from "./OfficeContact";
import { useT } from "../i18n/i18n";
import { LANGUAGES, LANGUAGE_NAMES, htmlLang, localizedPath, type Language } from "../i18n/lang";
import { LANGUAGE_COOKIE, paths } from "@ocop/schema/routes";
import { ShortlistLink } from "./Shortlist";
import { useSiteName } from "../lib/useSiteName";
import { useSiteScope } from "../lib/useSiteScope";

const NAV = [
  [paths.catalog(), "nav.catalog"],
  [paths.producers(), "nav.producers"],
  [paths.communes(), "nav.communes"],
  [paths.events(), "nav.events"],
  [paths.distributors(), "nav.distributors"],
  [paths.about(), "nav.about"],
] as const;

function LanguageSwitcher({ lang, rest }: { lang: Language; rest: string }) {
  const t = useT();
  const [, navigate] = useLocation();
  return (
    <nav className="lang-switch" aria-label={t("nav.language")}>
      <ul role="list">
        {LANGUAGES.map((l) => (
          <li key={l}>
            <a
              href={localizedPath(l, rest)}
              hrefLang={htmlLang(l)}
              lang={htmlLang(l)}
              aria-current={l === lang ? "true" : undefined}
              onClick={(e) => {
                // An explicit choice: the next visit to "/" opens in it, whatever the browser's language.
                document.cookie = `${LANGUAGE_COOKIE}=${l}; path=/; max-age=31536000; samesite=lax`;
                if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                e.preventDefault();
                navigate(`~${localizedPath(l, rest)}`);
              }}
            >
              {LANGUAGE_NAMES[l]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The page frame: skip link, header with navigation and language switch, main, footer. Moves
 * focus to the main region after a client-side navigation so screen readers hear the new page.
 */
export function Layout({ lang, children }: { lang: Language; children: ReactNode }) {
  const t = useT();
  const siteName = useSiteName();
  const siteScope = useSiteScope();
  const settings = useQuery(SiteSettingsDocument).data?.siteSettings;
  const [path] = useLocation();
  const search = useSearch();
  const [menuOpen, setMenuOpen] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);
  const rest = path + (search ? `?${search}` : "");

  useEffect(() => {
    setMenuOpen(false);
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [path, lang]);

  // hreflang alternates of this page in every language (the same path under each prefix).
  useEffect(() => {
    for (const [code, href] of [
      ...LANGUAGES.map((l) => [htmlLang(l), localizedPath(l, path)] as const),
      ["x-default", localizedPath("vi", path)] as const,
    ]) {
      let link = document.head.querySelector<HTMLLinkElement>(`link[rel="alternate"][hreflang="${code}"]`);
      if (!link) {
        link = document.createElement("link");
        link.rel = "alternate";
        link.hreflang = code;
        document.head.appendChild(link);
      }
      link.href = new URL(href, location.origin).href;
    }
  }, [path]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link href={paths.home()} className="brand">
            {settings?.logoUrl && settings.logoWidth && settings.logoHeight ? (
              // The site's name is beside it: the logo adds nothing to read (empty alt). Its size
              // reserves its place before it loads.
              <img
                className="brand__logo"
                src={settings.logoUrl}
                width={settings.logoWidth}
                height={settings.logoHeight}
                alt=""
              />
            ) : (
              <svg
                className="brand__mark"
                viewBox="0 0 64 64"
                width="36"
                height="36"
                aria-hidden="true"
                focusable="false"
              >
                <rect width="64" height="64" rx="14" fill="currentColor" />
                <path
                  fill="#f5c518"
                  d="M32 10l6.5 13.2 14.5 2.1-10.5 10.2 2.5 14.5L32 43.2 19 50l2.5-14.5L11 25.3l14.5-2.1z"
                />
              </svg>
            )}
            <span className="brand__text">
              <span className="brand__name">{siteName}</span>
              <span className="brand__tag">{t("brand.tagline")}</span>
            </span>
          </Link>
          <LanguageSwitcher lang={lang} rest={rest} />
          <ShortlistLink />
          <button
            type="button"
            className="menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="site-nav"
            onClick={() => setMenuOpen((o) => !o)}
          >
            <span aria-hidden="true" className="menu-toggle__icon" />
            {t("nav.menu")}
          </button>
          <nav id="site-nav" aria-label={t("nav.main")} className={menuOpen ? "site-nav site-nav--open" : "site-nav"}>
            <ul role="list" className="site-nav__list">
              {NAV.map(([href, key]) => (
                <li key={href}>
                  <Link href={href} aria-current={path === href || path.startsWith(`${href}/`) ? "page" : undefined}>
                    {t(key)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>
            <strong>{siteName}</strong> · {t("footer.about", siteScope)}
          </p>
          <OfficeContact headingId="footer-office" className="site-footer__office stack-sm" />
          <p className="demo-note demo-note--long">{t("demo.long")}</p>
          <p>
            <Link href={paths.producers()}>{t("footer.producers")}</Link> ·{" "}
            <Link href={paths.distributors()}>{t("footer.distributors")}</Link> ·{" "}
            <Link href={paths.about()}>{t("footer.more")}</Link>
          </p>
        </div>
      </footer>
    </>
  );
}
