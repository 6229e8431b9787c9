import { useId, useState } from "react";
import { useLocation } from "wouter";
import { useT } from "../i18n/i18n";
import { paths } from "@ocop/schema/routes";

/** The catalogue search: a real GET form to the catalog, enhanced into a client-side navigation. */
export function SearchBox({
  initial = "",
  big = false,
  onSearch,
}: {
  initial?: string;
  big?: boolean;
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
      action={paths.catalog()}
      method="get"
      onSubmit={(e) => {
        e.preventDefault();
        const query = q.trim();
        if (onSearch) onSearch(query);
        else navigate(paths.catalog({ q: query }));
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
