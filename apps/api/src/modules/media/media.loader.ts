import { In, type DataSource } from "typeorm";
import { listLoader } from "../../lib/loaders";
import { ProductImage } from "./product-image.entity";

export function createMediaLoaders(ds: DataSource) {
  return {
    imagesByProductId: listLoader(
      (productIds: readonly number[]) =>
        ds.getRepository(ProductImage).find({
          where: { productId: In([...productIds]) },
          order: { productId: "ASC", position: "ASC", id: "ASC" },
        }),
      (image) => image.productId,
    ),
  };
}
