import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from "typeorm";

/** One of the 34 provinces and centrally-run cities since 1 July 2025. */
@Entity()
export class Province {
  @PrimaryColumn({ type: "varchar", length: 2 })
  code: string;

  @Column({ type: "text" })
  name: string;

  @Column({ type: "text" })
  fullName: string;
}

export enum AdministrativeUnitType {
  XA = "xa",
  PHUONG = "phuong",
  DAC_KHU = "dac_khu",
}

/** A commune (xã), ward (phường) or special zone: the tier below the province since 1/7/2025. */
@Entity()
@Index("administrative_unit_province_idx", ["provinceCode"])
export class AdministrativeUnit {
  @PrimaryColumn({ type: "varchar", length: 5 })
  code: string;

  @Column({ type: "text" })
  name: string;

  @Column({ type: "text" })
  fullName: string;

  @Column({ type: "enum", enum: AdministrativeUnitType, enumName: "administrative_unit_type" })
  type: AdministrativeUnitType;

  @Column({ type: "varchar", length: 2 })
  provinceCode: string;

  @ManyToOne(() => Province, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "province_code" })
  province: Relation<Province>;
}
