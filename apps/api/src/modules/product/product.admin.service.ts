import { z } from "zod";
import type { EntityManager } from "typeorm";
import { principalOf, type AdminContext, type StaffPrincipal } from "../../graphql/admin-context";
import { assertCanEditCommune } from "../staff/commune-scope";
import { connectionFromLoader, type Page } from "../../graphql/connection";
import { badUserInput } from "../../graphql/errors";
import { idString, optionalNumber, optionalText, optionalUrl, requiredText } from "../../graphql/input-schemas";
import { parseInput, rethrowConstraintViolation } from "../../graphql/validation";
import { claimSlug } from "../../lib/slug";
import { lockVersioned, snapshot, toId } from "../../lib/versioned";
import { recordAudit } from "../audit/audit.service";
import { Producer } from "../producer/producer.entity";
import { Product, ProductStatus } from "./product.entity";
import type { AdminProductFilter, AdminProductSort, ProductInput, VersionedId } from "./product.admin.types";
import { findProductIds, type ProductOrder } from "./product.service";

const productSchema = z
  .object({
    nameVi: requiredText(2, 200),
    nameEn: optionalText(200),
    nameZh: optionalText(200),
    descriptionVi: optionalText(5000),
    descriptionEn: optionalText(5000),
    descriptionZh: optionalText(5000),
    categoryCode: requiredText(1, 16),
    producerId: idString,
    packaging: optionalText(300),
    unit: optionalText(50),
    priceMin: optionalNumber(0, 1_000_000_000).refine(
      (v) => v === null || Number.isInteger(v),
      "must be a whole number of đồng",
    ),
    priceMax: optionalNumber(0, 1_000_000_000).refine(
      (v) => v === null || Number.isInteger(v),
      "must be a whole number of đồng",
    ),
    seasons: optionalText(200),
    openingHours: optionalText(500),
    latitude: optionalNumber(-90, 90),
    longitude: optionalNumber(-180, 180),
    traceabilityUrl: optionalUrl,
    internalNote: optionalText(5000),
    featured: z
      .boolean()
      .nullish()
      .transform((v) => v ?? false),
  })
  .superRefine((v, check) => {
    if (v.priceMin !== null && v.priceMax !== null && v.priceMax < v.priceMin) {
      check.addIssue({ code: "custom", path: ["priceMax"], message: "must not be below the lowest price" });
    }
  });

export async function listProductsForStaff(
  ctx: AdminContext,
  filter: AdminProductFilter | undefined,
  sort: AdminProductSort,
  page: Page,
) {
  const { producerId, ...rest } = filter ?? {};
  const found = await findProductIds(
    ctx,
    { ...rest, producerId: producerId ? toId(producerId) : undefined },
    sort === "RELEVANCE" && !filter?.search ? "UPDATED_DESC" : (`${sort}` as ProductOrder),
    page,
  );
  return connectionFromLoader(ctx.loaders.productById, found, page);
}

export async function productForStaff(ctx: AdminContext, id: number) {
  return ctx.loaders.productById.load(id);
}

/** The producer's commune decides who may change a product. */
async function assertCanEditProducerOf(em: EntityManager, staff: StaffPrincipal, producerId: number) {
  const producer = await em.getRepository(Producer).findOneBy({ id: producerId });
  if (!producer) throw badUserInput([{ field: "producerId", message: "no such producer" }]);
  assertCanEditCommune(staff, producer.communeCode, "products");
}

/** Locks a product for change after checking its version and the staff member's scope. */
export async function lockProductForEdit(em: EntityManager, ctx: AdminContext, id: number, version: number) {
  const staff = principalOf(ctx);
  const product = await lockVersioned(em, Product, id, version, "Product");
  await assertCanEditProducerOf(em, staff, product.producerId);
  return product;
}

export async function createProduct(ctx: AdminContext, input: ProductInput) {
  const staff = principalOf(ctx);
  const data = parseInput(productSchema, input);
  return ctx.dataSource.transaction(async (em) => {
    await assertCanEditProducerOf(em, staff, data.producerId);
    const slug = await claimSlug(em, "product", data.nameVi);
    const saved = await em
      .getRepository(Product)
      .save({ ...data, slug, status: ProductStatus.DRAFT })
      .catch(rethrowConstraintViolation);
    await recordAudit(em, ctx, "product.create", { type: "Product", id: saved.id }, null, snapshot(saved));
    return saved;
  });
}

export async function updateProduct(ctx: AdminContext, id: number, version: number, input: ProductInput) {
  const staff = principalOf(ctx);
  const data = parseInput(productSchema, input);
  return ctx.dataSource.transaction(async (em) => {
    const product = await lockProductForEdit(em, ctx, id, version);
    if (data.producerId !== product.producerId) await assertCanEditProducerOf(em, staff, data.producerId);
    const before = snapshot(product);
    // The slug stays: shared links and printed QR codes keep working after a rename.
    Object.assign(product, data);
    const saved = await em.getRepository(Product).save(product).catch(rethrowConstraintViolation);
    await recordAudit(em, ctx, "product.update", { type: "Product", id }, before, snapshot(saved));
    return saved;
  });
}

async function applyStatus(em: EntityManager, product: Product, status: ProductStatus): Promise<Product> {
  if (status === ProductStatus.PUBLISHED) {
    const [{ n }] = await em.query(
      `SELECT count(*)::int AS n FROM certification WHERE product_id = $1 AND revoked_on IS NULL`,
      [product.id],
    );
    if (n === 0) {
      throw badUserInput([
        { field: "status", message: `"${product.nameVi}" has no certificate: only certified products are published` },
      ]);
    }
    product.publishedAt ??= new Date();
  }
  product.status = status;
  return em.getRepository(Product).save(product);
}

export async function setProductStatus(ctx: AdminContext, id: number, version: number, status: ProductStatus) {
  return ctx.dataSource.transaction(async (em) => {
    const product = await lockProductForEdit(em, ctx, id, version);
    const before = snapshot(product);
    const saved = await applyStatus(em, product, status);
    await recordAudit(
      em,
      ctx,
      `product.${status === ProductStatus.PUBLISHED ? "publish" : "setStatus"}`,
      { type: "Product", id },
      before,
      snapshot(saved),
    );
    return saved;
  });
}

/** Changes the status of many products at once: all of them or, on any refusal, none. */
export async function setProductsStatus(ctx: AdminContext, items: VersionedId[], status: ProductStatus) {
  if (items.length === 0 || items.length > 100)
    throw badUserInput([{ field: "items", message: "give between 1 and 100 products" }]);
  return ctx.dataSource.transaction(async (em) => {
    const before: Array<Record<string, unknown>> = [];
    const after: Product[] = [];
    for (const item of items) {
      const product = await lockProductForEdit(em, ctx, toId(item.id), item.version);
      before.push(snapshot(product));
      after.push(await applyStatus(em, product, status));
    }
    await recordAudit(
      em,
      ctx,
      "product.bulkSetStatus",
      { type: "Product", id: after.map((p) => p.id).join(",") },
      { products: before },
      { products: after.map(snapshot) },
    );
    return after;
  });
}

export async function deleteProduct(ctx: AdminContext, id: number, version: number) {
  return ctx.dataSource.transaction(async (em) => {
    const product = await lockProductForEdit(em, ctx, id, version);
    await em.getRepository(Product).delete({ id });
    await recordAudit(em, ctx, "product.delete", { type: "Product", id }, snapshot(product), null);
    return true;
  });
}
