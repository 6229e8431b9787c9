import { LocalDateResolver } from "graphql-scalars";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { CertificationLevel, DatePrecision } from "./certification.entity";
import { CertificationObject } from "./certification.types";

@ObjectType("Certification")
export class AdminCertificationObject extends CertificationObject {
  @Field(() => ID) id: number;
  @Field(() => Int) version: number;
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
  @Field(() => LocalDateResolver) decisionDate: string;
  @Field(() => DatePrecision, { defaultValue: DatePrecision.DAY }) decisionDatePrecision: DatePrecision;
}
