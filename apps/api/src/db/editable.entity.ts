import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from "typeorm";

/**
 * Columns every staff-editable record has. `version` is what an update must carry: a stale one is
 * a concurrent edit and gets CONFLICT instead of overwriting someone else's change.
 */
export abstract class EditableEntity {
  @PrimaryGeneratedColumn({ type: "integer" })
  id: number;

  @VersionColumn({ type: "integer", default: 1 })
  version: number;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
