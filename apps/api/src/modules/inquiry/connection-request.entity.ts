import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { EditableEntity } from "../../db/editable.entity";
import { Producer } from "../producer/producer.entity";
import { Product } from "../product/product.entity";

export enum RequesterKind {
  DISTRIBUTOR = "distributor",
  BUYER = "buyer",
  OTHER = "other",
}

export enum ConnectionRequestStatus {
  NEW = "new",
  FORWARDED = "forwarded",
  CLOSED = "closed",
}

/** A distributor's or buyer's request to reach a producer about a product, handled by staff. */
@Entity()
@Index("connection_request_status_idx", ["status", "createdAt"])
@Check("connection_request_message_length", "char_length(message) <= 5000")
@Check("connection_request_contact", "email IS NOT NULL OR phone IS NOT NULL")
export class ConnectionRequest extends EditableEntity {
  @Column({ type: "integer" })
  productId: number;

  @ManyToOne(() => Product, { onDelete: "CASCADE" })
  @JoinColumn({ name: "product_id" })
  product: Relation<Product>;

  @Index("connection_request_producer_idx")
  @Column({ type: "integer" })
  producerId: number;

  @ManyToOne(() => Producer, { onDelete: "CASCADE" })
  @JoinColumn({ name: "producer_id" })
  producer: Relation<Producer>;

  @Column({ type: "enum", enum: RequesterKind, enumName: "requester_kind" })
  requesterKind: RequesterKind;

  @Column({ type: "text" })
  name: string;

  @Column({ type: "text", nullable: true })
  organisation: string | null;

  @Column({ type: "text", nullable: true })
  email: string | null;

  @Column({ type: "text", nullable: true })
  phone: string | null;

  @Column({ type: "text" })
  message: string;

  /** The language the request was written from, so staff answer in it. */
  @Column({ type: "varchar", length: 2, default: "vi" })
  language: string;

  @Column({
    type: "enum",
    enum: ConnectionRequestStatus,
    enumName: "connection_request_status",
    default: ConnectionRequestStatus.NEW,
  })
  status: ConnectionRequestStatus;

  @Column({ type: "text", nullable: true })
  staffNotes: string | null;
}
