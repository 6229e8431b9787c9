import { Column, Entity, Index } from "typeorm";
import { EditableEntity } from "../../db/editable.entity";

/**
 * Words that mean the same to a searcher: regional words (lạc / đậu phộng, ngô / bắp) and
 * variant spellings. Staff edit them; a query containing any term also searches the others.
 * Terms are stored folded (lower-case, no diacritics) by the database.
 */
@Entity()
export class SearchSynonym extends EditableEntity {
  @Index({ unique: true })
  @Column({ type: "text" })
  label: string;

  @Column({ type: "text", array: true })
  terms: string[];
}
