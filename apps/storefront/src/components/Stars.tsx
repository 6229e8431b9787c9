import { useT } from "../i18n/i18n";

function Star() {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false" className="star">
      <path d="M12 2.5l2.9 6 6.6.9-4.8 4.6 1.2 6.5L12 17.4l-5.9 3.1 1.2-6.5-4.8-4.6 6.6-.9z" />
    </svg>
  );
}

/**
 * Gold stars with a text alternative ("4 sao OCOP"); `badge` gives the framed certificate look;
 * `quiet` shows nothing (instead of "no valid certificate") in dense lists.
 */
export function Stars({
  count,
  badge = false,
  quiet = false,
}: {
  count: number | null | undefined;
  badge?: boolean;
  quiet?: boolean;
}) {
  const t = useT();
  if (!count) return quiet ? null : <span className="stars stars--none">{t("stars.none")}</span>;
  const label = t("stars.label", { count });
  return (
    <span className={badge ? "stars stars--badge" : "stars"} role="img" aria-label={label} title={label}>
      <span className="stars__glyphs" aria-hidden="true">
        {Array.from({ length: count }, (_, i) => (
          <Star key={i} />
        ))}
      </span>
      {badge && (
        <span aria-hidden="true" className="stars__text">
          {t("stars.short", { count })}
        </span>
      )}
    </span>
  );
}

/** The stars alone, for use next to a visible label (filters). */
export function StarGlyphs({ count }: { count: number }) {
  return (
    <span className="stars__glyphs" aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <Star key={i} />
      ))}
    </span>
  );
}
