import { Allow } from "../../graphql/allow";
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { principalOf, type AdminContext } from "../../graphql/admin-context";
import { canEditCommune } from "../staff/commune-scope";
import { OffsetPageArgs, connectionComplexity, offsetPageOf } from "../../graphql/connection";
import { toId } from "../../lib/versioned";
import { CategoryObject } from "../category/category.types";
import { AdminCertificationObject } from "../certification/certification.admin.types";
import { AdminDistributorLinkObject } from "../distributor/distributor.admin.types";
import { AdminImageObject } from "../media/media.admin.types";
import { AdminProducerObject } from "../producer/producer.admin.types";
import { ProductStatus, type Product } from "./product.entity";
import {
  createProduct,
  deleteProduct,
  listProductsForStaff,
  productForStaff,
  setProductsStatus,
  setProductStatus,
  setStatusOfMatchingProducts,
  updateProduct,
} from "./product.admin.service";
import {
  categoryOfProduct,
  certificationsOfProduct,
  currentStarsOfProduct,
  distributorLinksOfProduct,
  imagesOfProduct,
  newestCertificationOfProduct,
  producerOfProduct,
} from "./product.fields";
import {
  AdminProductConnection,
  BulkChangeObject,
  AdminProductFilter,
  AdminProductObject,
  AdminProductSort,
  ProductInput,
  VersionedId,
} from "./product.admin.types";

@Resolver(() => AdminProductObject)
export class ProductAdminResolver {
  @Allow("catalog.read")
  @Query(() => AdminProductConnection, { complexity: connectionComplexity, description: "Products in every status" })
  adminProducts(
    @Ctx() ctx: AdminContext,
    @Args() paging: OffsetPageArgs,
    @Arg("filter", () => AdminProductFilter, { nullable: true }) filter: AdminProductFilter | undefined,
    @Arg("sort", () => AdminProductSort, { nullable: true, defaultValue: AdminProductSort.UPDATED_DESC })
    sort: AdminProductSort,
  ) {
    return listProductsForStaff(ctx, filter, sort ?? AdminProductSort.UPDATED_DESC, offsetPageOf(paging));
  }

  @Allow("catalog.read")
  @Query(() => AdminProductObject, { nullable: true })
  adminProduct(@Ctx() ctx: AdminContext, @Arg("id", () => ID) id: string) {
    return productForStaff(ctx, toId(id));
  }

  @Allow("catalog.write")
  @Mutation(() => AdminProductObject, { description: "A new product starts as a draft" })
  createProduct(@Ctx() ctx: AdminContext, @Arg("input") input: ProductInput) {
    return createProduct(ctx, input);
  }

  @Allow("catalog.write")
  @Mutation(() => AdminProductObject)
  updateProduct(
    @Ctx() ctx: AdminContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("input") input: ProductInput,
  ) {
    return updateProduct(ctx, toId(id), version, input);
  }

  @Allow("catalog.write")
  @Mutation(() => AdminProductObject, { description: "Publishing needs a certificate that is not revoked" })
  setProductStatus(
    @Ctx() ctx: AdminContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("status", () => ProductStatus) status: ProductStatus,
  ) {
    return setProductStatus(ctx, toId(id), version, status);
  }

  @Allow("catalog.write")
  @Mutation(() => [AdminProductObject], { description: "All or nothing, in one transaction" })
  setProductsStatus(
    @Ctx() ctx: AdminContext,
    @Arg("items", () => [VersionedId]) items: VersionedId[],
    @Arg("status", () => ProductStatus) status: ProductStatus,
  ) {
    return setProductsStatus(ctx, items, status);
  }

  @Allow("catalog.write")
  @Mutation(() => BulkChangeObject, {
    description:
      "Every product the filter matches (not only a page), all or nothing; expectedCount is the count the staff member confirmed",
  })
  setStatusOfMatchingProducts(
    @Ctx() ctx: AdminContext,
    @Arg("filter", () => AdminProductFilter, { nullable: true }) filter: AdminProductFilter | undefined,
    @Arg("status", () => ProductStatus) status: ProductStatus,
    @Arg("expectedCount", () => Int) expectedCount: number,
  ) {
    return setStatusOfMatchingProducts(ctx, filter, status, expectedCount);
  }

  @Allow("catalog.delete")
  @Mutation(() => Boolean)
  deleteProduct(@Ctx() ctx: AdminContext, @Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number) {
    return deleteProduct(ctx, toId(id), version);
  }

  @FieldResolver(() => CategoryObject)
  category(@Root() p: Product, @Ctx() ctx: AdminContext) {
    return categoryOfProduct(ctx, p);
  }

  @FieldResolver(() => AdminProducerObject)
  producer(@Root() p: Product, @Ctx() ctx: AdminContext) {
    return producerOfProduct(ctx, p);
  }

  @FieldResolver(() => Int, { nullable: true, description: "Current stars (newest certificate, while valid)" })
  stars(@Root() p: Product, @Ctx() ctx: AdminContext): Promise<number | null> {
    return currentStarsOfProduct(ctx, p);
  }

  @FieldResolver(() => AdminCertificationObject, { nullable: true })
  certification(@Root() p: Product, @Ctx() ctx: AdminContext) {
    return newestCertificationOfProduct(ctx, p);
  }

  @FieldResolver(() => [AdminCertificationObject], { description: "Newest first" })
  certifications(@Root() p: Product, @Ctx() ctx: AdminContext) {
    return certificationsOfProduct(ctx, p);
  }

  @FieldResolver(() => [AdminImageObject])
  images(@Root() p: Product, @Ctx() ctx: AdminContext) {
    return imagesOfProduct(ctx, p);
  }

  @FieldResolver(() => [AdminDistributorLinkObject])
  distributorLinks(@Root() p: Product, @Ctx() ctx: AdminContext) {
    return distributorLinksOfProduct(ctx, p);
  }

  @FieldResolver(() => Boolean, { description: "Whether the signed-in user may change it" })
  async canEdit(@Root() p: Product, @Ctx() ctx: AdminContext): Promise<boolean> {
    const producer = await producerOfProduct(ctx, p);
    return canEditCommune(principalOf(ctx), producer?.communeCode ?? null);
  }
}
