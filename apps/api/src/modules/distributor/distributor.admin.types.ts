import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { ConnectionType } from "../../graphql/connection";
import { AdminContactFields, ContactInputFields } from "../contact/contact.admin.types";
import { DistributorKind } from "./distributor.entity";

@ObjectType("Distributor")
export class AdminDistributorObject extends AdminContactFields {
  @Field(() => ID) id: number;
  @Field() slug: string;
  @Field() nameVi: string;
  @Field(() => String, { nullable: true }) nameEn: string | null;
  @Field(() => String, { nullable: true }) nameZh: string | null;
  @Field(() => DistributorKind) kind: DistributorKind;
  @Field(() => String, { nullable: true }) descriptionVi: string | null;
  @Field(() => String, { nullable: true }) descriptionEn: string | null;
  @Field(() => String, { nullable: true }) descriptionZh: string | null;
  @Field(() => String, { nullable: true, description: "Staff-only: research remarks, never public" }) internalNote:
    string | null;
  @Field() verified: boolean;
  @Field() isDemo: boolean;
  @Field(() => Int) version: number;
}

export const AdminDistributorConnection = ConnectionType(AdminDistributorObject, "Distributor");

@ObjectType("DistributorLink")
export class AdminDistributorLinkObject {
  @Field(() => ID) id: number;
  @Field(() => String, { nullable: true }) url: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => Int) version: number;
}

@InputType()
export class DistributorInput extends ContactInputFields {
  @Field() nameVi: string;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => String, { nullable: true }) nameZh?: string | null;
  @Field(() => DistributorKind) kind: DistributorKind;
  @Field(() => String, { nullable: true }) descriptionVi?: string | null;
  @Field(() => String, { nullable: true }) descriptionEn?: string | null;
  @Field(() => String, { nullable: true }) descriptionZh?: string | null;
  @Field(() => String, { nullable: true, description: "Staff-only: research remarks, never public" }) internalNote?:
    string | null;
  @Field(() => Boolean, { nullable: true }) verified?: boolean | null;
}

@InputType()
export class DistributorLinkInput {
  @Field(() => ID) distributorId: string;
  @Field(() => ID) productId: string;
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}
