import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ConnectionType } from "../../graphql/connection";
import { StaffRole } from "./staff.entity";

registerEnumType(StaffRole, {
  name: "StaffRole",
  description: "ADMIN: everything; EDITOR: all content; COMMUNE_OFFICER: their commune/ward's producers and products",
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

@ObjectType("Permissions", { description: "What the signed-in user may do, for the menu and buttons" })
export class PermissionsObject {
  @Field()
  manageStaff: boolean;

  @Field({ description: "Events, distributors, requests, synonyms and every commune's content" })
  editAllContent: boolean;

  @Field(() => String, { nullable: true, description: "A commune officer's commune/ward code" })
  editCommuneCode: string | null;

  @Field()
  viewAudit: boolean;
}

@ObjectType("Session")
export class SessionObject {
  @Field(() => StaffUserObject)
  user: unknown;

  @Field(() => PermissionsObject)
  permissions: PermissionsObject;

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
