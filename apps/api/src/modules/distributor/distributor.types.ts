import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { ConnectionType } from "../../graphql/connection";
import { DistributorKind } from "./distributor.entity";

registerEnumType(DistributorKind, {
  name: "DistributorKind",
  description: "Distributor, retail chain, e-commerce platform, OCOP showroom or export partner",
});

@ObjectType("Distributor", { description: "A channel that carries OCOP products" })
export class DistributorObject {
  @Field(() => ID)
  id: number;

  @Field()
  slug: string;

  @Field(() => DistributorKind)
  kind: DistributorKind;

  @Field({ description: "Confirmed by a public source" })
  verified: boolean;

  @Field({ description: "Records made up for the demo, to be shown as demo data" })
  isDemo: boolean;
}

export const DistributorConnection = ConnectionType(DistributorObject, "Distributor");

@ObjectType("DistributorLink", { description: "A product carried by a distributor" })
export class DistributorLinkObject {
  @Field(() => String, { nullable: true, description: "The listing's own page, when known" })
  url: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field()
  isDemo: boolean;
}

@InputType()
export class DistributorFilter {
  @Field(() => DistributorKind, { nullable: true })
  kind?: DistributorKind;

  @Field({ nullable: true, description: "Matches the name with or without diacritics" })
  search?: string;
}
