import { Column, Entity } from "typeorm";

/** A fixed-window counter shared by all API replicas (sign-in attempts, connection requests). */
@Entity()
export class RateLimitBucket {
  @Column({ type: "text", primary: true })
  key: string;

  @Column({ type: "integer" })
  count: number;

  @Column({ type: "timestamptz" })
  windowEndsAt: Date;
}
