import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from "typeorm";
import { EditableEntity } from "../../db/editable.entity";
import { Producer } from "../producer/producer.entity";
import { Product } from "../product/product.entity";
import { StaffUser } from "../staff/staff.entity";

export enum RequesterKind {
  DISTRIBUTOR = "distributor",
  BUYER = "buyer",
  OTHER = "other",
}

export enum ConnectionRequestStatus {
  NEW = "new",
  FORWARDED = "forwarded",
  IN_CONTACT = "in_contact",
  CLOSED = "closed",
}

/** How a closed request ended. */
export enum ConnectionRequestOutcome {
  /** The requester and the producer are in touch. */
  CONNECTED = "connected",
  /** Neither the requester nor the producer could be reached or answered. */
  NO_ANSWER = "no_answer",
  /** The producer (or the requester) declined. */
  DECLINED = "declined",
  SPAM = "spam",
}

export enum ConnectionRequestEventKind {
  NOTE = "note",
  STATUS = "status",
  ASSIGNED = "assigned",
  REPLY = "reply",
  FORWARD = "forward",
}

/** A distributor's or buyer's request to reach producers about products, handled by staff. */
@Entity()
@Index("connection_request_status_idx", ["status", "createdAt"])
@Check("connection_request_message_length", "char_length(message) <= 5000")
@Check("connection_request_contact", "email IS NOT NULL OR phone IS NOT NULL")
@Check("connection_request_outcome_closed", "outcome IS NULL OR status = 'closed'")
export class ConnectionRequest extends EditableEntity {
  /** The first product asked about (all of them, this one included: ConnectionRequestProduct). */
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

  @Column({
    type: "enum",
    enum: ConnectionRequestOutcome,
    enumName: "connection_request_outcome",
    nullable: true,
  })
  outcome: ConnectionRequestOutcome | null;

  @Column({ type: "integer", nullable: true })
  assigneeId: number | null;

  @ManyToOne(() => StaffUser, { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "assignee_id" })
  assignee: Relation<StaffUser> | null;

  /** SHA-256 of the requester's tracking token (the token itself is only ever in their hands). */
  @Index("connection_request_tracking_idx", { unique: true })
  @Column({ type: "text", nullable: true, select: false })
  trackingTokenHash: string | null;
}

/** Every product a request asks about, in the order the requester listed them. */
@Entity()
@Index("connection_request_product_product_idx", ["productId"])
export class ConnectionRequestProduct {
  @PrimaryColumn({ type: "integer" })
  requestId: number;

  @ManyToOne(() => ConnectionRequest, { onDelete: "CASCADE" })
  @JoinColumn({ name: "request_id" })
  request: Relation<ConnectionRequest>;

  @PrimaryColumn({ type: "integer" })
  productId: number;

  @ManyToOne(() => Product, { onDelete: "CASCADE" })
  @JoinColumn({ name: "product_id" })
  product: Relation<Product>;

  @Column({ type: "smallint" })
  position: number;
}

/** One step of a request's history: a note, a status change, an assignment or a mail sent. */
@Entity()
@Index("connection_request_event_request_idx", ["requestId", "id"])
@Check("connection_request_event_text_length", "char_length(text) <= 20000")
export class ConnectionRequestEvent {
  @PrimaryGeneratedColumn({ type: "integer" })
  id: number;

  @Column({ type: "integer" })
  requestId: number;

  @ManyToOne(() => ConnectionRequest, { onDelete: "CASCADE" })
  @JoinColumn({ name: "request_id" })
  request: Relation<ConnectionRequest>;

  @Column({ type: "enum", enum: ConnectionRequestEventKind, enumName: "connection_request_event_kind" })
  kind: ConnectionRequestEventKind;

  /** Who did it; null once that account is deleted. */
  @Column({ type: "integer", nullable: true })
  staffUserId: number | null;

  @ManyToOne(() => StaffUser, { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "staff_user_id" })
  staffUser: Relation<StaffUser> | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  /** The note, or the mail's body. */
  @Column({ type: "text", nullable: true })
  text: string | null;

  /** STATUS: the status moved to (and its outcome when closed). */
  @Column({ type: "enum", enum: ConnectionRequestStatus, enumName: "connection_request_status", nullable: true })
  status: ConnectionRequestStatus | null;

  @Column({
    type: "enum",
    enum: ConnectionRequestOutcome,
    enumName: "connection_request_outcome",
    nullable: true,
  })
  outcome: ConnectionRequestOutcome | null;

  /** ASSIGNED: to whom (null: unassigned). */
  @Column({ type: "integer", nullable: true })
  assigneeId: number | null;

  @ManyToOne(() => StaffUser, { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "assignee_id" })
  assignee: Relation<StaffUser> | null;

  /** REPLY and FORWARD: the recipient and the subject of the mail. */
  @Column({ type: "text", nullable: true })
  mailTo: string | null;

  @Column({ type: "text", nullable: true })
  subject: string | null;

  /** FORWARD: the producer it was forwarded to. */
  @Column({ type: "integer", nullable: true })
  producerId: number | null;

  @ManyToOne(() => Producer, { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "producer_id" })
  producer: Relation<Producer> | null;
}

/** That a staff member has opened a request: without a row it counts as unread for them. */
@Entity()
export class ConnectionRequestRead {
  @PrimaryColumn({ type: "integer" })
  requestId: number;

  @ManyToOne(() => ConnectionRequest, { onDelete: "CASCADE" })
  @JoinColumn({ name: "request_id" })
  request: Relation<ConnectionRequest>;

  @PrimaryColumn({ type: "integer" })
  staffUserId: number;

  @ManyToOne(() => StaffUser, { onDelete: "CASCADE" })
  @JoinColumn({ name: "staff_user_id" })
  staffUser: Relation<StaffUser>;

  @Column({ type: "timestamptz", default: () => "now()" })
  readAt: Date;
}
