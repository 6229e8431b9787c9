import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from "typeorm";

export enum MailStatus {
  QUEUED = "queued",
  SENT = "sent",
  FAILED = "failed",
}

/**
 * Why the last attempt failed, without internals: the admin shows each in the staff member's
 * language, beside the mail server's own reply when there was one.
 */
export enum MailErrorCode {
  /** The mail server could not be reached (refused, unknown host, TLS failure). */
  UNREACHABLE = "unreachable",
  /** The mail server did not answer in time. */
  TIMEOUT = "timeout",
  /** The mail server refused the sign-in. */
  AUTH = "auth",
  /** The mail server refused the mail for now (4xx): tried again later. */
  DEFERRED = "deferred",
  /** The mail server refused the mail for good (5xx). */
  REJECTED = "rejected",
  /** The .eml file could not be written. */
  FILE = "file",
  OTHER = "other",
}

/** One outgoing mail, written in its cause's transaction and sent by the mail worker after commit. */
@Entity("mail_outbox")
@Index("mail_outbox_due_idx", { synchronize: false })
@Index("mail_outbox_created_idx", ["createdAt", "id"])
@Index("mail_outbox_status_idx", ["status", "createdAt"])
@Index("mail_outbox_about_idx", ["aboutType", "aboutId"])
@Unique("mail_outbox_message_id_unique", ["messageId"])
@Check("mail_outbox_recipients", "cardinality(recipients) > 0")
@Check("mail_outbox_sent_at", "(status = 'sent') = (sent_at IS NOT NULL)")
export class OutboxMail {
  @PrimaryGeneratedColumn({ type: "integer" })
  id: number;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  /** What the mail is, e.g. "connection-request.confirmation". */
  @Column({ type: "text" })
  kind: string;

  @Column({ type: "text", array: true })
  recipients: string[];

  @Column({ type: "text", nullable: true })
  replyTo: string | null;

  @Column({ type: "text" })
  subject: string;

  @Column({ type: "text" })
  textBody: string;

  @Column({ type: "text" })
  htmlBody: string;

  /** The record that caused the mail, e.g. ("ConnectionRequest", 12). */
  @Column({ type: "text", nullable: true })
  aboutType: string | null;

  @Column({ type: "integer", nullable: true })
  aboutId: number | null;

  /** Set when queued and sent unchanged with every attempt, so a receiver can tell a repeat. */
  @Column({ type: "text" })
  messageId: string;

  @Column({ type: "enum", enum: MailStatus, enumName: "mail_status", default: MailStatus.QUEUED })
  status: MailStatus;

  /** Attempts claimed so far (counted when claimed, so a crash mid-send counts too). */
  @Column({ type: "integer", default: 0 })
  attempts: number;

  @Column({ type: "timestamptz", default: () => "now()" })
  nextAttemptAt: Date;

  @Column({ type: "text", nullable: true })
  lastErrorCode: MailErrorCode | null;

  /** The mail server's own reply to the last failed attempt, when it gave one. */
  @Column({ type: "text", nullable: true })
  lastErrorReply: string | null;

  @Column({ type: "timestamptz", nullable: true })
  sentAt: Date | null;
}
