import type { Producer } from "./producer.entity";

type ContactField = "address" | "website" | "email" | "phone";

/** Contact data is public only when the producer agreed to publish it. */
export function publicContactOf(p: Producer, field: ContactField): string | null {
  return p.contactPublished ? p[field] : null;
}
