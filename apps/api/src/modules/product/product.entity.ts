import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from "typeorm";
import { EditableEntity } from "../../db/editable.entity";
import { Category } from "../category/category.entity";
import { Producer } from "../producer/producer.entity";

export enum ProductStatus {
  DRAFT = "draft",
  PUBLISHED = "published",
  ARCHIVED = "archived",
}

/**
 * An OCOP product. Its stars are not stored here: they come from its newest valid certificate.
 * A tourism product (group DV) is a place: location and opening information, no price.
 */
@Entity()
@Unique("product_slug_unique", ["slug"])
@Check("product_name_vi_not_blank", "btrim(name_vi) <> ''")
@Check("product_price_min_positive", "price_min >= 0")
@Check("product_latitude_range", "latitude BETWEEN -90 AND 90")
@Check("product_longitude_range", "longitude BETWEEN -180 AND 180")
@Check("product_price_range", "price_max IS NULL OR price_min IS NULL OR price_max >= price_min")
@Index("product_published_idx", ["status", "featured"])
// Indexes TypeORM cannot declare (GIN, trigram, DESC, partial with INCLUDE): named here so that
// schema comparison leaves them to the migrations that made them.
@Index("product_search_vector_idx", { synchronize: false })
@Index("product_search_name_trgm_idx", { synchronize: false })
@Index("product_newest_decision_idx", { synchronize: false })
@Index("product_published_listing_idx", { synchronize: false })
export class Product extends EditableEntity {
  @Column({ type: "text" })
  slug: string;

  /** The dataset's or the province's own reference (e.g. "LS01"); unique when present. */
  @Column({ type: "text", nullable: true, unique: true })
  externalRef: string | null;

  @Column({ type: "text" })
  nameVi: string;

  @Column({ type: "text", nullable: true })
  nameEn: string | null;

  @Column({ type: "text", nullable: true })
  nameZh: string | null;

  @Column({ type: "text", nullable: true })
  descriptionVi: string | null;

  @Column({ type: "text", nullable: true })
  descriptionEn: string | null;

  @Column({ type: "text", nullable: true })
  descriptionZh: string | null;

  /** A product set (subgroup) code; its parent is the OCOP group. */
  @Index("product_category_idx")
  @Column({ type: "varchar", length: 16 })
  categoryCode: string;

  @ManyToOne(() => Category, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "category_code" })
  category: Relation<Category>;

  @Index("product_producer_idx")
  @Column({ type: "integer" })
  producerId: number;

  @ManyToOne(() => Producer, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "producer_id" })
  producer: Relation<Producer>;

  @Column({ type: "text", nullable: true })
  packaging: string | null;

  @Column({ type: "text", nullable: true })
  unit: string | null;

  /** Price range in VND; always null for tourism products. */
  @Column({ type: "integer", nullable: true })
  priceMin: number | null;

  @Column({ type: "integer", nullable: true })
  priceMax: number | null;

  @Column({ type: "text", nullable: true })
  seasons: string | null;

  /** Where a tourism product's place is, as a visitor finds it; null: its producer's address. */
  @Column({ type: "text", nullable: true })
  placeAddress: string | null;

  @Column({ type: "text", nullable: true })
  openingHours: string | null;

  @Column({ type: "text", nullable: true })
  openingHoursEn: string | null;

  @Column({ type: "text", nullable: true })
  openingHoursZh: string | null;

  @Column({ type: "double precision", nullable: true })
  latitude: number | null;

  @Column({ type: "double precision", nullable: true })
  longitude: number | null;

  /** An outbound traceability page (Circular 02/2024 QR stamp); never our own "verified" mark. */
  @Column({ type: "text", nullable: true })
  traceabilityUrl: string | null;

  @Column({ type: "enum", enum: ProductStatus, enumName: "product_status", default: ProductStatus.DRAFT })
  status: ProductStatus;

  @Column({ type: "boolean", default: false })
  featured: boolean;

  @Column({ type: "boolean", default: false })
  isDemo: boolean;

  /** "verified" or "partial": how far public sources confirm the record. */
  @Column({ type: "text", nullable: true })
  verification: string | null;

  @Column({ type: "text", nullable: true })
  internalNote: string | null;

  // TypeORM compares defaults without their cast, as PostgreSQL's catalog has '[]'::jsonb.
  @Column({ type: "jsonb", default: () => "'[]'" })
  sources: string[];

  @Column({ type: "timestamptz", nullable: true })
  publishedAt: Date | null;

  /** Folded (lower-case, no diacritics) names in every language; maintained by a trigger. */
  @Column({ type: "text", default: "", select: false, insert: false, update: false })
  searchName: string;

  /** searchName plus producer and place names; maintained by a trigger. */
  @Column({ type: "text", default: "", select: false, insert: false, update: false })
  searchText: string;

  @Column({ type: "tsvector", default: "", select: false, insert: false, update: false })
  searchVector: string;

  // The newest certificate's facts, copied by a trigger on certification (read-only here).
  @Column({ type: "smallint", nullable: true, select: false, insert: false, update: false })
  newestStars: number | null;

  @Column({ type: "date", nullable: true, select: false, insert: false, update: false })
  newestValidUntil: string | null;

  @Column({ type: "date", nullable: true, select: false, insert: false, update: false })
  newestDecisionDate: string | null;

  @Column({ type: "boolean", nullable: true, select: false, insert: false, update: false })
  newestRevoked: boolean | null;
}

/** A product as the public API loads it: with the stars it shows today (null when none is valid). */
export type PublishedProduct = Product & { currentStars: number | null };
