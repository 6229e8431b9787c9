import type { DataSource } from "typeorm";
import { entityColumns } from "../../lib/entity-select";
import { listLoader } from "../../lib/loaders";
import { unshared, type ShareFetch } from "../../lib/shared-fetch";
import { ProductImage } from "./product-image.entity";

export function createMediaLoaders(ds: DataSource, share: ShareFetch = unshared) {
  return {
    imagesByProductId: listLoader(
      share("imagesByProductId", (productIds: readonly number[]): Promise<ProductImage[]> =>
        ds.query(
          `SELECT ${entityColumns(ds, ProductImage, "i")} FROM product_image i WHERE i.product_id = ANY($1)
            ORDER BY i.product_id, i.position, i.id`,
          [productIds],
        ),
      ),
      (image) => image.productId,
    ),
  };
}
