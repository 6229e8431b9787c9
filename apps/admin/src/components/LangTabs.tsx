import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import { useI18n } from "../i18n/i18n";

export type ContentLang = "vi" | "en" | "zh";
export const CONTENT_LANGS: readonly ContentLang[] = ["vi", "en", "zh"];

/**
 * Tabs for the localized fields (Vietnamese required, English and Chinese optional). All panels
 * stay mounted, so values and errors survive switching; a tab with an error says so, and the first
 * tab with an error comes forward when errors appear.
 */
export function LangTabs({
  label,
  errorsIn,
  children,
}: {
  label: string;
  errorsIn?: Partial<Record<ContentLang, boolean>>;
  children(lang: ContentLang): ReactNode;
}) {
  const { t } = useI18n();
  const id = useId();
  const [active, setActive] = useState<ContentLang>("vi");
  const tabs = useRef<Record<string, HTMLButtonElement | null>>({});

  const withError = CONTENT_LANGS.filter((l) => errorsIn?.[l]);
  const errorKey = withError.join(",");
  useEffect(() => {
    const first = withError[0];
    if (first && !errorsIn?.[active]) setActive(first);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the set of tabs with errors changes
  }, [errorKey]);

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = CONTENT_LANGS.indexOf(active);
    let next: ContentLang | undefined;
    if (e.key === "ArrowRight") next = CONTENT_LANGS[(i + 1) % CONTENT_LANGS.length];
    else if (e.key === "ArrowLeft") next = CONTENT_LANGS[(i + CONTENT_LANGS.length - 1) % CONTENT_LANGS.length];
    else if (e.key === "Home") next = CONTENT_LANGS[0];
    else if (e.key === "End") next = CONTENT_LANGS[CONTENT_LANGS.length - 1];
    if (!next) return;
    e.preventDefault();
    setActive(next);
    tabs.current[next]?.focus();
  };

  return (
    <div className="lang-tabs">
      <div role="tablist" aria-label={label} className="tablist">
        {CONTENT_LANGS.map((lang) => (
          <button
            key={lang}
            ref={(el) => {
              tabs.current[lang] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${lang}`}
            aria-selected={active === lang}
            aria-controls={`${id}-panel-${lang}`}
            tabIndex={active === lang ? 0 : -1}
            onClick={() => setActive(lang)}
            onKeyDown={onKeyDown}
            className={errorsIn?.[lang] ? "tab has-error" : "tab"}
          >
            {t(`lang.${lang}`)}
            {lang === "vi" && (
              <span className="required-mark" aria-hidden="true">
                {" "}
                *
              </span>
            )}
            {errorsIn?.[lang] && (
              <span className="tab-error">
                {" "}
                !<span className="visually-hidden">{t("form.tabHasErrors")}</span>
              </span>
            )}
          </button>
        ))}
      </div>
      {CONTENT_LANGS.map((lang) => (
        <div
          key={lang}
          role="tabpanel"
          id={`${id}-panel-${lang}`}
          aria-labelledby={`${id}-tab-${lang}`}
          hidden={active !== lang}
          className="tabpanel"
        >
          {children(lang)}
        </div>
      ))}
    </div>
  );
}
