import { LocalDateResolver } from "graphql-scalars";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { CertificationLevel, DatePrecision } from "./certification.entity";

registerEnumType(CertificationLevel, {
  name: "CertificationLevel",
  description: "Who certified: district (3★ under QĐ 148 until 6/2025), province, or the central council (5★)",
});
registerEnumType(DatePrecision, {
  name: "DatePrecision",
  description: "How exactly a date is known; a date known only to the month or year is its first day",
});

export enum CertificationStatus {
  VALID = "VALID",
  EXPIRED = "EXPIRED",
  REVOKED = "REVOKED",
  SUPERSEDED = "SUPERSEDED",
  VOIDED = "VOIDED",
}
registerEnumType(CertificationStatus, {
  name: "CertificationStatus",
  description:
    "Computed when read: a certificate is valid for 36 months from its decision date. VOIDED: entered in error (staff only; the public never sees one)",
});

@ObjectType("Certification", { description: "An OCOP certificate (giấy chứng nhận) of a product" })
export class CertificationObject {
  @Field(() => Int)
  stars: number;

  @Field(() => Int, { nullable: true, description: "Council score out of 100" })
  score: number | null;

  @Field(() => CertificationLevel)
  level: CertificationLevel;

  @Field(() => String, { nullable: true, description: "The rulebook it was issued under, e.g. QĐ 148/QĐ-TTg" })
  legalBasis: string | null;

  @Field(() => String, { nullable: true, description: "Who signed the decision" })
  issuer: string | null;

  @Field(() => String, { nullable: true })
  decisionNumber: string | null;

  @Field(() => LocalDateResolver)
  decisionDate: string;

  @Field(() => DatePrecision)
  decisionDatePrecision: DatePrecision;

  @Field(() => LocalDateResolver, { description: "36 months after the decision date" })
  validUntil: string;

  @Field(() => CertificationStatus)
  status: CertificationStatus;

  @Field(() => LocalDateResolver, { nullable: true })
  revokedOn: string | null;

  @Field(() => String, { nullable: true })
  revocationReason: string | null;
}
