import { Field, ObjectType } from "type-graphql";

@ObjectType("Category", {
  description: "One of the six OCOP product groups (no parent) or one of their product sets",
})
export class CategoryObject {
  @Field({ description: "Our code, e.g. TP (food) or TP-SC-2 (honey); not an official code" })
  code: string;
}
