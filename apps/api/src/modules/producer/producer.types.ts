import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ConnectionType } from "../../graphql/connection";
import { ProducerType } from "./producer.entity";

registerEnumType(ProducerType, { name: "ProducerType", description: "The legal form of a chủ thể (producer)" });

export enum ProducerSort {
  NAME = "NAME",
  PRODUCT_COUNT = "PRODUCT_COUNT",
}
registerEnumType(ProducerSort, { name: "ProducerSort" });

@ObjectType("Producer", {
  description: "A chủ thể: the enterprise, cooperative, group or household behind OCOP products",
})
export class ProducerObject {
  @Field(() => ID)
  id: number;

  @Field()
  slug: string;

  @Field()
  name: string;

  @Field(() => ProducerType)
  type: ProducerType;

  @Field(() => String, {
    nullable: true,
    description: "The address exactly as the certification decision printed it (may name a former district)",
  })
  addressAsReported: string | null;

  @Field({ description: "Records with values filled in for the demo, to be shown as demo data" })
  isDemo: boolean;
}

export const ProducerConnection = ConnectionType(ProducerObject, "Producer");

@InputType()
export class ProducerFilter {
  @Field({ nullable: true, description: "Matches the name with or without diacritics" })
  search?: string;

  @Field({ nullable: true })
  communeCode?: string;

  @Field({ nullable: true })
  provinceCode?: string;

  @Field(() => ProducerType, { nullable: true })
  type?: ProducerType;

  @Field({
    nullable: true,
    description: "Producers with a published product of this group (TP) or product set (TP-SC-2)",
  })
  categoryCode?: string;

  @Field(() => [Int], { nullable: true, description: "Best current stars of its products (bestStars), any of" })
  stars?: number[];
}
