import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique, type Relation } from "typeorm";
import { EditableEntity } from "../../db/editable.entity";
import { AdministrativeUnit } from "../place/place.entity";
import { Product } from "../product/product.entity";

export enum ShowcaseEventKind {
  FAIR = "fair",
  CONFERENCE = "conference",
  SHOWROOM = "showroom",
}

/** A fair, a conference with display tables, or a permanent OCOP showroom. */
@Entity()
@Check("showcase_event_dates", "ends_on >= starts_on")
@Unique("showcase_event_slug_unique", ["slug"])
@Index("showcase_event_dates_idx", ["startsOn", "endsOn"])
export class ShowcaseEvent extends EditableEntity {
  @Column({ type: "text" })
  slug: string;

  @Column({ type: "text" })
  nameVi: string;

  @Column({ type: "text", nullable: true })
  nameEn: string | null;

  @Column({ type: "text", nullable: true })
  nameZh: string | null;

  @Column({ type: "text", nullable: true })
  descriptionVi: string | null;

  @Column({ type: "text", nullable: true })
  descriptionEn: string | null;

  @Column({ type: "text", nullable: true })
  descriptionZh: string | null;

  @Column({ type: "enum", enum: ShowcaseEventKind, enumName: "showcase_event_kind" })
  kind: ShowcaseEventKind;

  @Column({ type: "text", nullable: true })
  venueName: string | null;

  @Column({ type: "text", nullable: true })
  venueNameEn: string | null;

  @Column({ type: "text", nullable: true })
  venueNameZh: string | null;

  @Column({ type: "text", nullable: true })
  venueAddress: string | null;

  @Column({ type: "varchar", length: 5, nullable: true })
  communeCode: string | null;

  @ManyToOne(() => AdministrativeUnit, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "commune_code" })
  commune: Relation<AdministrativeUnit> | null;

  @Column({ type: "date" })
  startsOn: string;

  @Column({ type: "date" })
  endsOn: string;

  @Column({ type: "text", nullable: true })
  organizer: string | null;

  @Column({ type: "text", nullable: true })
  organizerEn: string | null;

  @Column({ type: "text", nullable: true })
  organizerZh: string | null;

  @Column({ type: "boolean", default: true })
  published: boolean;

  @Column({ type: "boolean", default: false })
  isDemo: boolean;
}

/** A numbered display table of an event, given to one commune/ward that chose its products. */
@Entity()
@Unique("showcase_table_number_unique", ["eventId", "number"])
// What the placements' composite foreign key refers to: a table of the placement's own event.
@Unique("showcase_table_id_event_unique", ["id", "eventId"])
@Check("showcase_table_number_positive", "number > 0")
export class ShowcaseTable extends EditableEntity {
  @Column({ type: "integer" })
  eventId: number;

  @ManyToOne(() => ShowcaseEvent, { onDelete: "CASCADE" })
  @JoinColumn({ name: "event_id" })
  event: Relation<ShowcaseEvent>;

  @Column({ type: "integer" })
  number: number;

  @Column({ type: "text", nullable: true })
  label: string | null;

  @Column({ type: "text", nullable: true })
  labelEn: string | null;

  @Column({ type: "text", nullable: true })
  labelZh: string | null;

  @Column({ type: "varchar", length: 5, nullable: true })
  communeCode: string | null;

  @ManyToOne(() => AdministrativeUnit, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "commune_code" })
  commune: Relation<AdministrativeUnit> | null;

  @Column({ type: "text", nullable: true })
  note: string | null;

  /** Staff-only: research remarks, what is not verified. Never in a public answer. */
  @Column({ type: "text", nullable: true })
  internalNote: string | null;

  @Column({ type: "boolean", default: false })
  isDemo: boolean;
}

/**
 * A product placed on a table, in order. `eventId` is repeated here so the database can hold a
 * product to one table per event: moving it is an update, never a second copy.
 */
@Entity()
@Unique("showcase_placement_event_product_unique", ["eventId", "productId"])
@Index("showcase_placement_product_idx", ["productId"])
export class ShowcasePlacement {
  @PrimaryColumn({ type: "integer" })
  tableId: number;

  @PrimaryColumn({ type: "integer" })
  productId: number;

  @Column({ type: "integer" })
  eventId: number;

  // The table and the event together: a product can only stand on a table of the placement's event.
  @ManyToOne(() => ShowcaseTable, { onDelete: "CASCADE" })
  @JoinColumn([
    { name: "table_id", referencedColumnName: "id", foreignKeyConstraintName: "showcase_placement_table_event_fk" },
    {
      name: "event_id",
      referencedColumnName: "eventId",
      foreignKeyConstraintName: "showcase_placement_table_event_fk",
    },
  ])
  table: Relation<ShowcaseTable>;

  @ManyToOne(() => Product, { onDelete: "CASCADE" })
  @JoinColumn({ name: "product_id" })
  product: Relation<Product>;

  @ManyToOne(() => ShowcaseEvent, { onDelete: "CASCADE" })
  @JoinColumn({ name: "event_id" })
  event: Relation<ShowcaseEvent>;

  @Column({ type: "smallint", default: 0 })
  position: number;
}
