import { describe, expect, it } from "vitest";
import { certificateState } from "./certificate";

describe("certificate state", () => {
  const today = "2026-11-25";
  it("is valid well before its end date", () => {
    expect(certificateState({ status: "VALID", validUntil: "2027-12-31" }, today)).toBe("valid");
  });
  it("warns in the last 90 days", () => {
    expect(certificateState({ status: "VALID", validUntil: "2027-01-15" }, today)).toBe("expiring");
  });
  it("is expired when the API says so, or when the date has passed anyway", () => {
    expect(certificateState({ status: "EXPIRED", validUntil: "2026-01-01" }, today)).toBe("expired");
    expect(certificateState({ status: "VALID", validUntil: "2026-11-24" }, today)).toBe("expired");
    expect(certificateState({ status: "VALID", validUntil: today }, today)).toBe("expiring");
  });
  it("shows revocation and supersession whatever the dates", () => {
    expect(certificateState({ status: "REVOKED", validUntil: "2028-01-01" }, today)).toBe("revoked");
    expect(certificateState({ status: "SUPERSEDED", validUntil: "2028-01-01" }, today)).toBe("superseded");
  });
});
