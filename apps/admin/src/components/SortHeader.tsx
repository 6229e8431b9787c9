import type { ReactNode } from "react";
import { Link } from "wouter";
import { useI18n } from "../i18n/i18n";

/**
 * A column header that sorts the list by its column (the sort lives in the URL). The API's sorts
 * have a fixed direction each, so a header has one sort, not a toggle.
 */
export function SortHeader({
  label,
  active,
  direction,
  href,
}: {
  label: ReactNode;
  active: boolean;
  direction: "ascending" | "descending";
  href: string;
}) {
  const { t } = useI18n();
  return (
    <th scope="col" aria-sort={active ? direction : undefined}>
      <Link href={href} className="sort-link" aria-label={undefined}>
        {label}
        <span aria-hidden="true" className="sort-mark">
          {active ? (direction === "ascending" ? " ▲" : " ▼") : " ↕"}
        </span>
        {!active && <span className="visually-hidden"> ({t("list.sortBy")})</span>}
      </Link>
    </th>
  );
}
