import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ConnectionType } from "../../graphql/connection";
import { StaffRole } from "./staff.entity";

registerEnumType(StaffRole, {
  name: "StaffRole",
  description:
    "Each role's permissions are in packages/schema/src/permissions.ts; a COMMUNE_OFFICER's are limited to their commune/ward",
});

@ObjectType("StaffUser")
export class StaffUserObject {
  @Field(() => ID)
  id: number;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => StaffRole)
  role: StaffRole;

  @Field()
  active: boolean;

  @Field(() => Date, { nullable: true })
  lastSignInAt: Date | null;

  @Field(() => Int)
  version: number;
}

export const StaffUserConnection = ConnectionType(StaffUserObject, "StaffUser");

@ObjectType("Session")
export class SessionObject {
  @Field(() => StaffUserObject)
  user: unknown;

  @Field(() => [String], {
    description: "What the signed-in user may do: the permissions of their role (packages/schema/src/permissions.ts)",
  })
  permissions: readonly string[];

  @Field(() => String, {
    nullable: true,
    description: "A commune officer's commune/ward code: their reading and changing is limited to it",
  })
  communeCode: string | null;

  @Field(() => Date)
  expiresAt: Date;
}

@InputType()
export class StaffUserInput {
  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => StaffRole)
  role: StaffRole;

  @Field(() => String, { nullable: true, description: "Required for COMMUNE_OFFICER, empty otherwise" })
  communeCode?: string | null;

  @Field({ nullable: true, defaultValue: true })
  active?: boolean;
}
