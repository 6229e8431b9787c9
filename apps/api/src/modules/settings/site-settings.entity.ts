import { Check, Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from "typeorm";

/** The id of the one settings record a deployment has. */
export const SITE_SETTINGS_ID = 1;

/** The deployment's identity and its office's contact: one record, edited by an administrator. */
@Entity()
@Check("site_settings_single_row", "id = 1")
@Check("site_settings_provinces_given", "cardinality(provinces) >= 1")
@Check("site_settings_default_language", "default_language IN ('vi', 'en', 'zh')")
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

  /** The provinces whose products this site shows (shownOnSite): one for a province's site, several for a national one. */
  @Column({ type: "text", array: true })
  provinces: string[];

  /** The stored logo (a media key), or none. */
  @Column({ type: "text", nullable: true })
  logoPath: string | null;

  /** The stored logo's size in pixels (the header reserves its place). */
  @Column({ type: "integer", nullable: true })
  logoWidth: number | null;

  @Column({ type: "integer", nullable: true })
  logoHeight: number | null;

  /** The language a visitor gets when neither the address nor the browser says which. */
  @Column({ type: "text", default: "vi" })
  defaultLanguage: string;
}
