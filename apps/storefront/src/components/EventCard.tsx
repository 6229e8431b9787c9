import type { EventSummaryFragment } from "@ocop/schema/public";
import { Link } from "wouter";
import { useLang, useT } from "../i18n/i18n";
import { formatDateRange, todayInVietnam } from "../lib/format";
import { DemoNote } from "./DemoNote";
import { paths } from "@ocop/schema/routes";

export function eventTiming(
  e: { startsOn: string; endsOn: string },
  today = todayInVietnam(),
): "upcoming" | "current" | "past" {
  if (e.endsOn < today) return "past";
  return e.startsOn > today ? "upcoming" : "current";
}

export function EventCard({ event, headingLevel = 3 }: { event: EventSummaryFragment; headingLevel?: 2 | 3 }) {
  const t = useT();
  const lang = useLang();
  const H = `h${headingLevel}` as "h2" | "h3";
  const timing = eventTiming(event);
  return (
    <article className="event-card">
      <p className="event-card__date">
        <span className={`tag tag--${timing}`}>{t(`event.timing.${timing}`)}</span>{" "}
        <time dateTime={event.startsOn}>{formatDateRange(event.startsOn, event.endsOn, lang)}</time>
      </p>
      <H className="event-card__title">
        <Link href={paths.event(event.slug)}>{event.name}</Link>
      </H>
      <p className="muted">
        {t(`event.kind.${event.kind}`)}
        {event.venueName ? ` · ${event.venueName}` : ""}
      </p>
      {event.isDemo && <DemoNote />}
    </article>
  );
}
