import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
  UpdateDateColumn,
  VersionColumn,
} from "typeorm";
import { Province } from "../place/place.entity";

/**
 * A province's own OCOP office, on a site of several provinces: a request about that province's
 * products goes to it. Empty fields are unknown (the site office stands in for a missing email).
 */
@Entity()
export class ProvinceOffice {
  @PrimaryColumn({ type: "varchar", length: 2 })
  provinceCode: string;

  @ManyToOne(() => Province, { onDelete: "CASCADE" })
  @JoinColumn({ name: "province_code" })
  province: Relation<Province>;

  @VersionColumn({ type: "integer", default: 1 })
  version: number;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;

  @Column({ type: "text", nullable: true })
  name: string | null;

  @Column({ type: "text", nullable: true })
  address: string | null;

  @Column({ type: "text", nullable: true })
  phone: string | null;

  @Column({ type: "text", nullable: true })
  email: string | null;

  @Column({ type: "text", nullable: true })
  hours: string | null;
}
