import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { EditableEntity } from "../../db/editable.entity";
import { Product } from "../product/product.entity";

export interface ImageVariantRecord {
  /** Key in the media storage (local folder or object store). */
  key: string;
  width: number;
  height: number;
  format: "webp" | "avif" | "jpeg";
}

/** A photo of a product, stored in resized web variants behind the storage interface. */
@Entity()
@Index("product_image_order_idx", ["productId", "position"])
@Check("product_image_width_positive", "width > 0")
@Check("product_image_height_positive", "height > 0")
export class ProductImage extends EditableEntity {
  @Column({ type: "integer" })
  productId: number;

  @ManyToOne(() => Product, { onDelete: "CASCADE" })
  @JoinColumn({ name: "product_id" })
  product: Relation<Product>;

  @Column({ type: "text" })
  altVi: string;

  @Column({ type: "text", nullable: true })
  altEn: string | null;

  @Column({ type: "text", nullable: true })
  altZh: string | null;

  @Column({ type: "integer" })
  width: number;

  @Column({ type: "integer" })
  height: number;

  @Column({ type: "jsonb" })
  variants: ImageVariantRecord[];

  @Column({ type: "smallint", default: 0 })
  position: number;
}
