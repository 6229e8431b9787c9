import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from "typeorm";
import { StaffUser } from "../staff/staff.entity";

/** Who changed what, when, with the record before and after; written in the change's transaction. */
@Entity()
@Index("audit_entry_entity_idx", ["entityType", "entityId", "createdAt"])
@Index("audit_entry_user_idx", ["staffUserId", "createdAt"])
export class AuditEntry {
  @PrimaryGeneratedColumn({ type: "bigint" })
  id: string;

  @Column({ type: "integer", nullable: true })
  staffUserId: number | null;

  @ManyToOne(() => StaffUser, { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "staff_user_id" })
  staffUser: Relation<StaffUser> | null;

  /** e.g. "product.update", "certification.revoke". */
  @Column({ type: "text" })
  action: string;

  @Column({ type: "text" })
  entityType: string;

  @Column({ type: "text" })
  entityId: string;

  @Column({ type: "jsonb", nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: "jsonb", nullable: true })
  after: Record<string, unknown> | null;

  @Column({ type: "text", nullable: true })
  requestId: string | null;

  @Index("audit_entry_created_idx")
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
