import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from "typeorm";

/** One of the six OCOP product groups (no parent) or one of their product sets (parent = group). */
@Entity()
@Index("category_parent_idx", ["parentCode"])
export class Category {
  @PrimaryColumn({ type: "varchar", length: 16 })
  code: string;

  @Column({ type: "varchar", length: 16, nullable: true })
  parentCode: string | null;

  @ManyToOne(() => Category, { onDelete: "RESTRICT", nullable: true })
  @JoinColumn({ name: "parent_code" })
  parent: Relation<Category> | null;

  @Column({ type: "text" })
  nameVi: string;

  @Column({ type: "text", nullable: true })
  nameEn: string | null;

  @Column({ type: "text", nullable: true })
  nameZh: string | null;

  /** The product family a set belongs to inside its group (e.g. "Thực phẩm chế biến"). */
  @Column({ type: "text", nullable: true })
  familyVi: string | null;

  @Column({ type: "smallint", default: 0 })
  position: number;
}
