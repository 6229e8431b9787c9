import { In } from "typeorm";
import { principalOf, type AdminContext } from "../../graphql/admin-context";
import { holds } from "../../graphql/allow";
import { AuditEntry } from "../audit/audit-entry.entity";
import { readableAuditedTypes } from "../audit/audit.service";
import {
  COMPLETENESS_RULES,
  type CompletenessIssue,
  currentStars,
  isActiveProduct,
  isPublicProduct,
} from "../../domain/rules";
import { countNewConnectionRequests } from "../inquiry/inquiry.service";
import type { DashboardObject } from "./dashboard.admin.types";
import type { Product } from "./product.entity";
import { findProductIds } from "./product.service";

const EXPIRY_HORIZON_DAYS = 90;

/** The office's first look: counts over products in every status, what expires soon, what changed. */
export async function dashboardFor(ctx: AdminContext): Promise<DashboardObject> {
  const ds = ctx.dataSource;
  const staff = principalOf(ctx);
  const auditTypes = readableAuditedTypes(staff);
  const [byStars, byGroup, byCommune, expiring, newConnectionRequests, recentChanges, completeness] = await Promise.all(
    [
      ds.query(
        `SELECT coalesce(${currentStars("p")}::text, 'NONE') AS key, count(*)::int AS count
         FROM product p WHERE ${isActiveProduct("p")} GROUP BY 1 ORDER BY 1 DESC`,
      ),
      ds.query(
        `SELECT g.code AS key, g.name_vi AS label, count(*)::int AS count FROM product p
         JOIN category c ON c.code = p.category_code JOIN category g ON g.code = coalesce(c.parent_code, c.code)
        WHERE ${isActiveProduct("p")} GROUP BY g.code, g.name_vi, g.position ORDER BY g.position`,
      ),
      ds.query(
        `SELECT au.code AS key, au.full_name AS label, count(*)::int AS count FROM product p
         JOIN producer pr ON pr.id = p.producer_id JOIN administrative_unit au ON au.code = pr.commune_code
        WHERE ${isActiveProduct("p")} GROUP BY au.code, au.full_name ORDER BY 3 DESC, 2 LIMIT 30`,
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
      completenessCounts(ctx),
    ],
  );
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
    ...completeness,
  };
}

const ISSUE_LABELS: Record<CompletenessIssue, string> = {
  DECISION_NUMBER: "Thiếu số quyết định",
  PHOTO: "Thiếu ảnh",
  TRANSLATED_DESCRIPTION: "Thiếu mô tả tiếng Anh/Trung",
  PUBLIC_CONTACT: "Chủ thể chưa có liên hệ công khai",
};

/** The completeness worklist's counts over published products, in one statement. */
async function completenessCounts(ctx: AdminContext) {
  const issues = Object.keys(COMPLETENESS_RULES) as CompletenessIssue[];
  const [row] = (await ctx.dataSource.query(
    `SELECT ${issues.map((issue) => `count(*) FILTER (WHERE ${COMPLETENESS_RULES[issue]("p")})::int AS "${issue}"`).join(", ")},
            count(*) FILTER (WHERE ${issues.map((issue) => COMPLETENESS_RULES[issue]("p")).join(" OR ")})::int AS "any"
       FROM product p WHERE ${isPublicProduct("p")}`,
  )) as Array<Record<CompletenessIssue | "any", number>>;
  return {
    completeness: issues.map((key) => ({ key, label: ISSUE_LABELS[key], count: row![key] })),
    incompleteProducts: row!.any,
  };
}
