import type { CertificationStatus } from "@ocop/schema/public";

export type CertificateState = "valid" | "expiring" | "expired" | "revoked" | "superseded";

/** Days before the end of validity from which a certificate is shown as "expiring soon". */
export const EXPIRING_DAYS = 90;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * What the certificate block tells the visitor. The API computes the status; a certificate
 * whose validity has run out since (cached page, stale status) still shows as expired.
 */
export function certificateState(
  cert: { status: CertificationStatus; validUntil: string },
  today: string,
): CertificateState {
  if (cert.status === "REVOKED") return "revoked";
  if (cert.status === "SUPERSEDED") return "superseded";
  if (cert.status === "EXPIRED" || cert.validUntil < today) return "expired";
  return daysBetween(today, cert.validUntil) <= EXPIRING_DAYS ? "expiring" : "valid";
}
