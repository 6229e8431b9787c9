import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from "typeorm";
import { EditableEntity } from "../../db/editable.entity";
import { AdministrativeUnit, Province } from "../place/place.entity";

export enum ProducerType {
  ENTERPRISE = "enterprise",
  COOPERATIVE = "cooperative",
  COOPERATIVE_GROUP = "cooperative_group",
  HOUSEHOLD = "household",
  PUBLIC_BODY = "public_body",
}

/** A chủ thể: the enterprise, cooperative, group or household that owns OCOP products. */
@Entity()
@Unique("producer_slug_unique", ["slug"])
@Check("producer_name_not_blank", "btrim(name) <> ''")
@Check("producer_latitude_range", "latitude BETWEEN -90 AND 90")
@Check("producer_longitude_range", "longitude BETWEEN -180 AND 180")
export class Producer extends EditableEntity {
  @Column({ type: "text" })
  slug: string;

  @Column({ type: "text" })
  name: string;

  @Column({ type: "enum", enum: ProducerType, enumName: "producer_type" })
  type: ProducerType;

  @Column({ type: "text", nullable: true })
  descriptionVi: string | null;

  @Column({ type: "text", nullable: true })
  descriptionEn: string | null;

  @Column({ type: "text", nullable: true })
  descriptionZh: string | null;

  /** The post-2025 commune/ward; null when it could not be determined (e.g. another province's old district). */
  @Index("producer_commune_idx")
  @Column({ type: "varchar", length: 5, nullable: true })
  communeCode: string | null;

  @ManyToOne(() => AdministrativeUnit, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "commune_code" })
  commune: Relation<AdministrativeUnit> | null;

  @Index("producer_province_idx")
  @Column({ type: "varchar", length: 2 })
  provinceCode: string;

  @ManyToOne(() => Province, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "province_code" })
  province: Relation<Province>;

  /** The address exactly as the certification decision printed it (may name a former district). */
  @Column({ type: "text", nullable: true })
  addressAsReported: string | null;

  /** Staff-only: research remarks, what is not verified. Never in a public answer. */
  @Column({ type: "text", nullable: true })
  internalNote: string | null;

  // Each contact field appears on the public site only when its switch is on (the producer agreed).
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

  /* What a buyer asks first; public when filled in. The unsuffixed column is the Vietnamese. */

  @Column({ type: "text", nullable: true })
  productionCapacity: string | null;

  @Column({ type: "text", nullable: true })
  productionCapacityEn: string | null;

  @Column({ type: "text", nullable: true })
  productionCapacityZh: string | null;

  @Column({ type: "text", nullable: true })
  minimumOrder: string | null;

  @Column({ type: "text", nullable: true })
  minimumOrderEn: string | null;

  @Column({ type: "text", nullable: true })
  minimumOrderZh: string | null;

  @Column({ type: "text", nullable: true })
  packaging: string | null;

  @Column({ type: "text", nullable: true })
  packagingEn: string | null;

  @Column({ type: "text", nullable: true })
  packagingZh: string | null;

  @Column({ type: "text", nullable: true })
  shelfLife: string | null;

  @Column({ type: "text", nullable: true })
  shelfLifeEn: string | null;

  @Column({ type: "text", nullable: true })
  shelfLifeZh: string | null;

  /** Standards and certificates held, e.g. VietGAP, a food-safety certificate. */
  @Column({ type: "text", nullable: true })
  standards: string | null;

  @Column({ type: "text", nullable: true })
  standardsEn: string | null;

  @Column({ type: "text", nullable: true })
  standardsZh: string | null;

  @Column({ type: "double precision", nullable: true })
  latitude: number | null;

  @Column({ type: "double precision", nullable: true })
  longitude: number | null;

  /** Demo records with filled-in values stay recognisable as demo data. */
  @Column({ type: "boolean", default: false })
  isDemo: boolean;

  @Column({ type: "boolean", default: false })
  communeInferred: boolean;

  @Column({ type: "boolean", default: false })
  typeInferred: boolean;

  // TypeORM compares defaults without their cast, as PostgreSQL's catalog has '[]'::jsonb.
  @Column({ type: "jsonb", default: () => "'[]'" })
  sources: string[];
}
