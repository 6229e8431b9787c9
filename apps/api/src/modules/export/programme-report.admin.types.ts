import { LocalDateResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { CountByKeyObject } from "../product/dashboard.admin.types";

@ObjectType("ReportRound", { description: "One evaluation round: the products one decision certified" })
export class ReportRoundObject {
  @Field(() => Int) year: number;
  @Field(() => String, { nullable: true }) decisionNumber: string | null;
  @Field(() => LocalDateResolver) decisionDate: string;
  @Field(() => Int, { description: "Products certified by the decision" }) products: number;
  @Field(() => Int) stars3: number;
  @Field(() => Int) stars4: number;
  @Field(() => Int) stars5: number;
}

@ObjectType("ReportCertificate", { description: "A product with its current certificate" })
export class ReportCertificateObject {
  @Field(() => ID) productId: number;
  @Field() productName: string;
  @Field() producerName: string;
  @Field(() => String, { nullable: true }) communeName: string | null;
  @Field(() => Int) stars: number;
  @Field(() => String, { nullable: true }) decisionNumber: string | null;
  @Field(() => LocalDateResolver) decisionDate: string;
  @Field(() => LocalDateResolver) validUntil: string;
}

@ObjectType("ProgrammeReport", {
  description: "The OCOP programme's figures for a review conference, within the caller's commune scope",
})
export class ProgrammeReportObject {
  @Field({ description: "The province the figures are about: the one most producers are in" }) provinceName: string;
  @Field(() => String, { nullable: true, description: "Set when the caller sees one commune/ward only" })
  communeName: string | null;
  @Field(() => LocalDateResolver, { description: "Today in Vietnam" }) generatedOn: string;
  @Field(() => Int, { description: "The calendar year whose certificate endings renewalsDue lists" })
  renewalYear: number;
  @Field(() => [ReportRoundObject], { description: "Every decision, newest first, with its year" })
  rounds: ReportRoundObject[];
  @Field(() => [CountByKeyObject], { description: "Products (not archived) with a valid certificate, by stars" })
  byStars: CountByKeyObject[];
  @Field(() => [CountByKeyObject], { description: "The same products by product group" })
  byGroup: CountByKeyObject[];
  @Field(() => [CountByKeyObject], { description: "The same products by commune/ward" })
  byCommune: CountByKeyObject[];
  @Field(() => [ReportCertificateObject], { description: "Certificate expired and not re-evaluated" })
  expiredNotReevaluated: ReportCertificateObject[];
  @Field(() => [ReportCertificateObject], { description: "Valid certificates ending in renewalYear" })
  renewalsDue: ReportCertificateObject[];
}
