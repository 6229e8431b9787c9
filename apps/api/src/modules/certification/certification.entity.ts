import { CERTIFICATE_VALIDITY_MONTHS } from "@ocop/schema/enums";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { EditableEntity } from "../../db/editable.entity";
import { Product } from "../product/product.entity";
import { StaffUser } from "../staff/staff.entity";

export enum CertificationLevel {
  DISTRICT = "district",
  PROVINCE = "province",
  CENTRAL = "central",
}

/** How exactly the decision date is known: sources often give only a month or a year. */
export enum DatePrecision {
  DAY = "day",
  MONTH = "month",
  YEAR = "year",
}

/**
 * One OCOP certificate of a product. `validUntil` is computed by the database (36 months after the
 * decision date), never typed. Status (valid, expired, revoked, superseded) depends on today and on
 * the product's other certificates, so it is computed when read (`certificationStatusSql` in
 * certification.loader.ts).
 */
@Entity()
@Check("certification_stars_range", "stars BETWEEN 3 AND 5")
@Check("certification_score_range", "score IS NULL OR score BETWEEN 0 AND 100")
@Check("certification_revocation_reason", "(revoked_on IS NULL) = (revocation_reason IS NULL)")
@Check(
  "certification_score_band",
  "score IS NULL OR (stars = 3 AND score >= 50 AND score < 70) OR (stars = 4 AND score >= 70 AND score < 90) OR (stars = 5 AND score >= 90)",
)
@Check("certification_revoked_after_decision", "revoked_on IS NULL OR revoked_on >= decision_date")
@Check("certification_void_reason", "(voided_at IS NULL) = (void_reason IS NULL)")
// (product_id, decision_date DESC, id DESC) and a partial index: TypeORM declares neither, so it
// names them and leaves them to the migration.
@Index("certification_newest_idx", { synchronize: false })
@Index("certification_valid_until_idx", { synchronize: false })
// Partial (live certificates with a number): left to the migration as well.
@Index("certification_decision_number_unique", { synchronize: false })
// The search by decision number: an expression index, left to the migration too.
@Index("certification_decision_no_idx", { synchronize: false })
export class Certification extends EditableEntity {
  @Column({ type: "integer" })
  productId: number;

  @ManyToOne(() => Product, { onDelete: "CASCADE" })
  @JoinColumn({ name: "product_id" })
  product: Relation<Product>;

  @Column({ type: "smallint" })
  stars: number;

  @Column({ type: "smallint", nullable: true })
  score: number | null;

  @Column({ type: "enum", enum: CertificationLevel, enumName: "certification_level" })
  level: CertificationLevel;

  /** The rulebook it was issued under, e.g. "QĐ 148/QĐ-TTg". */
  @Column({ type: "text", nullable: true })
  legalBasis: string | null;

  /** Who signed the decision, e.g. "UBND tỉnh Lạng Sơn". */
  @Column({ type: "text", nullable: true })
  issuer: string | null;

  @Column({ type: "text", nullable: true })
  decisionNumber: string | null;

  @Column({ type: "date" })
  decisionDate: string;

  @Column({ type: "enum", enum: DatePrecision, enumName: "date_precision", default: DatePrecision.DAY })
  decisionDatePrecision: DatePrecision;

  @Column({
    type: "date",
    generatedType: "STORED",
    asExpression: `(decision_date + interval '${CERTIFICATE_VALIDITY_MONTHS} months')::date`,
  })
  validUntil: string;

  @Column({ type: "date", nullable: true })
  revokedOn: string | null;

  @Column({ type: "text", nullable: true })
  revocationReason: string | null;

  @Column({ type: "boolean", default: false })
  isDemo: boolean;

  /** Set when staff void a certificate entered in error: no rule reads it any more. */
  @Column({ type: "timestamptz", nullable: true })
  voidedAt: Date | null;

  @Column({ type: "integer", nullable: true })
  voidedBy: number | null;

  @ManyToOne(() => StaffUser, { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "voided_by" })
  voidedByUser: Relation<StaffUser> | null;

  @Column({ type: "text", nullable: true })
  voidReason: string | null;
}
