import { useId, useState } from "react";
import { useLocation } from "wouter";
import { useT } from "../i18n/i18n";

/** The catalogue search: a real GET form to /san-pham, enhanced into a client-side navigation. */
export function SearchBox({
  initial = "",
  big = false,
  action = "/san-pham",
  onSearch,
}: {
  initial?: string;
  big?: boolean;
  action?: string;
  onSearch?: (q: string) => void;
}) {
  const t = useT();
  const id = useId();
  const [q, setQ] = useState(initial);
  const [, navigate] = useLocation();
  return (
    <form
      role="search"
      className={big ? "search search--big" : "search"}
      action={action}
      method="get"
      onSubmit={(e) => {
        e.preventDefault();
        const query = q.trim();
        if (onSearch) onSearch(query);
        else navigate(query ? `${action}?q=${encodeURIComponent(query)}` : action);
      }}
    >
      <label htmlFor={id} className="search__label">
        {t("search.label")}
      </label>
      <div className="search__row">
        <input
          id={id}
          name="q"
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder={t("search.placeholder")}
          autoComplete="off"
          enterKeyHint="search"
          maxLength={100}
        />
        <button type="submit" className="button button--primary">
          {t("search.submit")}
        </button>
      </div>
    </form>
  );
}
