import type { RequestContext } from "../../graphql/context";
import type { ShowcaseEvent } from "./showcase.entity";

/* Fields of ShowcaseEvent that mean the same on the public and the staff type, resolved once here. */

/** Display tables by number (an event has at most a few dozen). */
export function tablesOfEvent(ctx: RequestContext, e: ShowcaseEvent) {
  return ctx.loaders.showcaseTablesByEventId.load(e.id);
}
