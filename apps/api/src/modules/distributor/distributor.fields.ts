import type { RequestContext } from "../../graphql/context";
import type { DistributorLink } from "./distributor.entity";

/* Fields of DistributorLink that mean the same on the public and the staff type, resolved once here. */

export function distributorOfLink(ctx: RequestContext, link: DistributorLink) {
  return ctx.loaders.distributorById.load(link.distributorId);
}
