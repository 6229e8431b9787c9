import type { AdminProducerFilter, ProducerType } from "@ocop/schema/admin";
import { defineListState, oneOf, text } from "../../lib/listState";

export const PRODUCER_TYPES: readonly ProducerType[] = [
  "COOPERATIVE",
  "ENTERPRISE",
  "HOUSEHOLD",
  "COOPERATIVE_GROUP",
  "PUBLIC_BODY",
];

/** Producers list URL: ?q=dong+banh&commune=06463&type=COOPERATIVE&page=2 */
export const producerListState = defineListState({
  q: text(),
  commune: text(),
  type: oneOf(PRODUCER_TYPES),
});

export function producerFilter(s: ReturnType<typeof producerListState.parse>): AdminProducerFilter {
  const filter: AdminProducerFilter = {};
  if (s.q) filter.search = s.q;
  if (s.commune) filter.communeCode = s.commune;
  if (s.type) filter.type = s.type;
  return filter;
}
