import { Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from "typeorm";
import { EditableEntity } from "../../db/editable.entity";
import { Product } from "../product/product.entity";

export enum DistributorKind {
  DISTRIBUTOR = "distributor",
  RETAIL_CHAIN = "retail_chain",
  ECOMMERCE = "ecommerce",
  OCOP_SHOWROOM = "ocop_showroom",
  EXPORT = "export",
}

/** A channel that carries OCOP products: distributor, chain, marketplace, showroom or exporter. */
@Entity()
@Unique("distributor_slug_unique", ["slug"])
@Index("distributor_kind_idx", ["kind"])
export class Distributor extends EditableEntity {
  @Column({ type: "text" })
  slug: string;

  @Column({ type: "text" })
  nameVi: string;

  @Column({ type: "text", nullable: true })
  nameEn: string | null;

  @Column({ type: "text", nullable: true })
  nameZh: string | null;

  @Column({ type: "enum", enum: DistributorKind, enumName: "distributor_kind" })
  kind: DistributorKind;

  @Column({ type: "text", nullable: true })
  descriptionVi: string | null;

  @Column({ type: "text", nullable: true })
  descriptionEn: string | null;

  @Column({ type: "text", nullable: true })
  descriptionZh: string | null;

  /** Staff-only: research remarks, what is not verified. Never in a public answer. */
  @Column({ type: "text", nullable: true })
  internalNote: string | null;

  // Each contact field appears on the public site only when its switch is on.
  @Column({ type: "text", nullable: true })
  contactPerson: string | null;

  @Column({ type: "boolean", default: false })
  contactPersonPublic: boolean;

  @Column({ type: "text", nullable: true })
  phone: string | null;

  @Column({ type: "boolean", default: false })
  phonePublic: boolean;

  /** A phone number or a zalo.me id, as staff typed it. */
  @Column({ type: "text", nullable: true })
  zalo: string | null;

  @Column({ type: "boolean", default: false })
  zaloPublic: boolean;

  @Column({ type: "text", nullable: true })
  email: string | null;

  @Column({ type: "boolean", default: false })
  emailPublic: boolean;

  @Column({ type: "text", nullable: true })
  website: string | null;

  @Column({ type: "boolean", default: false })
  websitePublic: boolean;

  @Column({ type: "text", nullable: true })
  address: string | null;

  @Column({ type: "boolean", default: false })
  addressPublic: boolean;

  @Column({ type: "boolean", default: false })
  verified: boolean;

  @Column({ type: "boolean", default: false })
  isDemo: boolean;
}

/** A product carried by a distributor, with the listing's URL. */
@Entity()
@Unique("distributor_link_unique", ["distributorId", "productId"])
@Index("distributor_link_product_idx", ["productId"])
export class DistributorLink extends EditableEntity {
  @Column({ type: "integer" })
  distributorId: number;

  @ManyToOne(() => Distributor, { onDelete: "CASCADE" })
  @JoinColumn({ name: "distributor_id" })
  distributor: Relation<Distributor>;

  @Column({ type: "integer" })
  productId: number;

  @ManyToOne(() => Product, { onDelete: "CASCADE" })
  @JoinColumn({ name: "product_id" })
  product: Relation<Product>;

  @Column({ type: "text", nullable: true })
  url: string | null;

  @Column({ type: "text", nullable: true })
  note: string | null;

  @Column({ type: "boolean", default: false })
  isDemo: boolean;
}
