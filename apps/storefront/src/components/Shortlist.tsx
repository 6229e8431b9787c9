import { Link } from "wouter";
import { paths } from "@ocop/schema/routes";
import { useT } from "../i18n/i18n";
import { addToShortlist, removeFromShortlist, SHORTLIST_MAX, useShortlist, type ShortlistItem } from "../lib/shortlist";
import { useState } from "react";

/** The header's way to the list, with its count; its width is reserved so the count never shifts the header. */
export function ShortlistLink() {
  const t = useT();
  const count = useShortlist().length;
  return (
    // The name is read from the content (no aria-label), so it starts with the words shown.
    <Link href={paths.shortlist()} className="shortlist-link">
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <path fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" d="M6 3h12v18l-6-4.5L6 21z" />
      </svg>
      <span className="visually-hidden">{t("shortlist.navCount", { count })}</span>
      <span className="shortlist-link__label" aria-hidden="true">
        {t("shortlist.nav")}
      </span>
      <span className="shortlist-link__count" data-count={count} aria-hidden="true">
        {count}
      </span>
    </Link>
  );
}

/**
 * "Add to my list" on a product: a toggle, so a second press takes it off again. It renders the
 * same on the server and in the hydrating render (the list is unknown there), and then only its
 * label changes: nothing below it moves.
 */
export function ShortlistToggle({ item }: { item: ShortlistItem }) {
  const t = useT();
  const items = useShortlist();
  const [full, setFull] = useState(false);
  const on = items.some((i) => i.slug === item.slug);
  return (
    <div className="shortlist-toggle">
      <button
        type="button"
        className={
          on ? "button shortlist-toggle__button shortlist-toggle__button--on" : "button shortlist-toggle__button"
        }
        aria-pressed={on}
        onClick={() => {
          if (on) {
            removeFromShortlist(item.slug);
            setFull(false);
          } else setFull(!addToShortlist(item));
        }}
      >
        <span aria-hidden="true">{on ? "✓ " : "+ "}</span>
        {on ? t("shortlist.added") : t("shortlist.add")}
      </button>
      <p className="field__error" role="status">
        {full ? t("shortlist.full", { max: SHORTLIST_MAX }) : ""}
      </p>
    </div>
  );
}
