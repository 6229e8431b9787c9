import { Check, Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from "typeorm";

/** The id of the one settings record a deployment has. */
export const SITE_SETTINGS_ID = 1;

/** The deployment's identity and its office's contact: one record, edited by an administrator. */
@Entity()
@Check("site_settings_single_row", "id = 1")
export class SiteSettings {
  @PrimaryColumn({ type: "integer" })
  id: number;

  @VersionColumn({ type: "integer", default: 1 })
  version: number;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;

  @Column({ type: "text", nullable: true })
  siteName: string | null;

  @Column({ type: "text", nullable: true })
  officeName: string | null;

  @Column({ type: "text", nullable: true })
  officeAddress: string | null;

  @Column({ type: "text", nullable: true })
  officePhone: string | null;

  @Column({ type: "text", nullable: true })
  officeEmail: string | null;

  @Column({ type: "text", nullable: true })
  officeHours: string | null;
}
