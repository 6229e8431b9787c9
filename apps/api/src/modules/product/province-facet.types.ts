import { Field, Int, ObjectType } from "type-graphql";

@ObjectType("ProvinceCount")
export class ProvinceCountObject {
  provinceCode: string;

  @Field(() => Int)
  count: number;
}
