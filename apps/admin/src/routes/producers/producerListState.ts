import type { AdminProducerFilter, AdminProducerSort, ProducerType } from "@ocop/schema/admin";
import { defineListState, oneOf, text } from "../../lib/listState";

export const PRODUCER_TYPES: readonly ProducerType[] = [
  "COOPERATIVE",
  "ENTERPRISE",
  "HOUSEHOLD",
  "COOPERATIVE_GROUP",
  "PUBLIC_BODY",
];

export const PRODUCER_SORTS: readonly AdminProducerSort[] = ["NAME", "UPDATED_DESC"];

/** Producers list URL: ?q=dong+banh&commune=06463&type=COOPERATIVE&sort=UPDATED_DESC&page=2 */
export const producerListState = defineListState({
  q: text(),
  commune: text(),
  type: oneOf(PRODUCER_TYPES),
  sort: oneOf(PRODUCER_SORTS, "NAME"),
});

export function producerFilter(s: ReturnType<typeof producerListState.parse>): AdminProducerFilter {
  const filter: AdminProducerFilter = {};
  if (s.q) filter.search = s.q;
  if (s.commune) filter.communeCode = s.commune;
  if (s.type) filter.type = s.type;
  return filter;
}
