import { Allow, holds } from "../../graphql/allow";
import { Ctx, Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import { In } from "typeorm";
import { principalOf, type AdminContext } from "../../graphql/admin-context";
import { AuditEntryObject } from "../audit/audit.admin.resolver";
import { AuditEntry } from "../audit/audit-entry.entity";
import { readableAuditedTypes } from "../audit/audit.service";
import { countNewConnectionRequests } from "../inquiry/inquiry.service";
import { currentStarsSql } from "../certification/certification.loader";
import { AdminProductObject } from "./product.admin.types";
import type { Product } from "./product.entity";
import { findProductIds } from "./product.service";

@ObjectType("CountByKey")
class CountByKeyObject {
  @Field() key: string;
  @Field() label: string;
  @Field(() => Int) count: number;
}

@ObjectType("Dashboard", { description: "The office's first look, over products in every status" })
class DashboardObject {
  @Field(() => [CountByKeyObject], { description: "By current stars; key NONE: no valid certificate" })
  productsByStars: CountByKeyObject[];
  @Field(() => [CountByKeyObject]) productsByGroup: CountByKeyObject[];
  @Field(() => [CountByKeyObject]) productsByCommune: CountByKeyObject[];
  @Field(() => [AdminProductObject], { description: "Valid certificates ending within 90 days, soonest first" })
  expiringCertificates: Product[];
  @Field(() => Int, { description: "Within the caller's scope; 0 without request.read" })
  newConnectionRequests: number;
  @Field(() => [AuditEntryObject], { description: "What the caller's audit.read shows; empty without it" })
  recentChanges: AuditEntry[];
}

const EXPIRY_HORIZON_DAYS = 90;

@Resolver(() => DashboardObject)
export class DashboardAdminResolver {
  @Allow("catalog.read")
  @Query(() => DashboardObject)
  async dashboard(@Ctx() ctx: AdminContext): Promise<DashboardObject> {
    const ds = ctx.dataSource;
    const staff = principalOf(ctx);
    const auditTypes = readableAuditedTypes(staff);
    const [byStars, byGroup, byCommune, expiring, newConnectionRequests, recentChanges] = await Promise.all([
      ds.query(
        `SELECT coalesce(${currentStarsSql("p")}::text, 'NONE') AS key, count(*)::int AS count
           FROM product p WHERE p.status <> 'archived' GROUP BY 1 ORDER BY 1 DESC`,
      ),
      ds.query(
        `SELECT g.code AS key, g.name_vi AS label, count(*)::int AS count FROM product p
           JOIN category c ON c.code = p.category_code JOIN category g ON g.code = coalesce(c.parent_code, c.code)
          WHERE p.status <> 'archived' GROUP BY g.code, g.name_vi, g.position ORDER BY g.position`,
      ),
      ds.query(
        `SELECT au.code AS key, au.full_name AS label, count(*)::int AS count FROM product p
           JOIN producer pr ON pr.id = p.producer_id JOIN administrative_unit au ON au.code = pr.commune_code
          WHERE p.status <> 'archived' GROUP BY au.code, au.full_name ORDER BY 3 DESC, 2 LIMIT 30`,
      ),
      findProductIds(ctx, { expiringWithinDays: EXPIRY_HORIZON_DAYS }, "VALID_UNTIL", { offset: 0, limit: 50 }),
      holds(staff, "request.read") ? countNewConnectionRequests(ctx, staff) : 0,
      auditTypes.length === 0
        ? []
        : ds.getRepository(AuditEntry).find({
            where: { entityType: In(auditTypes) },
            order: { createdAt: "DESC", id: "DESC" },
            take: 10,
          }),
    ]);
    const products = await ctx.loaders.productById.loadMany(expiring.ids);
    return {
      productsByStars: byStars.map((r: { key: string; count: number }) => ({
        ...r,
        label: r.key === "NONE" ? "Không còn hiệu lực" : `${r.key} sao`,
      })),
      productsByGroup: byGroup,
      productsByCommune: byCommune,
      expiringCertificates: products.filter((p): p is Product => p !== null && !(p instanceof Error)),
      newConnectionRequests,
      recentChanges,
    };
  }
}
