import { Field, Int, ObjectType } from "type-graphql";
import { AuditEntryObject } from "../audit/audit.admin.types";
import type { AuditEntry } from "../audit/audit-entry.entity";
import { AdminProductObject } from "./product.admin.types";
import type { Product } from "./product.entity";

@ObjectType("CountByKey")
export class CountByKeyObject {
  @Field() key: string;
  @Field() label: string;
  @Field(() => Int) count: number;
}

@ObjectType("Dashboard", { description: "The office's first look, over products in every status" })
export class DashboardObject {
  @Field(() => [CountByKeyObject], { description: "By current stars; key NONE: no valid certificate" })
  productsByStars: CountByKeyObject[];
  @Field(() => [CountByKeyObject]) productsByGroup: CountByKeyObject[];
  @Field(() => [CountByKeyObject]) productsByCommune: CountByKeyObject[];
  @Field(() => [AdminProductObject], { description: "Valid certificates ending within 90 days, soonest first" })
  expiringCertificates: Product[];
  @Field(() => [CountByKeyObject], {
    description: "Published products lacking what the public expects, by CompletenessIssue (key)",
  })
  completeness: CountByKeyObject[];
  @Field(() => Int, { description: "Published products lacking at least one thing of the completeness worklist" })
  incompleteProducts: number;
  @Field(() => Int, { description: "Within the caller's scope; 0 without request.read" })
  newConnectionRequests: number;
  @Field(() => [AuditEntryObject], { description: "What the caller's audit.read shows; empty without it" })
  recentChanges: AuditEntry[];
}
