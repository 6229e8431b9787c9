import { Check, Column, Entity, Index, Unique } from "typeorm";
import { EditableEntity } from "../../db/editable.entity";

/**
 * Words that mean the same to a searcher: regional words (lạc / đậu phộng, ngô / bắp) and
 * variant spellings. Staff edit them; a query containing any term also searches the others.
 * Terms are stored folded (lower-case, no diacritics) by the database.
 */
@Entity()
@Unique("search_synonym_label_unique", ["label"])
@Check("search_synonym_two_terms", "cardinality(terms) >= 2")
// GIN over the array: TypeORM cannot declare it, so it names it and leaves it to the migration.
@Index("search_synonym_terms_idx", { synchronize: false })
export class SearchSynonym extends EditableEntity {
  @Column({ type: "text" })
  label: string;

  @Column({ type: "text", array: true })
  terms: string[];
}
