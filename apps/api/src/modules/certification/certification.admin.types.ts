import { LocalDateResolver } from "graphql-scalars";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { CertificationLevel, DatePrecision } from "./certification.entity";
import { CertificationObject } from "./certification.types";

@ObjectType("Certification")
export class AdminCertificationObject extends CertificationObject {
  @Field(() => ID) id: number;
  @Field(() => Int) version: number;
  @Field(() => Date, { nullable: true, description: "When staff voided it as entered in error" })
  voidedAt: Date | null;
  @Field(() => String, { nullable: true, description: "Why it was voided" }) voidReason: string | null;
}

@InputType()
export class CertificationInput {
  @Field(() => ID) productId: string;
  @Field(() => Int) stars: number;
  @Field(() => Int, { nullable: true, description: "Council score out of 100; must fit the stars" }) score?:
    number | null;
  @Field(() => CertificationLevel) level: CertificationLevel;
  @Field(() => String, { nullable: true, description: "The rulebook, e.g. QĐ 148/QĐ-TTg" }) legalBasis?: string | null;
  @Field(() => String, { nullable: true }) issuer?: string | null;
  @Field() decisionNumber: string;
  @Field(() => LocalDateResolver, { description: "Not after today in Vietnam" }) decisionDate: string;
  @Field(() => DatePrecision, { defaultValue: DatePrecision.DAY }) decisionDatePrecision: DatePrecision;
}

@InputType({ description: "Every field of a certificate but its product, as corrected" })
export class CorrectCertificationInput {
  @Field(() => Int) stars: number;
  @Field(() => Int, { nullable: true, description: "Council score out of 100; must fit the stars" }) score?:
    number | null;
  @Field(() => CertificationLevel) level: CertificationLevel;
  @Field(() => String, { nullable: true }) legalBasis?: string | null;
  @Field(() => String, { nullable: true }) issuer?: string | null;
  @Field() decisionNumber: string;
  @Field(() => LocalDateResolver, { description: "Not after today in Vietnam" }) decisionDate: string;
  @Field(() => DatePrecision, { defaultValue: DatePrecision.DAY }) decisionDatePrecision: DatePrecision;
}

@InputType({ description: "One product a decision lists, with its stars and score" })
export class CertificationDecisionItem {
  @Field(() => ID) productId: string;
  @Field(() => Int) stars: number;
  @Field(() => Int, { nullable: true }) score?: number | null;
}

@InputType({ description: "One decision entered once for every product it lists" })
export class CertificationDecisionInput {
  @Field(() => CertificationLevel) level: CertificationLevel;
  @Field(() => String, { nullable: true }) legalBasis?: string | null;
  @Field(() => String, { nullable: true }) issuer?: string | null;
  @Field() decisionNumber: string;
  @Field(() => LocalDateResolver, { description: "Not after today in Vietnam" }) decisionDate: string;
  @Field(() => DatePrecision, { defaultValue: DatePrecision.DAY }) decisionDatePrecision: DatePrecision;
  @Field(() => [CertificationDecisionItem]) items: CertificationDecisionItem[];
}
