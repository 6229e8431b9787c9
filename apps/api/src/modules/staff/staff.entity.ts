import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique, type Relation } from "typeorm";
import { EditableEntity } from "../../db/editable.entity";
import { AdministrativeUnit } from "../place/place.entity";

export enum StaffRole {
  ADMIN = "ADMIN",
  EDITOR = "EDITOR",
  COMMUNE_OFFICER = "COMMUNE_OFFICER",
}

/** A province OCOP office or commune/ward officer who curates the catalogue. */
@Entity()
@Check("staff_user_commune_scope", "(role = 'COMMUNE_OFFICER') = (commune_code IS NOT NULL)")
@Check("staff_user_email_lower", "email = lower(email)")
@Unique("staff_user_email_unique", ["email"])
export class StaffUser extends EditableEntity {
  /** Stored lower-cased; unique. */
  @Column({ type: "text" })
  email: string;

  @Column({ type: "text" })
  displayName: string;

  /** argon2id hash. */
  @Column({ type: "text", select: false })
  passwordHash: string;

  @Column({ type: "enum", enum: StaffRole, enumName: "staff_role" })
  role: StaffRole;

  @Column({ type: "varchar", length: 5, nullable: true })
  communeCode: string | null;

  @ManyToOne(() => AdministrativeUnit, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "commune_code" })
  commune: Relation<AdministrativeUnit> | null;

  @Column({ type: "boolean", default: true })
  active: boolean;

  @Column({ type: "timestamptz", nullable: true })
  lastSignInAt: Date | null;
}

/** A signed-in browser session; kept in PostgreSQL so every API replica sees it. */
@Entity()
export class StaffSession {
  /** SHA-256 of the cookie's token: a leaked table does not give usable cookies. */
  @PrimaryColumn({ type: "text" })
  tokenHash: string;

  @Index("staff_session_user_idx")
  @Column({ type: "integer" })
  staffUserId: number;

  @ManyToOne(() => StaffUser, { onDelete: "CASCADE" })
  @JoinColumn({ name: "staff_user_id" })
  staffUser: Relation<StaffUser>;

  @Column({ type: "timestamptz", default: () => "now()" })
  createdAt: Date;

  @Index("staff_session_expires_idx")
  @Column({ type: "timestamptz" })
  expiresAt: Date;

  @Column({ type: "text", nullable: true })
  userAgent: string | null;
}
